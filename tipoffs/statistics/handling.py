"""Our own handling record: per month of receipt, how often each promise was kept, how long each stage
took (median), and how many times a promise was broken.

The rules are the admin's (``tipoffs.triage.sla.STAGES``): the same stages, limits, done fields, the same
"feedback only when the reporter left contact details", and the same moment a stage becomes overdue
(``now >= received_at + limit``). Every tip-off counts, whatever its outcome (duplicates included). Per
stage a tip-off is:

- kept: done before it fell due;
- broken: done at or after it fell due, or still not done although due (the admin shows it 已超时);
- pending: not done and not yet due (left out of the shares: its result is not known yet);
- not applicable: feedback to a reporter who left no contact details.
"""

import statistics as pystatistics
from collections import defaultdict

from django.db.models import Case, CharField, Count, DurationField, ExpressionWrapper, F, Q, Value, When
from django.utils.translation import gettext as _

from tipoffs.models import TipOff
from tipoffs.triage.sla import STAGES

from .charts import COUNT, HOURS, PERCENT, Chart, Row, count_cell, duration_cell, min_count, share_cell

KEPT = "kept"
BROKEN = "broken"
PENDING = "pending"
NOT_APPLICABLE = "n/a"


def outcome_field(stage):
    return f"{stage.name}_outcome"


def stage_outcome(stage, now):
    """SQL: KEPT, BROKEN, PENDING or NOT_APPLICABLE for ``stage`` of each tip-off at ``now``."""
    whens = []
    applies = stage.applies_condition()
    if applies:
        whens.append(When(~applies, then=Value(NOT_APPLICABLE)))
    whens += [
        When(Q(**{f"{stage.done_field}__lt": stage.due_at()}), then=Value(KEPT)),
        When(Q(**{f"{stage.done_field}__isnull": False}), then=Value(BROKEN)),
        When(Q(received_at__lte=now - stage.limit), then=Value(BROKEN)),
    ]
    return Case(*whens, default=Value(PENDING), output_field=CharField())


def annotate_outcomes(queryset, now):
    """Adds ``<stage>_outcome`` for every stage (see ``stage_outcome``)."""
    return queryset.annotate(**{outcome_field(stage): stage_outcome(stage, now) for stage in STAGES})


def stage_duration(stage):
    """SQL: how long the stage took, for a done stage that applies; null otherwise."""
    took = ExpressionWrapper(F(stage.done_field) - F("received_at"), output_field=DurationField())
    condition = Q(**{f"{stage.done_field}__isnull": False}) & stage.applies_condition()
    return Case(When(condition, then=took), default=None, output_field=DurationField())


def _limit_hours(stage):
    return stage.limit.total_seconds() / 3600


def _stage_label(stage):
    return str(stage.label)


def outcome_counts(window):
    """``{(stage name, month index): {"kept": n, "broken": n}}`` from one grouped query."""
    aggregates = {}
    for stage in STAGES:
        for outcome in (KEPT, BROKEN):
            aggregates[f"{stage.name}_{outcome}"] = Count("pk", filter=Q(**{outcome_field(stage): outcome}))
    rows = (
        annotate_outcomes(TipOff.objects.filter(**window.between("received_at")), window.end)
        .annotate(month=window.trunc("received_at"))
        .values("month")
        .annotate(**aggregates)
        .order_by()
    )
    counts = defaultdict(lambda: {KEPT: 0, BROKEN: 0})
    for row in rows:
        index = window.index(row["month"])
        if index is None:
            continue
        for stage in STAGES:
            for outcome in (KEPT, BROKEN):
                counts[stage.name, index][outcome] += row[f"{stage.name}_{outcome}"]
    return counts


def handling_charts(window):
    """The share kept and the breaches per stage: two charts from one aggregate query."""
    counts = outcome_counts(window)
    months = range(len(window.months))
    shares, breaches = [], []
    for stage in STAGES:
        limit = _limit_hours(stage)
        cells = [counts[stage.name, i] for i in months]
        shares.append(
            Row(
                label=_("%(stage)s（%(hours)g 小时内）") % {"stage": _stage_label(stage), "hours": limit},
                cells=tuple(share_cell(c[KEPT], c[KEPT] + c[BROKEN]) for c in cells),
            )
        )
        breaches.append(Row(label=_stage_label(stage), cells=tuple(count_cell(c[BROKEN]) for c in cells)))
    notes = (
        _("按收到举报的月份统计，所有举报都计入，包括办结为“重复举报”的。"),
        _("反馈只统计留了联系方式的举报。尚未到期、也还没完成的环节不计入比例。"),
    )
    return (
        Chart(
            slug="promises-kept",
            title=_("按时完成的比例"),
            description=_("每个环节在承诺时间内完成的举报占比；不到 %(n)d 件的月份不计算比例。")
            % {"n": min_count()},
            row_heading=_("环节"),
            scale=PERCENT,
            months=window.months,
            rows=tuple(shares),
            notes=notes,
        ),
        Chart(
            slug="promises-broken",
            title=_("超时的次数"),
            description=_("在承诺时间之后才完成，或到期仍未完成的次数。"),
            row_heading=_("环节"),
            scale=COUNT,
            months=window.months,
            rows=tuple(breaches),
        ),
    )


def median_durations_chart(window):
    """Median time each stage took, per month: one query for the durations, medians taken here (SQLite has
    no percentile function)."""
    rows = (
        TipOff.objects.filter(**window.between("received_at"))
        .annotate(month=window.trunc("received_at"), **{s.name: stage_duration(s) for s in STAGES})
        .values_list("month", *(s.name for s in STAGES))
    )
    durations = defaultdict(list)
    for month, *took in rows:
        index = window.index(month)
        for stage, value in zip(STAGES, took, strict=True):
            if index is not None and value is not None:
                durations[stage.name, index].append(value.total_seconds() / 3600)
    chart_rows = []
    for stage in STAGES:
        cells = []
        for index in range(len(window.months)):
            values = durations[stage.name, index]
            cells.append(duration_cell(pystatistics.median(values) if values else None, len(values)))
        chart_rows.append(
            Row(
                label=_stage_label(stage),
                cells=tuple(cells),
                reference=_limit_hours(stage),
                reference_label=_("承诺 %(hours)g 小时") % {"hours": _limit_hours(stage)},
            )
        )
    return Chart(
        slug="median-times",
        title=_("每个环节用时的中位数"),
        description=_("从收到举报算起；只计算已完成的环节，不到 %(n)d 件的月份不计算。虚线是承诺的时限。")
        % {"n": min_count()},
        row_heading=_("环节"),
        scale=HOURS,
        months=window.months,
        rows=tuple(chart_rows),
    )
