"""The team's tip-off queue and case page in the Wagtail admin.

List: urgency first (due time), filters, search by reference, contact value and text, export. Case page:
the report as submitted (read-only), contacts, evidence, notes, assignment and stage changes; every change
goes through ``tipoffs.triage.services`` (version-guarded, audited). Viewing a case is audited too.
"""

import django_filters
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import log

from common.exports import SafeSpreadsheetExportMixin, choice_label
from common.viewsets import RestrictedViewSetMixin
from education.models import ScamCategory
from tipoffs import audit
from tipoffs.models import SuspectContact, TipOff, TipOffContact, TipOffLanguage, TipOffOutcome, TipOffStatus
from tipoffs.promises import team_group
from tipoffs.suspects.masking import mask_card_numbers
from tipoffs.suspects.normalise import search_keys
from tipoffs.suspects.official import is_official, official_contact_keys
from tipoffs.triage import services
from tipoffs.triage.evidence import download_evidence, evidence_thumbnail
from tipoffs.triage.sla import SlaState, filter_sla_state, sla_for, stored_sla

UNASSIGNED = "none"


def team_members():
    return (
        get_user_model()
        .objects.filter(Q(groups__name=team_group()) | Q(is_superuser=True), is_active=True)
        .distinct()
        .order_by("username")
    )


def _assignee_choices():
    return [(UNASSIGNED, _("未分配"))] + [
        (str(user.pk), user.get_full_name() or user.get_username()) for user in team_members()
    ]


class TipOffFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("状态"), choices=TipOffStatus.choices)
    category = django_filters.ModelChoiceFilter(
        label=gettext_lazy("骗局分类"), queryset=ScamCategory.objects.all()
    )
    assignee = django_filters.ChoiceFilter(
        label=gettext_lazy("经办人"), choices=_assignee_choices, method="filter_assignee"
    )
    sla_state = django_filters.ChoiceFilter(
        label=gettext_lazy("时限状态"), choices=SlaState.CHOICES, method="filter_sla_state"
    )
    received_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("收到日期"), widget=DateRangePickerWidget
    )
    language = django_filters.ChoiceFilter(label=gettext_lazy("提交语言"), choices=TipOffLanguage.choices)

    class Meta:
        model = TipOff
        fields = []

    def filter_assignee(self, queryset, name, value):
        if value == UNASSIGNED:
            return queryset.filter(assignee__isnull=True)
        return queryset.filter(assignee_id=value)

    def filter_sla_state(self, queryset, name, value):
        return filter_sla_state(queryset, value)


class SlaColumn(Column):
    cell_template_name = "tipoffs/admin/sla_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["sla"] = stored_sla(instance)
        return context


