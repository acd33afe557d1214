"""The public statistics pages and their CSV downloads. Public aggregates only: no login, no personal data."""

import csv
import io

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from common.exports import UTF8_BOM, neutralise_formula

from .charts import csv_rows, month_label
from .services import current_snapshot
from .svg import render_chart


def _chart_context(charts):
    return [
        {
            "chart": chart,
            "svg": render_chart(chart, f"chart-{chart.slug}"),
            "table": [(month_label(month), cells) for month, cells in chart.table()],
            "csv_url": reverse("tipoffs_statistics_csv", args=(chart.slug,)),
        }
        for chart in charts
    ]


def _page(request, template, charts_of):
    snapshot = current_snapshot()
    context = {
        "charts": _chart_context(charts_of(snapshot)),
        "computed_at": timezone.localtime(snapshot.computed_at),
    }
    return render(request, template, context)


def statistics(request):
    return _page(request, "tipoffs/statistics/statistics.html", lambda snapshot: snapshot.public)


def handling_record(request):
    return _page(request, "tipoffs/statistics/handling_record.html", lambda snapshot: snapshot.handling)


def chart_csv(request, slug):
    snapshot = current_snapshot()
    chart = snapshot.chart(slug)
    if chart is None:
        raise Http404(_("没有这张图表。"))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in csv_rows(chart):
        writer.writerow([neutralise_formula(value) for value in row])
    response = HttpResponse(UTF8_BOM + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    filename = f"{slug}-{timezone.localtime(snapshot.computed_at):%Y%m%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
