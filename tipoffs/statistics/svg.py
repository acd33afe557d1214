"""A chart as inline SVG, drawn on the server: small multiples, one row of monthly bars per series.

One row per series needs no colour legend and reads on a 320 px phone (the SVG scales to its container
through its viewBox). Only presentation attributes are used, never ``style``, so the site's strict CSP
holds. Counts hidden as "<5" are drawn as a dashed outline up to the threshold: "somewhere below this",
never a guess. The drawing is decorative for assistive technology beyond its title: the table next to it
carries the same numbers.
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .charts import HOURS, PERCENT, min_count

WIDTH = 320
SIDE = 6
LABEL_HEIGHT = 22
BARS_HEIGHT = 56
AXIS_HEIGHT = 16
ROW_GAP = 14
INK = "#1a1a1a"
MUTED = "#4a4a4a"
BAR = "#0b4f9c"
REFERENCE = "#b3261e"
BASELINE = "#c9d1db"


def _number(value):
    """Coordinates with at most one decimal, so the markup stays short and stable for tests."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _scale_top(chart, row, shared_top):
    if chart.scale == PERCENT:
        return 100.0
    if chart.scale == HOURS:
        values = [cell.value for cell in row.cells if cell.value is not None]
        return max(values + [row.reference or 0, 0.1]) * 1.15
    return shared_top


def _shared_count_top(chart):
    values = [cell.value for row in chart.rows for cell in row.cells if cell.value is not None]
    return max([*values, min_count()]) * 1.1


def _top_label(chart, row):
    if chart.scale == PERCENT:
        return "100%"
    if chart.scale == HOURS:
        return row.reference_label
    shown = [cell.value for cell in row.cells if cell.value is not None]
    if not shown:
        return _("每月都少于 %(n)d") % {"n": min_count()}
    return _("最高 %(n)d") % {"n": max(shown)}


def _bars(chart, row, y, top):
    slot = (WIDTH - 2 * SIDE) / len(row.cells)
    width = slot * 0.68
    threshold = min_count()
    parts = []
    for index, cell in enumerate(row.cells):
        x = SIDE + slot * index + (slot - width) / 2
        if cell.suppressed:
            height = BARS_HEIGHT * min(threshold / top, 1)
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="{}" '
                    'stroke-width="1" stroke-dasharray="2 2"/>',
                    _number(x + 0.5),
                    _number(y + BARS_HEIGHT - height + 0.5),
                    _number(width - 1),
                    _number(height - 1),
                    MUTED,
                )  # fmt: skip
            )
        elif cell.value is not None:
            height = max(BARS_HEIGHT * min(cell.value / top, 1), 1 if cell.value else 0)
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>',
                    _number(x),
                    _number(y + BARS_HEIGHT - height),
                    _number(width),
                    _number(height),
                    BAR,
                )  # fmt: skip
            )
    return parts


def _reference_line(row, y, top):
    if row.reference is None:
        return ""
    line_y = y + BARS_HEIGHT - BARS_HEIGHT * min(row.reference / top, 1)
    return format_html(
        '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="1.5" stroke-dasharray="5 3"/>',
        SIDE, WIDTH - SIDE, _number(line_y), _number(line_y), REFERENCE,
    )  # fmt: skip


def _month_labels(months, y):
    slot = (WIDTH - 2 * SIDE) / len(months)
    return format_html_join(
        "",
        '<text x="{}" y="{}" font-size="10" text-anchor="middle" fill="{}">{}</text>',
        (
            (_number(SIDE + slot * (i + 0.5)), _number(y), MUTED, _("%(month)d月") % {"month": month.month})
            for i, month in enumerate(months)
        ),
    )


def render_chart(chart, element_id):
    """The SVG markup of ``chart``; ``element_id`` makes the ids of its title and description unique."""
    shared_top = _shared_count_top(chart)
    row_height = LABEL_HEIGHT + BARS_HEIGHT + AXIS_HEIGHT + ROW_GAP
    height = row_height * len(chart.rows)
    parts = []
    for position, row in enumerate(chart.rows):
        y = position * row_height
        top = _scale_top(chart, row, shared_top)
        bars_y = y + LABEL_HEIGHT
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="13" font-weight="700" fill="{}">{}</text>'
                '<text x="{}" y="{}" font-size="10" text-anchor="end" fill="{}">{}</text>'
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="1"/>',
                SIDE,
                y + 15,
                INK,
                row.label,
                WIDTH - SIDE,
                y + 15,
                MUTED,
                _top_label(chart, row),
                SIDE,
                WIDTH - SIDE,
                bars_y + BARS_HEIGHT + 0.5,
                bars_y + BARS_HEIGHT + 0.5,
                BASELINE,
            )  # fmt: skip
        )
        parts += _bars(chart, row, bars_y, top)
        parts.append(_reference_line(row, bars_y, top))
        parts.append(_month_labels(chart.months, bars_y + BARS_HEIGHT + 12))
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" width="100%" role="img" aria-labelledby="{}-title {}-desc" '
        'xmlns="http://www.w3.org/2000/svg"><title id="{}-title">{}</title>'
        '<desc id="{}-desc">{}</desc>{}</svg>',
        WIDTH, height - ROW_GAP, element_id, element_id, element_id, chart.title, element_id,
        _("柱形图，每行一个类别，每根柱子是一个月；虚线框表示少于 %(n)d。具体数字见下方表格。")
        % {"n": min_count()},
        mark_safe("".join(str(part) for part in parts)),  # noqa: S308 - every part is built by format_html
    )  # fmt: skip
