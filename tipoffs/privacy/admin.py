"""The case page's personal-data actions, each behind a confirmation page: erase the reporter's data on
request, hold the case (nothing of it expires), release the hold.

Each page says what the action does and asks for a reason, which goes into the audit log; the action goes
through ``tipoffs.privacy.services`` (version-guarded like every case change). Only team members who may
change tip-offs get in; everyone else gets a definite 403.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from common.responses import forbid_on_denial
from tipoffs.models import TipOff
from tipoffs.privacy import services

CHANGE_PERMISSION = "tipoffs.change_tipoff"


@dataclass(frozen=True)
class CaseAction:
    title: str
    button: str
    done: str
    perform: object  # services function: (tipoff, *, reason, user, expected_version)
    destructive: bool = False


ACTIONS = {
    "erase": CaseAction(
        _("删除举报人的个人信息"),
        _("确认删除，不可恢复"),
        _("已删除这条线索中举报人的个人信息。"),
        services.erase_personal_data,
        destructive=True,
    ),
    "hold": CaseAction(
        _("证据保全"), _("开始保全"), _("已开始证据保全：这条线索的信息不会到期删除。"), services.place_hold
    ),
    "release": CaseAction(
        _("解除证据保全"),
        _("确认解除保全"),
        _("已解除证据保全：这条线索的信息将按保存期限到期删除。"),
        services.release_hold,
        destructive=True,
    ),
}


class CasePrivacyActionView(WagtailAdminTemplateMixin, TemplateView):
    """GET: what the action does and a reason field. POST: do it, then back to the case page."""

    template_name = "tipoffs/admin/privacy/confirm.html"
    header_icon = "warning"
    action_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.action = ACTIONS[self.action_name]
        self.tipoff = get_object_or_404(TipOff, pk=kwargs["pk"])
        self.case_url = reverse("tipoffs_tipoff:edit", args=[self.tipoff.pk])

    def get_page_title(self):
        return self.action.title

    def get_page_subtitle(self):
        return self.tipoff.reference

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("tipoffs_tipoff:index"), "label": _("举报线索")},
            {"url": self.case_url, "label": self.tipoff.reference},
            {"url": "", "label": self.action.title},
        ]

    def post(self, request, *args, **kwargs):
        reason = request.POST.get("reason", "")
        try:
            version = int(request.POST.get("version", ""))
        except ValueError:
            version = -1  # a form without a version is stale by definition
        try:
            self.action.perform(self.tipoff, reason=reason, user=request.user, expected_version=version)
        except services.PrivacyError as error:
            messages.error(request, str(error))
            self.tipoff.refresh_from_db()
            return self.render_to_response(self.get_context_data(reason=reason), status=400)
        messages.success(request, self.action.done)
        return HttpResponseRedirect(self.case_url)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            tipoff=self.tipoff,
            action_name=self.action_name,
            action=self.action,
            case_url=self.case_url,
            erasure=services.what_would_be_erased(self.tipoff) if self.action_name == "erase" else None,
        )
        return context


class CasePrivacyViewSet(ViewSet):
    """The confirmation pages, linked from the case page (no menu item)."""

    name = "tipoffs_privacy"
    url_prefix = "tipoffs/privacy"
    icon = "warning"

    def get_urlpatterns(self):
        return [
            path(
                f"{action_name}/<int:pk>/",
                forbid_on_denial(CasePrivacyActionView.as_view(action_name=action_name), CHANGE_PERMISSION),
                name=action_name,
            )
            for action_name in ACTIONS
        ]
