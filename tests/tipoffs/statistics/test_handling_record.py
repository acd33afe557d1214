"""Our own handling record: kept and broken promises per stage, medians, breaches; the same rules as the
admin's SLA (tipoffs.triage.sla), duplicates included, feedback only where the reporter left contact
details."""

import datetime
import zoneinfo
from collections import Counter

import pytest

from tests.factories import make_tipoff
from tipoffs.models import TipOff, TipOffOutcome, TipOffStatus
from tipoffs.statistics.handling import (
    BROKEN,
    KEPT,
    NOT_APPLICABLE,
    PENDING,
    annotate_outcomes,
    handling_charts,
    median_durations_chart,
    outcome_field,
)
from tipoffs.statistics.months import last_months
from tipoffs.triage.sla import STAGES, SlaState, sla_for, state_at, stored_sla

pytestmark = pytest.mark.django_db
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
NOW = datetime.datetime(2026, 6, 20, 12, 0, tzinfo=SHANGHAI)
H = datetime.timedelta(hours=1)
CONTACT = "+8613900139000"

# name: (hours since receipt, {done field: hours after receipt}, reporter contact, outcome)
CASES = {
    "new, on time": (0.5, {}, "", ""),
    "new, past the hour": (2, {}, "", ""),
    "never acknowledged, a day and more": (30, {}, CONTACT, ""),
    "acknowledged, investigating": (5, {"acknowledged_at": 0.5}, "", ""),
    "acknowledged exactly at the hour": (3, {"acknowledged_at": 1}, "", ""),
    "late acknowledgement, closed, anonymous": (
        12,
        {"acknowledged_at": 1.25, "closed_at": 10},
        "",
        "confirmed",
    ),
    "investigation overdue": (30, {"acknowledged_at": 0.5}, CONTACT, ""),
    "duplicate closed late, told in time": (
        40,
        {"acknowledged_at": 0.5, "closed_at": 30, "fed_back_at": 31},
        CONTACT,
        TipOffOutcome.DUPLICATE,
    ),
    "feedback overdue": (50, {"acknowledged_at": 0.5, "closed_at": 20}, CONTACT, "unfounded"),
    "feedback not yet due": (30, {"acknowledged_at": 0.5, "closed_at": 20}, CONTACT, "unfounded"),
    "all kept": (60, {"acknowledged_at": 0.25, "closed_at": 6, "fed_back_at": 8}, CONTACT, "confirmed"),
}
COPIES = 5  # so no count the test compares is hidden as "<5"


def make_case(name):
    age, done, contact, outcome = CASES[name]
    received = NOW - age * H
    fields = {field: received + hours * H for field, hours in done.items()}
    status = TipOffStatus.CLOSED if "closed_at" in done else TipOffStatus.NEW
    return make_tipoff(
        contacts=(), received_at=received, reporter_contact=contact, outcome=outcome, status=status, **fields
    )


@pytest.fixture
def cases():
    return {name: [make_case(name) for _ in range(COPIES)] for name in CASES}


def outcomes(tipoff):
    row = annotate_outcomes(TipOff.objects.filter(pk=tipoff.pk), NOW).get()
    return tuple(getattr(row, outcome_field(stage)) for stage in STAGES)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("new, on time", (PENDING, PENDING, NOT_APPLICABLE)),
        ("new, past the hour", (BROKEN, PENDING, NOT_APPLICABLE)),
        ("never acknowledged, a day and more", (BROKEN, BROKEN, PENDING)),
        ("acknowledged exactly at the hour", (BROKEN, PENDING, NOT_APPLICABLE)),
        ("late acknowledgement, closed, anonymous", (BROKEN, KEPT, NOT_APPLICABLE)),
        ("investigation overdue", (KEPT, BROKEN, PENDING)),
        ("duplicate closed late, told in time", (KEPT, BROKEN, KEPT)),
        ("feedback overdue", (KEPT, KEPT, BROKEN)),
        ("feedback not yet due", (KEPT, KEPT, PENDING)),
        ("all kept", (KEPT, KEPT, KEPT)),
    ],
)
def test_each_stage_is_kept_broken_pending_or_not_applicable(name, expected):
    assert outcomes(make_case(name)) == expected


