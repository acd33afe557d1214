"""The consumer-protection team's back office in the Wagtail admin: one menu, 消保工作台.

Wagtail imports every app's hooks module while Django sets up, so the admin views are imported inside the
hooks that need them: loading the models must not load the request layer (or Pillow).
"""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from tipoffs import audit


@hooks.register("register_admin_viewset")
def register_tipoff_admin():
    from tipoffs.api.admin import ApiTokenViewSet
    from tipoffs.riskcheck.admin import ContactAppealViewSet, EarlyWarningViewSet
    from tipoffs.suspects.admin import ReviewDueContactsViewSet, SuspectContactViewSet
    from tipoffs.triage.admin import TipOffViewSet

    class TipOffsGroup(ViewSetGroup):
        menu_label = _("消保工作台")
        menu_icon = "warning"
        menu_order = 150
        items = (
            TipOffViewSet,
            SuspectContactViewSet,
            ReviewDueContactsViewSet,
            ContactAppealViewSet,
            EarlyWarningViewSet,
            ApiTokenViewSet,
        )

    return TipOffsGroup()


@hooks.register("register_admin_viewset")
def register_privacy_admin():
    from tipoffs.privacy.admin import CasePrivacyViewSet

    return CasePrivacyViewSet()


@hooks.register("register_log_actions")
def register_tipoff_log_actions(actions):
    for action, (label, message) in audit.LABELS.items():
        actions.register_action(action, label, message)


@hooks.register("construct_homepage_panels")
def add_tipoff_panel(request, panels):
    if request.user.has_perm("tipoffs.view_tipoff"):
        from tipoffs.triage.dashboard import TipOffDashboardPanel

        panels.append(TipOffDashboardPanel())


@hooks.register("insert_global_admin_css")
def tipoff_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-tipoffs.css"))


@hooks.register("register_search_query_action")
def risk_check_for_search_query(request, query):
    """On the public search page: offer to risk-check a query that is a number, link or account."""
    from tipoffs.riskcheck.search import search_query_action

    return search_query_action(request, query)
