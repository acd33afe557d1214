"""Sign-up lists in the Wagtail admin, for the 活动组织者 group (and superusers) only.

Viewing needs ``view_eventsignup``; exporting (formula-safe CSV/XLSX, audit-logged by
``common.exports``) needs its own ``export_eventsignup``. Editors get neither: the lists hold personal data.
There is no add, edit or delete: people sign up and cancel themselves, and the purge erases the rest.
"""

import django_filters
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from common.exports import SafeSpreadsheetExportMixin, choice_label
from common.viewsets import RestrictedViewSetMixin
from education.models import EventPage

from .audit import SIGNUP_EXPORT
from .models import EventSignup, SignupStatus

VIEW_PERMISSION = "education.view_eventsignup"
EXPORT_PERMISSION = "education.export_eventsignup"


class EventSignupFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("活动"), queryset=EventPage.objects.filter(signup_enabled=True).order_by("-start")
    )
    status = django_filters.ChoiceFilter(label=_("状态"), choices=SignupStatus.choices)

    class Meta:
        model = EventSignup
        fields = ["event", "status"]


class EventSignupIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    export_permission = EXPORT_PERMISSION
    audit_action = SIGNUP_EXPORT
    any_permission_required = ["view"]
    filterset_class = EventSignupFilterSet
    export_filename = "event-signups"
    list_export = ["event", "status", "name", "phone", "email", "created_at", "promoted_at"]
    export_headings = {
        "event": _("活动"),
        "status": _("状态"),
        "name": _("称呼"),
        "phone": _("手机号"),
        "email": _("电子邮箱"),
        "created_at": _("报名时间"),
        "promoted_at": _("候补转正时间"),
    }
    default_ordering = ["event", "status", "created_at"]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")

    def get_edit_url(self, instance):
        return None

    def get_list_more_buttons(self, instance):
        return []

    @cached_property
    def columns(self):
        return [
            Column("event", label=_("活动"), accessor="event"),
            Column("name", label=_("称呼")),
            Column("contact", label=_("联系方式")),
            Column("status", label=_("状态"), accessor="get_status_display", sort_key="status"),
            Column("created_at", label=_("报名时间"), sort_key="created_at"),
        ]

    def to_row_dict(self, item):
        def when(value):
            return date_format(timezone.localtime(value), "Y-m-d H:i") if value else ""

        return {
            "event": item.event.title,
            "status": choice_label(item, "status"),
            "name": item.name,
            "phone": item.phone,
            "email": item.email,
            "created_at": when(item.created_at),
            "promoted_at": when(item.promoted_at),
        }


class EventSignupViewSet(RestrictedViewSetMixin, ModelViewSet):
    model = EventSignup
    name = "education_eventsignup"
    url_prefix = "education/signups"
    icon = "list-ul"
    menu_label = _("活动报名")
    menu_order = 220
    add_to_admin_menu = True
    required_permission = VIEW_PERMISSION
    url_names = ("index", "index_results")
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = EventSignupIndexView
    search_fields = ["name", "phone", "email"]
    search_backend_name = None
    list_per_page = 100
    form_fields = ["name"]
