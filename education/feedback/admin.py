"""Editors' reports on “对您有帮助吗？”: 报告 → 读者反馈 (pages, least helpful first) and 报告 → 读者留言.

Both are for users with ``education.view_pagefeedback`` (the Editors and Moderators groups have it).
Comments are anonymous but may still name someone: long digit runs (phone and card numbers) and e-mail
addresses are masked on screen and in exports.
"""

import django_filters
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from education.models import PageFeedback
from education.reports import MaskedTextColumn, PermissionGatedReportMixin, ReaderTextExportMixin

from . import services

PERMISSION = "education.view_pagefeedback"


def _edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def _comments_url(page):
    return reverse("education_reports:feedback_comments") + f"?page={page.pk}"


def _share(page):
    return f"{round(page._helpful_share * 100)}%"


def _answer(feedback):
    return _("有帮助") if feedback.helpful else _("没帮助")


def _page_type(page):
    model = page.specific_class
    return model._meta.verbose_name if model else ""


class PagesByHelpfulnessView(PermissionGatedReportMixin, ReaderTextExportMixin, ReportView):
    permission = PERMISSION
    page_title = _("读者反馈")
    header_icon = "help"
    index_url_name = "education_reports:feedback_pages"
    index_results_url_name = "education_reports:feedback_pages_results"
    is_searchable = True
    search_fields = ["title"]
    search_backend_name = None  # a database "contains": Chinese titles have no spaces
    default_ordering = "_helpful_share"
    verbose_name_plural = _("有读者反馈的页面")
    columns = [
        TitleColumn("title", label=_("页面"), get_url=lambda page: _edit_url(page.pk), sort_key="title"),
        Column("type", label=_("类型"), accessor=_page_type),
        NumberColumn("_helpful", label=_("有帮助"), sort_key="_helpful"),
        NumberColumn("_unhelpful", label=_("没帮助"), sort_key="_unhelpful"),
        Column("share", label=_("有帮助的比例"), accessor=_share, sort_key="_helpful_share"),
        TitleColumn("_comments", label=_("留言"), get_url=_comments_url, sort_key="_comments"),
    ]
    list_export = ["title", "_helpful", "_unhelpful", "_helpful_share", "_comments"]
    export_headings = {
        "title": _("页面"),
        "_helpful": _("有帮助"),
        "_unhelpful": _("没帮助"),
        "_helpful_share": _("有帮助的比例"),
        "_comments": _("留言"),
    }

    def get_base_queryset(self):
        return services.pages_by_helpfulness()

    def get_filename(self):
        return "reader-feedback"


class CommentsFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(
        label=_("页面"),
        empty_label=_("全部页面"),
        queryset=lambda request: (
            Page.objects.filter(reader_feedback__isnull=False).distinct().order_by("title")
        ),
    )
    helpful = django_filters.BooleanFilter(
        label=_("是否有帮助"),
        widget=django_filters.widgets.BooleanWidget(),
    )
    created_at = django_filters.DateFromToRangeFilter(label=_("时间"), widget=DateRangePickerWidget)

    class Meta:
        model = PageFeedback
        fields = ["page", "helpful", "created_at"]


class FeedbackCommentsView(PermissionGatedReportMixin, ReaderTextExportMixin, ReportView):
    permission = PERMISSION
    page_title = _("读者留言")
    header_icon = "comment"
    index_url_name = "education_reports:feedback_comments"
    index_results_url_name = "education_reports:feedback_comments_results"
    filterset_class = CommentsFilterSet
    is_searchable = True
    search_fields = ["comment"]
    search_backend_name = None
    default_ordering = "-created_at"
    verbose_name_plural = _("读者留言")
    columns = [
        DateColumn("created_at", label=_("时间"), sort_key="created_at"),
        TitleColumn(
            "page_title", label=_("页面"), accessor="page.title", get_url=lambda fb: _edit_url(fb.page_id)
        ),
        Column("answer", label=_("是否有帮助"), accessor=_answer),
        MaskedTextColumn("comment", label=_("留言")),
    ]
    list_export = ["created_at", "page.title", "helpful", "comment"]
    masked_fields = ("comment",)
    export_headings = {
        "created_at": _("时间"),
        "page.title": _("页面"),
        "helpful": _("有帮助"),
        "comment": _("留言"),
    }

    def get_base_queryset(self):
        return PageFeedback.objects.exclude(comment="").select_related("page")

    def get_filename(self):
        return "reader-comments"