class TipOffIndexView(SafeSpreadsheetExportMixin, IndexView):
    export_permission = "tipoffs.export_tipoff"
    audit_action = audit.EXPORT
    default_ordering = "sla_due_at"
    list_export = [
        "reference",
        "received_at",
        "category_name",
        "status_label",
        "outcome_label",
        "assignee_name",
        "contact_count",
        "sla_label",
        "sla_due_at",
        "contacts_masked",
        "description",
    ]
    export_headings = {
        "reference": gettext_lazy("编号"),
        "received_at": gettext_lazy("收到时间"),
        "category_name": gettext_lazy("骗局分类"),
        "status_label": gettext_lazy("状态"),
        "outcome_label": gettext_lazy("办结结论"),
        "assignee_name": gettext_lazy("经办人"),
        "contact_count": gettext_lazy("联系人数"),
        "sla_label": gettext_lazy("时限状态"),
        "sla_due_at": gettext_lazy("当前时限"),
        "contacts_masked": gettext_lazy("可疑联系人（银行卡已打码）"),
        "description": gettext_lazy("发生了什么"),
    }
    export_filename = "tipoffs"

    def get_base_queryset(self):
        # A correlated count, not a join with GROUP BY: the database counts the links of the rows on the
        # page only, and the paginator's count needs no join at all.
        links = TipOffContact.objects.filter(tipoff=OuterRef("pk")).order_by().values("tipoff")
        queryset = TipOff.objects.select_related("category", "assignee").annotate(
            contact_count=Coalesce(Subquery(links.annotate(n=Count("pk")).values("n")), 0)
        )
        if self.is_export:
            queryset = queryset.prefetch_related("contact_links__contact")
        return queryset

    def order_queryset(self, queryset):
        # Cases with every promise kept have no due time: they go last either way.
        if self.ordering in ("sla_due_at", "-sla_due_at"):
            due = F("sla_due_at")
            due = due.asc(nulls_last=True) if self.ordering == "sla_due_at" else due.desc(nulls_last=True)
            return queryset.order_by(due, "-received_at", "-pk")
        return queryset.order_by(self.ordering or "-received_at", "-pk")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        # One set of ids, gathered branch by branch, instead of an OR across the join: each branch can use
        # its own index (the reference, the contacts' keyed hashes, the trigram indexes of the text) where
        # an OR would make the database test every tip-off against every condition.
        contacts = SuspectContact.objects.matching_any(search_keys(query))
        tipoffs, links = TipOff.objects.order_by(), TipOffContact.objects.order_by()
        matches = (
            tipoffs.filter(reference=query.upper())
            .values("pk")
            .union(tipoffs.filter(description__icontains=query).values("pk"))
            .union(links.filter(contact__in=contacts).values("tipoff_id"))
            .union(links.filter(raw_value__icontains=query).values("tipoff_id"))
        )
        return queryset.filter(pk__in=matches)

    def to_row_dict(self, item):
        sla = stored_sla(item)
        values = {
            "reference": item.reference,
            "received_at": item.received_at,
            "category_name": item.category.name if item.category else _("不确定"),
            "status_label": choice_label(item, "status"),
            "outcome_label": choice_label(item, "outcome") if item.outcome else "",
            "assignee_name": item.assignee.get_username() if item.assignee else "",
            "contact_count": item.contact_count,
            "sla_label": f"{sla.stage.label}：{sla.state_label}" if sla.stage else sla.state_label,
            "sla_due_at": sla.due_at,
            "contacts_masked": "；".join(
                f"{choice_label(link.contact, 'kind')} {link.contact.masked_value}"
                for link in item.contact_links.all()
            ),
            "description": mask_card_numbers(item.description),
        }
        return {field: values[field] for field in self.list_export}


