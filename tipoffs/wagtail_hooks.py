"""Admin registrations for the tip-off app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from tipoffs.contact_admin import EXPORT_ACTION, STATUS_ACTION, SuspectContactViewSet
from tipoffs.token_admin import ISSUE_ACTION, REVOKE_ACTION, ApiTokenViewSet

# ----------------------------------------------------------------------------------------------------------
# Suspect contacts and API tokens (contacts branch). Fold into the tip-off menu group when merging.

contact_viewset = SuspectContactViewSet()
api_token_viewset = ApiTokenViewSet()


@hooks.register("register_admin_viewset")
def register_contact_admin():
    return [contact_viewset, api_token_viewset]


@hooks.register("register_log_actions")
def register_contact_log_actions(actions):
    actions.register_action(STATUS_ACTION, _("更改可疑联系人核实状态"), _("更改了可疑联系人的核实状态"))
    actions.register_action(EXPORT_ACTION, _("导出可疑联系人名单"), _("导出了可疑联系人名单"))
    actions.register_action(ISSUE_ACTION, _("签发接口令牌"), _("签发了接口令牌"))
    actions.register_action(REVOKE_ACTION, _("吊销接口令牌"), _("吊销了接口令牌"))


# ----------------------------------------------------------------------------------------------------------
