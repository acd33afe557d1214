from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from tipoffs.dashboard import TipOffDashboardPanel
from tipoffs.tipoff_admin import TipOffViewSet

# Audit-log actions written by the tip-off code, with the labels the admin's history shows.
AUDITED_ACTIONS = {
    "tipoffs.view": _("查看举报线索"),
    "tipoffs.transition": _("变更线索状态"),
    "tipoffs.assign": _("分配经办人"),
    "tipoffs.feedback": _("记录已反馈举报人"),
    "tipoffs.note": _("添加内部备注"),
    "tipoffs.evidence_download": _("下载证据文件"),
    "tipoffs.export": _("导出数据"),
}


class TipOffsGroup(ViewSetGroup):
    menu_label = _("消保工作台")
    menu_icon = "warning"
    menu_order = 150
    items = (TipOffViewSet,)


@hooks.register("register_admin_viewset")
def register_tipoff_admin():
    return TipOffsGroup()


@hooks.register("register_log_actions")
def register_tipoff_log_actions(actions):
    for action, label in AUDITED_ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register("construct_homepage_panels")
def add_tipoff_panel(request, panels):
    if request.user.has_perm("tipoffs.view_tipoff"):
        panels.append(TipOffDashboardPanel())


@hooks.register("insert_global_admin_css")
def tipoff_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-tipoffs.css"))