def test_the_record_agrees_with_the_admins_sla_state_for_every_tipoff(cases):
    """Where the admin shows a stage 已超时 the record counts it broken; where the admin shows it running
    (按时 / 即将超时) the record leaves it pending; where the admin shows 已全部完成 nothing is pending."""
    annotated = annotate_outcomes(TipOff.objects.all(), NOW)
    assert annotated.count() == len(CASES) * COPIES
    for tipoff in annotated:
        admin = stored_sla(tipoff, NOW)
        assert admin == sla_for(tipoff, NOW)
        record = {stage.name: getattr(tipoff, outcome_field(stage)) for stage in STAGES}
        if admin.state == SlaState.MET:
            assert PENDING not in record.values(), tipoff.reference
            continue
        expected = BROKEN if admin.state == SlaState.OVERDUE else PENDING
        assert record[admin.stage.name] == expected, (tipoff.reference, admin)
        earlier = STAGES[: STAGES.index(admin.stage)]
        assert all(record[stage.name] != PENDING for stage in earlier)


def python_breaches(tipoff):
    """The admin's rules in Python, stage by stage: done at or after the due time, or overdue now."""
    broken = []
    for stage in STAGES:
        if not stage.applies_to(tipoff):
            continue
        due = tipoff.received_at + stage.limit
        done = getattr(tipoff, stage.done_field)
        late = done >= due if done else state_at(due, due, NOW) == SlaState.OVERDUE
        if late:
            broken.append(stage.name)
    return broken


def test_the_published_breaches_and_shares_match_the_admins_rules(cases):
    expected = Counter(name for tipoff in TipOff.objects.all() for name in python_breaches(tipoff))
    assert expected == {"acknowledge": 4 * COPIES, "investigate": 3 * COPIES, "feedback": COPIES}
    kept, broken = handling_charts(last_months(NOW, 12))
    june = -1
    assert [row.cells[june].text for row in broken.rows] == [str(expected[s.name]) for s in STAGES]
    # Kept of decided (pending cases left out): acknowledged 6 of 10, investigated 4 of 7, fed back 2 of 3.
    assert [row.cells[june].text for row in kept.rows] == ["60%", "57%", "67%"]
    assert kept.rows[0].label == "受理（1 小时内）"


def test_duplicates_count_like_any_other_case():
    for _ in range(COPIES):
        make_case("duplicate closed late, told in time")
    _kept, broken = handling_charts(last_months(NOW, 12))
    assert broken.rows[1].cells[-1].text == str(COPIES)


def test_medians_use_completed_stages_and_need_five_cases(cases):
    chart = median_durations_chart(last_months(NOW, 12))
    acknowledge, investigate, feedback = (row.cells[-1] for row in chart.rows)
    # Acknowledged: 0.5 h ×6 cases, 1 h, 1.25 h, 0.25 h … the median is 30 minutes.
    assert acknowledge.text == "30 分钟"
    assert investigate.text == "20.0 小时"  # closed after 10, 20, 20, 30 and 6 hours
    assert feedback.text == "19.5 小时"  # told after 31 and 8 hours, five of each
    assert [row.reference for row in chart.rows] == [1, 24, 48]
    assert chart.rows[2].reference_label == "承诺 48 小时"


def test_medians_on_fewer_than_five_cases_are_not_shown():
    for _ in range(4):
        make_case("all kept")
    chart = median_durations_chart(last_months(NOW, 12))
    assert [row.cells[-1].text for row in chart.rows] == ["—", "—", "—"]


def test_handling_record_costs_two_queries(cases, django_assert_num_queries):
    window = last_months(NOW, 12)
    with django_assert_num_queries(1):
        handling_charts(window)
    with django_assert_num_queries(1):
        median_durations_chart(window)
