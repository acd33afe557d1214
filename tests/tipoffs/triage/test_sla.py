"""SLA deadlines: the Python rules (one tip-off) and the SQL rules (lists, filters) agree everywhere.

Times are built in Asia/Shanghai (the site's zone, UTC+8, no DST) and checked against naive UTC, so a
deadline that crosses midnight locally, or a database that stores UTC, cannot shift it.
"""

import datetime
import zoneinfo

import pytest
from django.utils import timezone

from tests.factories import make_tipoff
from tipoffs.models import SlaStage, TipOff
from tipoffs.triage.sla import SlaState, filter_sla_state, refresh_sla, sla_for, stored_sla

pytestmark = pytest.mark.django_db

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
UTC = datetime.UTC
STATES = [SlaState.ON_TIME, SlaState.DUE_SOON, SlaState.OVERDUE, SlaState.MET]


def shanghai(*args):
    return datetime.datetime(*args, tzinfo=SHANGHAI)


def tipoff_received(at, **fields):
    """A tip-off naming no contact, received ``at``."""
    return make_tipoff(contacts=(), received_at=at, **fields)


def sql_states(tipoff, now):
    queryset = TipOff.objects.filter(pk=tipoff.pk)
    return [state for state in STATES if filter_sla_state(queryset, state, now).exists()]


def assert_python_and_sql_agree(tipoff, now):
    """The columns save() stored (Python rules), then the ones refresh_sla writes (SQL rules): both agree."""
    for write in ("save", "sql"):
        if write == "sql":
            TipOff.objects.filter(pk=tipoff.pk).update(sla_stage="", sla_due_at=None, sla_due_soon_at=None)
            refresh_sla(TipOff.objects.filter(pk=tipoff.pk))
        tipoff.refresh_from_db()  # the database's own precision and zone
        python = sla_for(tipoff, now=now)
        assert sql_states(tipoff, now) == [python.state], f"{write} at {now}: Python says {python.state}"
        stored = stored_sla(tipoff, now=now)
        assert stored.due_at == python.due_at
        assert stored.state == python.state
        assert (stored.stage and stored.stage.name) == (python.stage and python.stage.name)
    return python


def test_late_evening_report_is_due_the_next_day():
    received = shanghai(2026, 11, 24, 23, 30)
    tipoff = tipoff_received(received)
    sla = assert_python_and_sql_agree(tipoff, received)
    assert sla.stage.name == SlaStage.ACKNOWLEDGE
    # 00:30 the next day in Shanghai is 16:30 UTC on the same calendar day.
    assert timezone.make_naive(sla.due_at, UTC) == datetime.datetime(2026, 11, 24, 16, 30)
    assert timezone.localtime(sla.due_at, SHANGHAI).date() == datetime.date(2026, 11, 25)

    tipoff.acknowledged_at = received + datetime.timedelta(minutes=20)
    tipoff.save()
    sla = assert_python_and_sql_agree(tipoff, received + datetime.timedelta(hours=2))
    assert sla.stage.name == SlaStage.INVESTIGATE
    assert timezone.make_naive(sla.due_at, UTC) == datetime.datetime(2026, 11, 25, 15, 30)
    assert timezone.localtime(sla.due_at, SHANGHAI) == shanghai(2026, 11, 25, 23, 30)


@pytest.mark.parametrize(
    "minutes_after, state",
    [
        (0, SlaState.ON_TIME),
        (44.99, SlaState.ON_TIME),
        (45, SlaState.DUE_SOON),  # the last quarter of the hour
        (59.99, SlaState.DUE_SOON),
        (60, SlaState.OVERDUE),  # due means overdue from the due moment on
        (60 * 30, SlaState.OVERDUE),
    ],
)
@pytest.mark.parametrize("microsecond", [0, 250_000])
def test_acknowledge_boundaries_across_midnight(minutes_after, state, microsecond):
    received = shanghai(2026, 11, 24, 23, 30, 0, microsecond)
    tipoff = tipoff_received(received)
    now = received + datetime.timedelta(minutes=minutes_after)
    assert assert_python_and_sql_agree(tipoff, now).state == state


def test_now_in_another_zone_is_the_same_moment():
    received = shanghai(2026, 11, 24, 23, 30)
    tipoff = tipoff_received(received)
    now_utc = datetime.datetime(2026, 11, 24, 16, 20, tzinfo=UTC)  # 00:20 in Shanghai
    assert assert_python_and_sql_agree(tipoff, now_utc).state == SlaState.DUE_SOON
    now_ny = now_utc.astimezone(zoneinfo.ZoneInfo("America/New_York"))
    assert assert_python_and_sql_agree(tipoff, now_ny).state == SlaState.DUE_SOON


