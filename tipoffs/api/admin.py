"""API tokens for the interception system's watchlist endpoint: superusers list, issue and revoke them.

The raw key is shown once, in the response to the issuing POST (never in a URL, message or session), and
only its hash is stored. Revoking sets ``revoked_at``; tokens are never deleted, so the audit trail keeps
its subject. Issue and revoke are written to Wagtail's audit log.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log

from common.viewsets import RestrictedViewSetMixin
from tipoffs import audit
from tipoffs.models import ApiToken


class SuperuserRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_active and request.user.is_superuser):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StateColumn(Column):
    def get_value(self, instance):
        if instance.revoked_at:
            return _("已吊销")
        return _("有效") if instance.issuer_in_office else _("已失效（签发人已停用或不再是超级管理员）")


class ApiTokenIndexView(SuperuserRequiredMixin, generic.IndexView):
    page_title = gettext_lazy("接口令牌")
    revoke_url_name = None

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("created_by")

    def get_edit_url(self, instance):
        return None

    @cached_property
    def columns(self):
        title_class = self._get_title_column_class(TitleColumn)
        return [
            title_class("name", label=_("用途"), accessor=str),
            StateColumn("state", label=_("状态")),
            Column("created_by", label=_("签发人")),
            Column("created_at", label=_("签发时间"), sort_key="created_at"),
            Column("last_used_at", label=_("最近使用")),
            Column("revoked_at", label=_("吊销时间")),
        ]

    def get_list_more_buttons(self, instance):
        if instance.revoked_at:
            return []
        return [
            Button(
                _("吊销"),
                url=reverse(self.revoke_url_name, args=(instance.pk,)),
                icon_name="bin",
                priority=10,
            )
        ]


class ApiTokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["name"]


class ApiTokenIssueView(SuperuserRequiredMixin, generic.CreateView):
    page_title = gettext_lazy("签发接口令牌")
    submit_button_label = gettext_lazy("签发")
    issued_template_name = "tipoffs/admin/tokens/issued.html"

    def form_valid(self, form):
        token, raw_key = ApiToken.issue(form.cleaned_data["name"], self.request.user)
        log(instance=token, action=audit.TOKEN_ISSUE, user=self.request.user, data={"prefix": token.prefix})
        response = TemplateResponse(
            self.request,
            self.issued_template_name,
            {
                "token": token,
                "raw_key": raw_key,
                "index_url": reverse(self.index_url_name),
                "page_title": _("令牌已签发"),
                "header_icon": "key",
            },
        )
        # The key is in this page only: no caching anywhere.
        response["Cache-Control"] = "no-store"
        return response


class ApiTokenRevokeView(SuperuserRequiredMixin, View):
    index_url_name = None
    template_name = "tipoffs/admin/tokens/revoke.html"

    def get_token(self, pk):
        return get_object_or_404(ApiToken, pk=pk)

    def get(self, request, pk):
        token = self.get_token(pk)
        return TemplateResponse(
            request,
            self.template_name,
            {"token": token, "index_url": reverse(self.index_url_name), "page_title": _("吊销接口令牌")},
        )

    def post(self, request, pk):
        token = self.get_token(pk)
        revoked = ApiToken.objects.filter(Q(pk=token.pk) & Q(revoked_at__isnull=True)).update(
            revoked_at=timezone.now()
        )
        if revoked:
            token.refresh_from_db()
            log(instance=token, action=audit.TOKEN_REVOKE, user=request.user, data={"prefix": token.prefix})
            messages.success(request, _("令牌“%(name)s”已吊销，立即失效。") % {"name": token})
        else:
            messages.warning(request, _("这个令牌之前已经吊销。"))
        return redirect(self.index_url_name)


class ApiTokenViewSet(RestrictedViewSetMixin, ModelViewSet):
    model = ApiToken
    name = "tipoffs_apitoken"
    url_prefix = "tipoffs/tokens"
    icon = "key"
    menu_label = gettext_lazy("接口令牌")
    required_permission = "tipoffs.view_apitoken"
    url_names = ("index", "index_results", "add")
    menu_order = 220
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = ApiTokenIndexView
    add_view_class = ApiTokenIssueView
    form_class = ApiTokenForm

    def extra_urlpatterns(self):
        return [path("revoke/<int:pk>/", self.revoke_view, name="revoke")]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(revoke_url_name=self.get_url_name("revoke"), **kwargs)

    @cached_property
    def revoke_view(self):
        return self.construct_view(ApiTokenRevokeView)

    def get_form_class(self, for_update=False):
        return ApiTokenForm

    def get_permissions_to_register(self):
        # Group permissions grant nothing here (superusers only), so the group editor does not offer them.
        return Permission.objects.none()
