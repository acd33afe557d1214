"""The two-factor pages: verify a code after signing in, enrol (recovery codes shown once), manage it from
the account settings, and a superuser's reset for someone who lost their phone."""

import logging

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView, View
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from common.twofactor import devices
from common.twofactor.forms import EnrolForm, VerifyForm
from common.twofactor.policy import VERIFY, authenticator, pending_step, two_factor_required

logger = logging.getLogger(__name__)


def _next_url(request):
    return get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")


def recovery_codes_response(request, codes, continue_url):
    """The only place recovery codes are ever shown: this response (admin responses are never cached)."""
    return render(
        request, "common/twofactor/recovery_codes.html", {"codes": codes, "continue_url": continue_url}
    )


@sensitive_post_parameters("code")
def verify(request):
    user = request.user
    next_url = _next_url(request)
    if user.is_verified():
        return redirect(next_url)
    if pending_step(user) != VERIFY:
        return redirect(reverse("twofactor_enrol") if two_factor_required(user) else next_url)

    form = VerifyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = devices.verify(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                messages.warning(
                    request,
                    _(
                        "您用掉了一个恢复码，还剩 %(count)d 个。"
                        "可以在“帐号 → 更多动作 → 两步验证”生成新的恢复码。"
                    )
                    % {"count": devices.recovery_codes_left(user)},
                )
            return redirect(next_url)
        logger.warning("Two-factor code rejected for admin user %r", user.get_username())
        wait = devices.throttled_seconds(user)
        if wait > 2:
            form.add_error(None, _("错误次数较多，请 %(seconds)d 秒后再试。") % {"seconds": wait})
        else:
            form.add_error(
                "code",
                _("验证码不正确或已过期。请输入验证器 App 当前显示的 6 位数字，或一个没用过的恢复码。"),
            )
    return render(request, "common/twofactor/verify.html", {"form": form, "next": next_url})


@sensitive_post_parameters("code")
def enrol(request):
    user = request.user
    if authenticator(user) is not None:
        return redirect("twofactor_manage" if user.is_verified() else "twofactor_verify")
    next_url = _next_url(request)
    device = devices.start_enrolment(user)
    form = EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = devices.finish_enrolment(request, device, form.cleaned_data["code"])
        if codes:
            return recovery_codes_response(request, codes, next_url)
        form.add_error(None, _("验证码不正确。请确认手机时间准确，输入 App 当前显示的 6 位数字。"))
    context = {
        "form": form,
        "next": next_url,
        "required": two_factor_required(user),
        # segno's own markup from our otpauth:// link; nothing in it comes from the request.
        "qr_code": mark_safe(devices.qr_code_svg(device, _("用验证器 App 扫描这个二维码"))),  # noqa: S308
        "manual_key": devices.manual_entry_key(device),
        "account_name": user.get_username(),
    }
    return render(request, "common/twofactor/enrol.html", context)


class ManageView(WagtailAdminTemplateMixin, TemplateView):
    """帐号 → 更多动作 → 两步验证: turn it on, new recovery codes, or off where it is optional."""

    template_name = "common/twofactor/manage.html"
    page_title = gettext_lazy("两步验证")
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("wagtailadmin_account"), "label": _("帐号")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            device=authenticator(user),
            required=two_factor_required(user),
            codes_left=devices.recovery_codes_left(user),
            **kwargs,
        )


@require_POST
def renew_recovery_codes(request):
    if authenticator(request.user) is None:
        return redirect("twofactor_manage")
    return recovery_codes_response(
        request, devices.renew_recovery_codes(request), reverse("twofactor_manage")
    )


@require_POST
def disable(request):
    if two_factor_required(request.user):
        raise PermissionDenied
    devices.disable(request)
    messages.success(request, _("两步验证已关闭。"))
    return redirect("twofactor_manage")


class ResetView(WagtailAdminTemplateMixin, View):
    """A superuser removes someone's authenticator and recovery codes; they enrol again at next sign-in."""

    template_name = "common/twofactor/reset.html"
    page_title = gettext_lazy("重置两步验证")
    header_icon = "key"

    def dispatch(self, request, user_id):
        if not (request.user.is_active and request.user.is_superuser):
            raise PermissionDenied
        self.target = get_object_or_404(get_user_model(), pk=user_id)
        return super().dispatch(request, user_id)

    def get_page_subtitle(self):
        return self.target.get_username()

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("wagtailusers_users:index"), "label": _("用户")},
            {"url": "", "label": self.get_header_title()},
        ]

    def get(self, request, user_id):
        context = self.get_context_data(target=self.target, enrolled=authenticator(self.target) is not None)
        return self.render_to_response(context)

    def post(self, request, user_id):
        devices.reset(self.target, by=request.user)
        messages.success(
            request,
            _("已重置 %(user)s 的两步验证，对方下次登录时需要重新设置。")
            % {"user": self.target.get_username()},
        )
        return redirect("wagtailusers_users:index")
