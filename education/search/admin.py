"""报告 → 无结果的搜索: what readers searched for in the last 30 days and found nothing about, most often
first. The topics editors should write next. For users with ``education.view_noresultdailyhits``
(the Editors and Moderators groups). A query that is a phone or card number (people check numbers
here) is shown masked."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView

from education.reports import MaskedTextColumn, PermissionGatedReportMixin, ReaderTextExportMixin

from . import gaps


class SearchGapsView(PermissionGatedReportMixin, ReaderTextExportMixin, ReportView):
    permission = "education.view_noresultdailyhits"
    page_title = _("无结果的搜索")
    page_subtitle = _("近 %(days)d 天") % {"days": gaps.DAYS}
    header_icon = "search"
    index_url_name = "education_reports:search_gaps"
    index_results_url_name = "education_reports:search_gaps_results"
    is_searchable = True
    search_fields = ["query_string"]
    search_backend_name = None
    default_ordering = "-_misses"
    verbose_name_plural = _("无结果的搜索")
    columns = [
        MaskedTextColumn("query_string", label=_("搜索词"), sort_key="query_string"),
        NumberColumn("_misses", label=_("无结果次数"), sort_key="_misses"),
        Column("last", label=_("最近一次"), accessor=lambda query: query._last.isoformat(), sort_key="_last"),
    ]
    list_export = ["query_string", "_misses", "_last"]
    masked_fields = ("query_string",)
    export_headings = {"query_string": _("搜索词"), "_misses": _("无结果次数"), "_last": _("最近一次")}

    def get_base_queryset(self):
        return gaps.recent()

    def get_filename(self):
        return "search-gaps"
