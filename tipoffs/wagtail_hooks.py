"""The consumer-protection team's back office in the Wagtail admin: one menu, 消保工作台."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from tipoffs.appeal_admin import APPEAL_ACTION, ContactAppealViewSet, EarlyWarningViewSet
from tipoffs.contact_admin import EXPORT_ACTION, STATUS_ACTION, SuspectContactViewSet
from tipoffs.dashboard import TipOffDashboardPanel
from tipoffs.tipoff_admin import TipOffViewSet
from tipoffs.token_admin import ISSUE_ACTION, REVOKE_ACTION, ApiTokenViewSet

# Audit-log actions written by the tip-off code: (label, message shown in history).
AUDITED_ACTIONS = {
    "tipoffs.view": (_("查看举报线索"), _("查看了举报线索")),
    "tipoffs.transition": (_("变更线索状态"), _("变更了线索状态")),
    "tipoffs.assign": (_("分配经办人"), _("分配了经办人")),
    "tipoffs.feedback": (_("记录已反馈举报人"), _("记录了已反馈举报人")),
    "tipoffs.note": (_("添加内部备注"), _("添加了内部备注")),
    "tipoffs.evidence_download": (_("下载证据文件"), _("下载了证据文件")),
    "tipoffs.export": (_("导出举报线索"), _("导出了举报线索")),
    STATUS_ACTION: (_("更改可疑联系人核实状态"), _("更改了可疑联系人的核实状态")),
    EXPORT_ACTION: (_("导出可疑联系人名单"), _("导出了可疑联系人名单")),
    APPEAL_ACTION: (_("处理误判申诉"), _("处理了误判申诉")),
    ISSUE_ACTION: (_("签发接口令牌"), _("签发了接口令牌")),
    REVOKE_ACTION: (_("吊销接口令牌"), _("吊销了接口令牌")),
}


class TipOffsGroup(ViewSetGroup):
    menu_label = _("消保工作台")
    menu_icon = "warning"
    menu_order = 150
    items = (TipOffViewSet, SuspectContactViewSet, ContactAppealViewSet, EarlyWarningViewSet, ApiTokenViewSet)


@hooks.register("register_admin_viewset")
def register_tipoff_admin():
    return TipOffsGroup()


@hooks.register("register_log_actions")
def register_tipoff_log_actions(actions):
    for action, (label, message) in AUDITED_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("construct_homepage_panels")
def add_tipoff_panel(request, panels):
    if request.user.has_perm("tipoffs.view_tipoff"):
        panels.append(TipOffDashboardPanel())


@hooks.register("insert_global_admin_css")
def tipoff_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-tipoffs.css"))