@pytest.mark.parametrize(
    "hours_after, state",
    [(17.9, SlaState.ON_TIME), (18, SlaState.DUE_SOON), (23.9, SlaState.DUE_SOON), (24, SlaState.OVERDUE)],
)
def test_investigation_boundaries(hours_after, state):
    received = shanghai(2026, 11, 24, 22, 0)
    tipoff = tipoff_received(received, acknowledged_at=received + datetime.timedelta(minutes=10))
    sla = assert_python_and_sql_agree(tipoff, received + datetime.timedelta(hours=hours_after))
    assert sla.stage.name == SlaStage.INVESTIGATE
    assert sla.state == state


def test_feedback_stage_only_when_the_reporter_left_a_contact():
    received = shanghai(2026, 11, 24, 9, 0)
    done = {
        "acknowledged_at": received + datetime.timedelta(minutes=30),
        "investigated_at": received + datetime.timedelta(hours=1),
        "closed_at": received + datetime.timedelta(hours=20),
        "status": "closed",
        "outcome": "confirmed",
    }
    anonymous = tipoff_received(received, **done)
    with_contact = tipoff_received(received, reporter_contact="+8617000000000", **done)
    now = received + datetime.timedelta(hours=40)

    assert assert_python_and_sql_agree(anonymous, now).state == SlaState.MET
    sla = assert_python_and_sql_agree(with_contact, now)
    assert sla.stage.name == SlaStage.FEEDBACK
    assert sla.state == SlaState.DUE_SOON  # 36 of 48 hours gone
    assert sla.due_at == received + datetime.timedelta(hours=48)
    assert assert_python_and_sql_agree(with_contact, received + datetime.timedelta(hours=48)).state == (
        SlaState.OVERDUE
    )

    with_contact.fed_back_at = received + datetime.timedelta(hours=41)
    with_contact.save()
    sla = assert_python_and_sql_agree(with_contact, now)
    assert sla.state == SlaState.MET and sla.due_at is None and not sla.is_open


def test_an_open_earlier_stage_comes_first():
    """A tip-off closed without being acknowledged still owes the acknowledgement."""
    received = shanghai(2026, 11, 24, 9, 0)
    tipoff = tipoff_received(
        received, closed_at=received + datetime.timedelta(hours=2), reporter_contact="x@example.com"
    )
    sla = assert_python_and_sql_agree(tipoff, received + datetime.timedelta(hours=3))
    assert sla.stage.name == SlaStage.ACKNOWLEDGE and sla.state == SlaState.OVERDUE


def test_met_when_all_done_even_long_after():
    received = shanghai(2026, 1, 1, 0, 0)
    tipoff = tipoff_received(
        received,
        reporter_contact="+8617000000001",
        acknowledged_at=received + datetime.timedelta(minutes=5),
        closed_at=received + datetime.timedelta(hours=3),
        fed_back_at=received + datetime.timedelta(hours=5),
    )
    sla = assert_python_and_sql_agree(tipoff, shanghai(2026, 11, 25, 12, 0))
    assert sla.state == SlaState.MET and sla.remaining is None


def test_stored_deadlines_follow_every_change_the_team_makes():
    from tests.factories import make_user
    from tipoffs.triage import services

    member = make_user("team")
    received = timezone.now() - datetime.timedelta(minutes=10)
    tipoff = tipoff_received(received, reporter_contact="+8617000000002")
    assert (tipoff.sla_stage, tipoff.sla_due_at) == (
        SlaStage.ACKNOWLEDGE,
        received + datetime.timedelta(hours=1),
    )
    steps = [
        ("acknowledged", "", SlaStage.INVESTIGATE),
        ("investigating", "", SlaStage.INVESTIGATE),
        ("closed", "confirmed", SlaStage.FEEDBACK),
    ]
    for status, outcome, stage in steps:
        tipoff = services.transition(tipoff, status, member, tipoff.version, outcome)
        stored = TipOff.objects.values_list("sla_stage", flat=True).get(pk=tipoff.pk)
        assert stored == stage, status
    services.record_feedback(tipoff, member, tipoff.version)
    assert TipOff.objects.values_list("sla_stage", "sla_due_at").get(pk=tipoff.pk) == ("", None)
