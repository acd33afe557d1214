"""The team's queues beside tip-offs: appeals against a confirmed contact, and the early-warning list.

Appeals (误判申诉) come from the public risk check. Upholding one clears the contact, through the same
audited status change the contact page uses. The early-warning list (事中预警) shows values many people
checked in the last 24 hours that no tip-off names yet.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from common.responses import forbid_on_denial
from common.viewsets import RestrictedViewSetMixin
from tipoffs import audit
from tipoffs.models import AppealStatus, ContactAppeal, ContactKind, ContactStatus
from tipoffs.riskcheck.services import unreported_hot_values
from tipoffs.suspects.official import official_contact_keys
from tipoffs.suspects.services import change_contact_status

EARLY_WARNING_PERMISSION = "tipoffs.view_suspectcontact"


class ContactAppealEditView(EditView):
    def save_instance(self):
        previous = ContactAppeal.objects.get(pk=self.object.pk).status
        appeal = self.form.save(commit=False)
        if appeal.status != previous:
            appeal.handled_by = self.request.user
            appeal.handled_at = timezone.now()
        appeal.save()
        if appeal.status == AppealStatus.UPHELD and appeal.contact.status == ContactStatus.CONFIRMED:
            try:
                change_contact_status(appeal.contact, ContactStatus.CLEARED, self.request.user)
            except ValidationError as error:
                messages.warning(self.request, " ".join(error.messages))
            else:
                messages.info(self.request, _("申诉成立：该联系人已改为“已排除”，风险查询不再显示为黑灰产。"))
        log(
            instance=appeal,
            action=audit.APPEAL_STATUS,
            user=self.request.user,
            data={"from": previous, "to": appeal.status},
        )
        return appeal

    def get_success_message(self):
        return _("申诉状态已更新为“%s”。") % self.object.get_status_display()


class ContactAppealViewSet(RestrictedViewSetMixin, ModelViewSet):
    model = ContactAppeal
    name = "tipoffs_contactappeal"
    url_prefix = "tipoffs/appeals"
    icon = "help"
    menu_label = gettext_lazy("误判申诉")
    required_permission = "tipoffs.view_contactappeal"
    edit_view_class = ContactAppealEditView
    copy_view_enabled = False
    list_filter = ["status"]
    list_per_page = 50
    list_display = [
        TitleColumn("contact", label=gettext_lazy("被申诉的联系人"), url_name="tipoffs_contactappeal:edit"),
        Column("status", label=gettext_lazy("处理状态"), accessor="get_status_display"),
        DateColumn("received_at", label=gettext_lazy("收到时间"), sort_key="received_at"),
        Column("handled_by", label=gettext_lazy("处理人")),
    ]
    panels = [
        FieldPanel("contact", read_only=True),
        FieldPanel("reason", read_only=True),
        FieldPanel("appellant_name", read_only=True),
        FieldPanel("appellant_contact", read_only=True),
        FieldPanel("received_at", read_only=True),
        FieldPanel("status"),
    ]

    def get_queryset(self, request):
        return ContactAppeal.objects.select_related("contact", "handled_by")

    # Appeals come only from the public form and are kept as a record: no add or delete.


def early_warning_view(request):
    rows = unreported_hot_values(official_contact_keys(request))
    for row in rows:
        row["kind_label"] = ContactKind(row["kind"]).label
    context = {
        "rows": rows,
        "page_title": _("事中预警：近 24 小时被频繁查询、尚无人举报的联系方式"),
        "header_title": _("事中预警"),
        "header_icon": "warning",
        "breadcrumbs_items": [],
    }
    return TemplateResponse(request, "tipoffs/admin/early_warning.html", context)


class EarlyWarningMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(EARLY_WARNING_PERMISSION)


class EarlyWarningViewSet(ViewSet):
    name = "tipoffs_early_warning"
    url_prefix = "tipoffs/early-warning"
    icon = "warning"
    menu_label = gettext_lazy("事中预警")
    menu_item_class = EarlyWarningMenuItem

    def get_urlpatterns(self):
        return [path("", forbid_on_denial(early_warning_view, EARLY_WARNING_PERMISSION), name="index")]
