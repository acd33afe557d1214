"""A year of invented, closed tip-offs behind the demo, so the statistics pages show realistic charts."""

import datetime
import io
import zoneinfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from tipoffs.demo.history import RECENT_DAYS, ensure_demo_history
from tipoffs.models import AppealStatus, ContactAppeal, ContactStatus, SuspectContact, TipOff, TipOffOutcome
from tipoffs.statistics.services import compute_snapshot

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 25, 10, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def history(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    return ensure_demo_history()


def test_a_year_of_closed_cases_in_a_few_queries_and_only_once(
    settings, monkeypatch, django_assert_max_num_queries
):
    settings.DEBUG = True
    with django_assert_max_num_queries(60):  # bulk inserts, not one query per case
        created = ensure_demo_history(now=NOW)
    assert 900 <= created["历史举报线索（统计用）"] <= 1400
    assert ensure_demo_history(now=NOW) == {}
    tipoffs = TipOff.objects.all()
    assert tipoffs.count() == created["历史举报线索（统计用）"]
    assert all(t.closed_at and t.outcome for t in tipoffs)
    oldest, newest = min(t.received_at for t in tipoffs), max(t.received_at for t in tipoffs)
    assert NOW - oldest <= datetime.timedelta(days=366)
    assert NOW - newest >= datetime.timedelta(days=RECENT_DAYS - 1), "the live demo owns the last days"
    for t in tipoffs:
        assert t.received_at < t.acknowledged_at <= t.investigated_at <= t.closed_at
        assert (t.fed_back_at is None) or (t.reporter_contact and t.fed_back_at >= t.closed_at)
    for contact in SuspectContact.objects.all():
        assert contact.report_count == contact.tipoff_links.count()


def test_the_charts_it_gives_are_mostly_numbers_with_some_breaches_and_appeals(history):
    snapshot = compute_snapshot(NOW)
    by_category = snapshot.chart("received-by-category")
    past = [row.cells[:-1] for row in by_category.rows[:6]]  # six named categories, complete months
    shown = sum(not cell.suppressed for cells in past for cell in cells)
    assert shown >= 0.85 * sum(len(cells) for cells in past)
    broken = snapshot.chart("promises-broken")
    assert any(cell.value for row in broken.rows for cell in row.cells), "some promises were broken"
    kept = snapshot.chart("promises-kept")
    assert all(
        70 <= cell.value <= 100 for row in kept.rows for cell in row.cells[:-1] if cell.value is not None
    )
    assert TipOff.objects.filter(outcome=TipOffOutcome.DUPLICATE).count() > 50
    assert ContactAppeal.objects.filter(status=AppealStatus.UPHELD).count() >= 20
    assert SuspectContact.objects.filter(status=ContactStatus.CONFIRMED).count() >= 60


def test_the_command_adds_history_on_request(history):
    out = io.StringIO()
    call_command("demo_tipoffs", "--history", stdout=out)
    assert "举报线索 41" in out.getvalue() and "历史举报线索" not in out.getvalue()
