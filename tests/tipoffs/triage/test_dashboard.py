"""The team's dashboard figures: what needs attention now, counted from the stored SLA columns."""

import datetime
import zoneinfo

import pytest

from tests.factories import make_tipoff
from tipoffs.models import TipOffStatus
from tipoffs.triage.dashboard import dashboard_figures

pytestmark = pytest.mark.django_db

# 15:00 in Beijing: "today" starts at 00:00 local time, nine hours after midnight UTC.
NOW = datetime.datetime(2026, 11, 24, 15, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Shanghai"))


def test_figures_count_today_open_and_overdue_cases_only(frozen_clock):
    clock = frozen_clock(NOW)
    this_morning = make_tipoff(received_at=clock(hours=-14))  # 01:00 today, never acknowledged: overdue
    make_tipoff(received_at=clock(minutes=-10))  # new and within the hour
    make_tipoff(received_at=clock(hours=-16))  # 23:00 yesterday, still new: overdue, not today's
    make_tipoff(
        received_at=clock(days=-30),
        status=TipOffStatus.CLOSED,
        acknowledged_at=clock(days=-30),
        closed_at=clock(days=-29),
    )
    make_tipoff(  # closed, but the reporter asked for feedback and never got it: still overdue
        received_at=clock(days=-10),
        status=TipOffStatus.CLOSED,
        acknowledged_at=clock(days=-10),
        closed_at=clock(days=-9),
        reporter_contact="+8613900000000",
    )
    make_tipoff(
        received_at=clock(days=-3),
        status=TipOffStatus.INVESTIGATING,
        acknowledged_at=clock(days=-3, minutes=30),
    )  # investigation due two days ago
    clock()

    figures = dashboard_figures()

    assert figures["new_today"] == 2
    assert figures["open"] == 4
    assert dict(figures["overdue_by_stage"]) == {"受理": 2, "核查": 1, "反馈": 1}
    assert figures["oldest_unacknowledged"].reference != this_morning.reference  # yesterday's is older


def test_figures_cost_a_fixed_number_of_queries(frozen_clock, django_assert_max_num_queries):
    clock = frozen_clock(NOW)
    for hours in range(1, 30):
        make_tipoff(received_at=clock(hours=-hours))
    clock()
    with django_assert_max_num_queries(5):  # counts, oldest, failed notices, ratings, the task queue
        dashboard_figures()
