"""Suspect contacts in the Wagtail admin: list, detail with status change, and the watchlist export.

Contacts come only from reports, so there is no add or delete. Every URL answers 403 to anyone without
the model's permissions (``RestrictedViewSetMixin``); the export needs ``export_suspectcontact``.
Bank card numbers are masked everywhere except in the detail for team members who may view contacts.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from common.exports import SafeSpreadsheetExportMixin, choice_label
from common.viewsets import RestrictedViewSetMixin
from tipoffs import audit
from tipoffs.models import ContactKind, ContactStatus, SuspectContact, TipOff, TipOffContact
from tipoffs.suspects.normalise import search_keys
from tipoffs.suspects.official import is_official, official_contact_keys
from tipoffs.suspects.services import change_contact_status

VIEW_PERMISSION = "tipoffs.view_suspectcontact"
EXPORT_PERMISSION = "tipoffs.export_suspectcontact"
LINKED_TIPOFFS_SHOWN = 200


class SuspectContactFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=gettext_lazy("类型"), choices=ContactKind.choices)
    status = django_filters.ChoiceFilter(label=gettext_lazy("核实状态"), choices=ContactStatus.choices)
    min_reports = django_filters.NumberFilter(
        label=gettext_lazy("被举报次数至少"), field_name="report_count", lookup_expr="gte", min_value=1
    )

    class Meta:
        model = SuspectContact
        fields = ["kind", "status", "min_reports"]


class ContactTitleColumn(TitleColumn):
    """The (masked) value, linked to the detail, with a badge when it is one of our official channels."""

    cell_template_name = "tipoffs/admin/contacts/title_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["is_official"] = is_official(instance, official_contact_keys(parent_context["request"]))
        return context


class CategoriesColumn(Column):
    def get_value(self, instance):
        return "、".join(instance.category_names) or "—"


def attach_category_names(contacts):
    """Set ``category_names`` on each contact: the scam categories of the tip-offs naming it.

    One query for the whole page, returning only distinct (contact, category) pairs: a contact reported
    thousands of times must not load thousands of tip-offs just to show a handful of category names.
    """
    contacts = list(contacts)
    pairs = (
        TipOffContact.objects.filter(contact__in=contacts, tipoff__category__isnull=False)
        .values_list("contact_id", "tipoff__category__name")
        .distinct()
    )
    names = {}
    for contact_id, name in pairs:
        names.setdefault(contact_id, set()).add(name)
    for contact in contacts:
        contact.category_names = sorted(names.get(contact.pk, ()))
    return contacts


class SuspectContactIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    export_permission = EXPORT_PERMISSION
    audit_action = audit.CONTACT_EXPORT
    any_permission_required = ["view", "change"]
    filterset_class = SuspectContactFilterSet
    export_filename = "suspect-contacts"
    list_export = [
        "kind",
        "value",
        "platform",
        "status",
        "report_count",
        "first_reported_at",
        "last_reported_at",
        "status_changed_at",
        "official",
    ]
    export_headings = {
        "kind": gettext_lazy("类型"),
        "value": gettext_lazy("号码/账号"),
        "platform": gettext_lazy("平台"),
        "status": gettext_lazy("核实状态"),
        "report_count": gettext_lazy("被举报次数"),
        "first_reported_at": gettext_lazy("首次被举报"),
        "last_reported_at": gettext_lazy("最近被举报"),
        "status_changed_at": gettext_lazy("核实时间"),
        "official": gettext_lazy("是否我司官方渠道"),
    }

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = attach_category_names(object_list)
        return paginator, page, page.object_list, is_paginated

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        text = self.search_query.strip()
        # Every condition is on the contact row itself and has an index (the value's trigram index, the
        # keyed hashes), so the database combines index scans instead of testing every contact.
        matches = queryset.filter(value__icontains=text)
        if text.startswith(("@", "＠")):
            # A social account typed as "@name" is stored as "platform:name" (in lower case).
            name = text[1:].strip()
            matches |= queryset.filter(kind=ContactKind.SOCIAL, value__iendswith=":" + name)
        candidates = search_keys(self.search_query)
        if candidates:
            matches |= queryset.matching_any(candidates)
        return matches

    def get_list_more_buttons(self, instance):
        return []  # the value itself links to the detail; there is nothing else to do from the list

    def get_edit_url(self, instance):
        if self.user_has_any_permission(["view", "change"]):
            return reverse(self.edit_url_name, args=(instance.pk,))
        return None

    @cached_property
    def columns(self):
        title_class = self._get_title_column_class(ContactTitleColumn)
        return [
            title_class("masked_value", label=_("号码/账号"), get_url=self.get_edit_url),
            Column("kind", label=_("类型"), accessor="get_kind_display", sort_key="kind"),
            Column("status", label=_("核实状态"), accessor="get_status_display", sort_key="status"),
            Column("report_count", label=_("被举报次数"), sort_key="report_count"),
            CategoriesColumn("categories", label=_("涉及骗局分类")),
            Column("first_reported_at", label=_("首次被举报"), sort_key="first_reported_at"),
            Column("last_reported_at", label=_("最近被举报"), sort_key="last_reported_at"),
            DateColumn("review_due_at", label=_("复核日期"), sort_key="review_due_at"),
        ]

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.user_can_export():
            buttons.append(
                Button(
                    _("导出黑产名单（CSV）"),
                    url=f"{self.index_url}?status={ContactStatus.CONFIRMED}&export=csv",
                    icon_name="download",
                )
            )
        return buttons

    def as_spreadsheet(self, queryset, spreadsheet_format):
        self._official_keys = official_contact_keys(self.request)
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        def when(value):
            return date_format(timezone.localtime(value), "Y-m-d H:i") if value else ""

        return {
            "kind": choice_label(item, "kind"),
            # Exports leave the admin: bank cards are always masked in a file (as stored in the clear).
            "value": item.masked_value,
            "platform": choice_label(item, "platform") if item.platform else "",
            "status": choice_label(item, "status"),
            "report_count": item.report_count,
            "first_reported_at": when(item.first_reported_at),
            "last_reported_at": when(item.last_reported_at),
            "status_changed_at": when(item.status_changed_at),
            "official": _("是") if is_official(item, self._official_keys) else "",
        }


class ContactStatusForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("核实状态"), choices=ContactStatus.choices)
    current_status = forms.ChoiceField(choices=ContactStatus.choices, widget=forms.HiddenInput)


class SuspectContactDetailView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """The contact, the tip-offs naming it, and (with change permission) its status."""

    model = SuspectContact
    any_permission_required = ["view", "change"]
    template_name = "tipoffs/admin/contacts/detail.html"
    index_url_name = None
    history_url_name = None
    header_icon = "warning"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(
            SuspectContact.objects.select_related("status_changed_by"), pk=kwargs["pk"]
        )

    def get_page_title(self):
        return _("可疑联系人")

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("可疑联系人")},
            {"url": "", "label": str(self.object)},
        ]

    @property
    def can_change(self):
        return self.user_has_permission("change")

    def get_form(self, data=None):
        return ContactStatusForm(
            data, initial={"status": self.object.status, "current_status": self.object.status}
        )

    def post(self, request, *args, **kwargs):
        if not self.can_change:
            raise PermissionDenied
        form = self.get_form(request.POST)
        if form.is_valid():
            try:
                change_contact_status(
                    self.object,
                    form.cleaned_data["status"],
                    request.user,
                    expected_status=form.cleaned_data["current_status"],
                    official_keys=official_contact_keys(request),
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("已更新核实状态。"))
            return redirect(request.path)
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        contact = self.object
        show_full = self.request.user.has_perm(VIEW_PERMISSION)
        links = list(
            TipOffContact.objects.filter(contact=contact)
            .select_related("tipoff", "tipoff__category")
            .order_by("-tipoff__received_at")[:LINKED_TIPOFFS_SHOWN]
        )
        linked = [
            {
                "tipoff": link.tipoff,
                "url": reverse("tipoffs_tipoff:edit", args=(link.tipoff_id,)),
                "raw_value": link.full_raw_value if show_full else link.raw_value,
            }
            for link in links
        ]
        categories = sorted(
            set(
                TipOff.objects.filter(contact_links__contact=contact)
                .exclude(category__isnull=True)
                .values_list("category__name", flat=True)
            )
        )
        context.update(
            object=contact,
            value=contact.full_value if show_full else contact.masked_value,
            is_official=is_official(contact, official_contact_keys(self.request)),
            categories=categories,
            linked=linked,
            linked_total=contact.tipoff_links.count(),
            linked_shown=LINKED_TIPOFFS_SHOWN,
            can_change=self.can_change,
            form=kwargs.get("form") or (self.get_form() if self.can_change else None),
            history_url=reverse(self.history_url_name, args=(contact.pk,)),
        )
        return context


class SuspectContactViewSet(RestrictedViewSetMixin, ModelViewSet):
    """List, detail (under the "edit" URL name, so Wagtail's links find it) and history only: contacts come
    only from reports, so there is no add or delete."""

    model = SuspectContact
    name = "tipoffs_suspectcontact"
    url_prefix = "tipoffs/contact"
    icon = "warning"
    menu_label = gettext_lazy("可疑联系人")
    required_permission = "tipoffs.view_suspectcontact"
    menu_order = 210
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = SuspectContactIndexView
    edit_view_class = SuspectContactDetailView
    search_fields = ["value"]
    list_per_page = 50
    # The model form is never used: status changes go through change_contact_status().
    form_fields = ["status"]

    def get_edit_view_kwargs(self, **kwargs):
        # The detail view is not Wagtail's edit form: the form's panel, class and template do not apply.
        return kwargs


class ReviewDueMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


class ReviewDueContactsViewSet(ViewSet):
    """The 待复核 queue: a menu entry for the contact list filtered to contacts whose confirmation lapsed
    (re-confirm or clear them on their page)."""

    name = "tipoffs_review_due"
    icon = "warning"
    menu_label = gettext_lazy("待复核联系人")
    menu_item_class = ReviewDueMenuItem

    @cached_property
    def menu_url(self):
        return reverse("tipoffs_suspectcontact:index") + f"?status={ContactStatus.REVIEW_DUE}"