class TipOffCaseView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """One tip-off: read on GET (audited), act on POST (one action per form, redirect after)."""

    model = TipOff
    permission_required = "view"
    template_name = "tipoffs/admin/case.html"
    index_url_name = None
    history_url_name = None
    evidence_url_name = None
    thumbnail_url_name = None
    header_icon = "warning"
    page_title = gettext_lazy("举报线索")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.pk = kwargs["pk"]

    @cached_property
    def object(self):
        return get_object_or_404(TipOff.objects.select_related("category", "assignee", "rating"), pk=self.pk)

    def get_page_subtitle(self):
        return self.object.reference

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("举报线索")},
            {"url": "", "label": self.object.reference},
        ]

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("操作记录"),
                url=reverse(self.history_url_name, args=[self.object.pk]),
                icon_name="history",
            )
        ]

    def get(self, request, *args, **kwargs):
        log(instance=self.object, action=audit.VIEW, user=request.user)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.user_has_permission("change"):
            raise PermissionDenied
        tipoff = self.object
        action = request.POST.get("action")
        try:
            version = int(request.POST.get("version", ""))
        except ValueError:
            version = None
        try:
            if action == "note":
                services.add_note(tipoff, request.user, request.POST.get("body"))
                messages.success(request, _("备注已添加。"))
            elif version is None:
                raise services.TriageError(_("请刷新页面后再操作。"))
            elif action == "transition":
                tipoff = services.transition(
                    tipoff,
                    request.POST.get("to"),
                    request.user,
                    version,
                    request.POST.get("outcome", ""),
                    closing_message=request.POST.get("closing_message", ""),
                )
                messages.success(request, _("状态已更新为“%s”。") % tipoff.get_status_display())
            elif action == "assign_me":
                services.assign(tipoff, request.user, request.user, version)
                messages.success(request, _("已分配给您。"))
            elif action == "unassign":
                services.assign(tipoff, None, request.user, version)
                messages.success(request, _("已取消分配。"))
            elif action == "closing_message":
                services.set_closing_message(
                    tipoff, request.POST.get("closing_message"), request.user, version
                )
                messages.success(request, _("给举报人的说明已更新。"))
            elif action == "feedback":
                services.record_feedback(tipoff, request.user, version)
                messages.success(request, _("已记录向举报人反馈。"))
            else:
                raise services.TriageError(_("未知的操作。"))
        except services.TriageError as error:
            messages.error(request, str(error))
        return HttpResponseRedirect(request.path)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tipoff = self.object
        links = list(tipoff.contact_links.select_related("contact").order_by("pk"))
        official_keys = official_contact_keys(self.request)
        for link in links:
            link.admin_url = reverse("tipoffs_suspectcontact:edit", args=[link.contact.pk])
            link.is_official = is_official(link.contact, official_keys)
            link.reported_elsewhere = max(link.contact.report_count - 1, 0)
        next_status = services.next_status(tipoff)
        evidence = list(tipoff.evidence.all())
        additions = list(tipoff.additions.all())
        for addition in additions:
            addition.files = [file for file in evidence if file.addition_id == addition.pk]
        context.update(
            tipoff=tipoff,
            sla=sla_for(tipoff),
            contact_links=links,
            evidence=[file for file in evidence if file.addition_id is None],
            additions=additions,
            rating=getattr(tipoff, "rating", None),
            closing_message_max=services.CLOSING_MESSAGE_MAX,
            notes=list(tipoff.notes.select_related("author")),
            next_status=next_status,
            next_status_label=TipOffStatus(next_status).label if next_status else "",
            closing=next_status == TipOffStatus.CLOSED,
            outcomes=TipOffOutcome.choices,
            can_change=self.user_has_permission("change"),
            can_record_feedback=bool(tipoff.reporter_contact) and tipoff.fed_back_at is None,
            evidence_url_name=self.evidence_url_name,
            thumbnail_url_name=self.thumbnail_url_name,
        )
        return context


class TipOffViewSet(RestrictedViewSetMixin, ModelViewSet):
    """The queue, the case page (in place of Wagtail's edit form), history and evidence downloads: tip-offs
    are never added, copied or deleted by hand."""

    model = TipOff
    name = "tipoff"
    url_prefix = "tipoffs/tipoff"
    url_namespace = "tipoffs_tipoff"
    icon = "warning"
    menu_label = gettext_lazy("举报线索")
    menu_order = 100
    index_view_class = TipOffIndexView
    filterset_class = TipOffFilterSet
    list_per_page = 50
    required_permission = "tipoffs.view_tipoff"
    copy_view_enabled = False
    inspect_view_enabled = False
    # Searched with the ORM in TipOffIndexView.search_queryset (tip-offs are not in the search index).
    search_fields = ["reference"]
    search_backend_name = None
    list_display = [
        TitleColumn("reference", label=gettext_lazy("编号"), url_name="tipoffs_tipoff:edit"),
        DateColumn("received_at", label=gettext_lazy("收到时间"), sort_key="received_at"),
        Column("category", label=gettext_lazy("分类")),
        Column("status", label=gettext_lazy("状态"), accessor="get_status_display"),
        Column("assignee", label=gettext_lazy("经办人")),
        Column("contact_count", label=gettext_lazy("联系人")),
        Column("language", label=gettext_lazy("语言"), accessor="get_language_display"),
        SlaColumn("sla", label=gettext_lazy("时限"), sort_key="sla_due_at"),
    ]

    @property
    def edit_view(self):
        return TipOffCaseView.as_view(
            index_url_name=self.get_url_name("index"),
            history_url_name=self.get_url_name("history"),
            evidence_url_name=self.get_url_name("evidence"),
            thumbnail_url_name=self.get_url_name("evidence_thumbnail"),
        )

    def extra_urlpatterns(self):
        return [
            path("evidence/<int:pk>/", download_evidence, name="evidence"),
            path("evidence/<int:pk>/thumbnail/", evidence_thumbnail, name="evidence_thumbnail"),
        ]
