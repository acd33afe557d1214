"""Two-factor login in the Wagtail admin: its pages, the account-settings entry, a superuser's reset button
on the user list, and its audit-log actions."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from common import pageposts
from common.twofactor import devices
from common.twofactor.urls import urlpatterns as twofactor_urlpatterns

AUDITED_ACTIONS = {
    devices.ENABLE_ACTION: (_("启用两步验证"), _("启用了两步验证")),
    devices.DISABLE_ACTION: (_("关闭两步验证"), _("关闭了两步验证")),
    devices.RESET_ACTION: (_("重置两步验证"), _("重置了该用户的两步验证")),
    devices.RECOVERY_CODES_ACTION: (_("生成新的恢复码"), _("生成了新的两步验证恢复码")),
}


@hooks.register("register_admin_urls")
def register_twofactor_urls():
    return twofactor_urlpatterns


@hooks.register("register_account_menu_item")
def twofactor_account_menu_item(request):
    return {
        "url": reverse("twofactor_manage"),
        "label": _("两步验证"),
        "help_text": _("登录时除了密码，还要输入手机验证器 App 上的 6 位数字，密码泄露也不怕。"),
    }


@hooks.register("register_user_listing_buttons")
def twofactor_reset_button(user, request_user):
    # Offered for every user (no query per row); the reset page says when there is nothing to reset.
    if request_user.is_superuser:
        yield Button(
            _("重置两步验证"), url=reverse("twofactor_reset", args=(user.pk,)), icon_name="key", priority=50
        )


@hooks.register("register_log_actions")
def register_twofactor_log_actions(actions):
    for action, (label, message) in AUDITED_ACTIONS.items():
        actions.register_action(action, label, message)


# First of all before_serve_page hooks: nothing may act on a POST before its CSRF check (common.pageposts).
hooks.register("before_serve_page", pageposts.check_csrf, order=-1000)
