"""Publishing rules for a cell ("<5", shares, durations), the CSV layout, and the SVG drawing."""

import datetime
from xml.etree import ElementTree

import pytest

from tipoffs.statistics.charts import (
    COUNT,
    HOURS,
    PERCENT,
    Cell,
    Chart,
    Row,
    count_cell,
    csv_rows,
    duration_cell,
    share_cell,
)
from tipoffs.statistics.svg import render_chart

SVG = "{http://www.w3.org/2000/svg}"
MONTHS = (datetime.date(2026, 5, 1), datetime.date(2026, 6, 1))


@pytest.mark.parametrize(("count", "text"), [(0, "<5"), (1, "<5"), (4, "<5"), (5, "5"), (123, "123")])
def test_counts_below_five_are_hidden(count, text):
    cell = count_cell(count)
    assert cell.text == text
    assert (cell.value is None) == (count < 5) == cell.suppressed


def test_the_threshold_is_a_setting(settings):
    settings.TIPOFF_STATISTICS = {"months": 12, "min_count": 10}
    assert count_cell(9).text == "<10" and count_cell(10).text == "10"


def test_shares_need_five_decided_cases():
    assert share_cell(3, 4) == Cell(value=None, text="—")
    assert share_cell(4, 5).text == "80%"
    assert share_cell(0, 7).value == 0


def test_durations_read_in_minutes_under_an_hour_and_need_five_cases():
    assert duration_cell(0.5, 5).text == "30 分钟"
    assert duration_cell(26.25, 9).text == "26.2 小时"
    assert duration_cell(2.0, 4).text == "—"


def chart(scale=COUNT, rows=None):
    rows = rows or (
        Row(label="代理维权", cells=(count_cell(12), count_cell(3))),
        Row(label="<script>alert(1)</script>", cells=(count_cell(2), count_cell(0))),
    )
    return Chart("demo", "每月收到的举报", "说明", "骗局类型", scale, MONTHS, rows)


def test_csv_has_one_row_per_month_and_one_column_per_series():
    assert list(csv_rows(chart())) == [
        ["月份", "代理维权", "<script>alert(1)</script>"],
        ["2026-05", "12", "<5"],
        ["2026-06", "<5", "<5"],
    ]


def parse(markup):
    return ElementTree.fromstring(str(markup))


def test_svg_is_well_formed_labelled_and_escapes_labels():
    markup = render_chart(chart(), "c1")
    svg = parse(markup)
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "c1-title c1-desc"
    assert svg.find(f"{SVG}title").text == "每月收到的举报"
    assert "<script>" not in markup and "&lt;script&gt;" in markup
    assert not [el for el in svg.iter() if "style" in el.attrib], "the CSP allows no style attributes"


def test_svg_draws_hidden_counts_as_dashed_outlines_and_never_their_value():
    svg = parse(render_chart(chart(), "c1"))
    rects = svg.findall(f"{SVG}rect")
    solid = [r for r in rects if r.get("fill") != "none"]
    dashed = [r for r in rects if r.get("stroke-dasharray")]
    assert len(solid) == 1 and len(dashed) == 3
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert "最高 12" in labels
    assert "每月都少于 5" in labels, "a row with only hidden counts shows no maximum"
    assert not any(label in {"最高 2", "最高 3", "最高 0"} for label in labels)
    heights = {float(r.get("height")) for r in dashed}
    assert len(heights) == 1, "every hidden count is drawn the same, whatever it was"


def test_percent_rows_use_a_fixed_scale_and_hours_rows_draw_the_promise():
    share = chart(PERCENT, (Row("受理", (share_cell(9, 10), share_cell(1, 2))),))
    svg = parse(render_chart(share, "s"))
    assert "100%" in [t.text for t in svg.iter(f"{SVG}text")]
    (bar,) = svg.findall(f"{SVG}rect")
    assert float(bar.get("height")) == pytest.approx(56 * 0.9, abs=0.1)

    hours = chart(HOURS, (Row("核查", (duration_cell(10, 6), duration_cell(30, 6)), 24.0, "承诺 24 小时"),))
    svg = parse(render_chart(hours, "h"))
    (line,) = [line for line in svg.findall(f"{SVG}line") if line.get("stroke-dasharray")]
    assert "承诺 24 小时" in [t.text for t in svg.iter(f"{SVG}text")]
    tallest = max(float(r.get("height")) for r in svg.findall(f"{SVG}rect"))
    assert float(line.get("y1")) > 22 + 56 - tallest, "the 30 h bar reaches above the 24 h promise"
