"""What a public chart holds: months, rows of cells, each cell already safe to publish.

A ``Cell`` carries the number a chart draws and the text a table and the CSV show. Counts below the
threshold become "<5" here, before a snapshot is cached, so a raw small count never leaves the query that
produced it.
"""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from tipoffs.promises import statistics as statistics_settings

COUNT = "count"
PERCENT = "percent"
HOURS = "hours"


@dataclass(frozen=True)
class Cell:
    value: float | None  # what the chart draws; None when hidden or not computed
    text: str  # what the table and the CSV show
    suppressed: bool = False  # a count too small to publish: drawn as "under the threshold"


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[Cell, ...]
    reference: float | None = None  # a line drawn across the row: the promised limit
    reference_label: str = ""


@dataclass(frozen=True)
class Chart:
    slug: str  # also the CSV file name
    title: str
    description: str
    row_heading: str  # what the rows are: 骗局分类, 联系方式 …
    scale: str  # COUNT, PERCENT or HOURS
    months: tuple[datetime.date, ...]
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    def table(self):
        """Months down, rows across: ``[(month, [cell, ...]), ...]``, as the table and the CSV show it."""
        return [(month, [row.cells[index] for row in self.rows]) for index, month in enumerate(self.months)]


def min_count():
    return statistics_settings()["min_count"]


def count_cell(count):
    """A count as published: the number, or "<5" below the threshold (zero included)."""
    threshold = min_count()
    if count < threshold:
        return Cell(value=None, text=f"<{threshold}", suppressed=True)
    return Cell(value=count, text=str(count))


def share_cell(kept, decided):
    """The share of ``decided`` cases that were ``kept``; not computed on fewer than the threshold."""
    if decided < min_count():
        return Cell(value=None, text="—")
    share = 100 * kept / decided
    return Cell(value=share, text=f"{share:.0f}%")


def duration_cell(hours, cases):
    """A median duration in hours, computed over ``cases``; not shown on fewer than the threshold."""
    if hours is None or cases < min_count():
        return Cell(value=None, text="—")
    if hours < 1:
        return Cell(value=hours, text=_("%(minutes)d 分钟") % {"minutes": round(hours * 60)})
    return Cell(value=hours, text=_("%(hours).1f 小时") % {"hours": hours})


def month_label(month):
    return _("%(year)d年%(month)d月") % {"year": month.year, "month": month.month}


def csv_rows(chart):
    """Header and rows of a chart's CSV: one row per month, one column per row of the chart."""
    yield [_("月份")] + [row.label for row in chart.rows]
    for month, cells in chart.table():
        yield [f"{month:%Y-%m}"] + [cell.text for cell in cells]
