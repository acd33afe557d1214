"""The public statistics from the database: per month, per category and channel, verdicts, loss bands; one
query per chart; the last 12 months in Beijing time."""

import datetime
import zoneinfo
from decimal import Decimal

import pytest

from education.models import ScamCategory
from tests.factories import make_contact, make_tipoff
from tipoffs.models import AppealStatus, ContactAppeal, ContactStatus
from tipoffs.statistics.months import last_months
from tipoffs.statistics.queries import (
    PUBLIC_CHARTS,
    confirmed_and_appeals,
    losses_by_band,
    received_by_category,
    received_by_channel,
)

pytestmark = pytest.mark.django_db
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
NOW = datetime.datetime(2026, 6, 15, 12, 0, tzinfo=SHANGHAI)


def at(month, day=10, hour=12, year=2026):
    return datetime.datetime(year, month, day, hour, 0, tzinfo=SHANGHAI)


def tipoffs(n, received_at, **fields):
    return [make_tipoff(contacts=(), received_at=received_at, **fields) for _ in range(n)]


def texts(chart, label):
    row = next(row for row in chart.rows if row.label == label)
    return dict(zip((f"{m:%Y-%m}" for m in chart.months), (cell.text for cell in row.cells), strict=True))


@pytest.fixture
def window():
    return last_months(NOW, 12)


def test_window_is_the_current_month_and_the_eleven_before_in_beijing_time(window):
    assert window.months[0] == datetime.date(2025, 7, 1) and window.months[-1] == datetime.date(2026, 6, 1)
    assert len(window.months) == 12
    assert window.start == datetime.datetime(2025, 7, 1, tzinfo=SHANGHAI)


def test_tipoffs_by_category_per_month_with_small_counts_hidden(window):
    paid_agents = ScamCategory.objects.get(slug="daili-weiquan")
    fake_service = ScamCategory.objects.get(slug="maochong-kefu")
    tipoffs(6, at(5), category=paid_agents)
    tipoffs(3, at(5), category=fake_service)
    tipoffs(7, at(6, day=1, hour=0), category=fake_service)  # just after midnight, Beijing time
    tipoffs(5, at(6), category=None)
    tipoffs(9, at(6, year=2025), category=paid_agents)  # June 2025: a year ago, outside the window
    tipoffs(9, NOW + datetime.timedelta(hours=1), category=paid_agents)  # later than the snapshot

    chart = received_by_category(window)
    assert [row.label for row in chart.rows] == [paid_agents.name, fake_service.name, "未选择分类"]
    assert texts(chart, paid_agents.name)["2026-05"] == "6"
    assert texts(chart, paid_agents.name)["2026-06"] == "<5", "outside the window and the future are left out"
    assert texts(chart, fake_service.name)["2026-05"] == "<5"
    assert texts(chart, fake_service.name)["2026-06"] == "7"
    assert texts(chart, "未选择分类")["2026-06"] == "5"
    assert texts(chart, paid_agents.name)["2025-07"] == "<5"


def test_tipoffs_by_contact_channel(window):
    tipoffs(5, at(3), contact_channel="sms")
    tipoffs(2, at(3), contact_channel="wechat")
    tipoffs(5, at(4), contact_channel="")
    chart = received_by_channel(window)
    assert texts(chart, "短信")["2026-03"] == "5"
    assert texts(chart, "微信")["2026-03"] == "<5"
    assert texts(chart, "未填写")["2026-04"] == "5"
    assert [row.label for row in chart.rows][:3] == ["电话", "短信", "微信"], "every channel, in form order"


def test_confirmed_contacts_and_upheld_appeals(window):
    for n in range(6):
        make_contact(raw=f"1380013800{n}", status=ContactStatus.CONFIRMED, status_changed_at=at(2))
    make_contact(raw="13900139000", status=ContactStatus.CLEARED, status_changed_at=at(2))
    make_contact(raw="13900139001", status=ContactStatus.PENDING, status_changed_at=at(2))
    cleared = make_contact(raw="13900139002", status=ContactStatus.CLEARED, status_changed_at=at(3))
    for n in range(5):
        ContactAppeal.objects.create(
            contact=cleared,
            reason="r",
            appellant_contact="x",
            status=AppealStatus.UPHELD,
            handled_at=at(3, day=n + 1),
        )
    ContactAppeal.objects.create(
        contact=cleared, reason="r", appellant_contact="x", status=AppealStatus.REJECTED, handled_at=at(3)
    )
    chart = confirmed_and_appeals(window)
    assert texts(chart, "确认为黑灰产的联系人")["2026-02"] == "6"
    assert texts(chart, "误判申诉成立")["2026-03"] == "5"
    assert texts(chart, "误判申诉成立")["2026-02"] == "<5"


def test_losses_in_bands_with_their_edges(window):
    for amount in ["999.99", "0.01", "12", "300", "999"]:
        make_tipoff(contacts=(), received_at=at(1), amount_lost=Decimal(amount))
    for amount in ["1000", "1000", "4999.99", "2500", "3000"]:
        make_tipoff(contacts=(), received_at=at(1), amount_lost=Decimal(amount))
    for _ in range(5):
        make_tipoff(contacts=(), received_at=at(1), amount_lost=Decimal("100000"))
    tipoffs(6, at(1), amount_lost=None)
    tipoffs(6, at(1), amount_lost=Decimal(0))
    chart = losses_by_band(window)
    month = {row.label: texts(chart, row.label)["2026-01"] for row in chart.rows}
    assert month == {
        "1 千元以下": "5",
        "1 千至 5 千元": "5",
        "5 千至 2 万元": "<5",
        "2 万至 10 万元": "<5",
        "10 万元及以上": "5",
    }


@pytest.mark.parametrize("chart_function", PUBLIC_CHARTS)
def test_each_chart_is_one_query(window, chart_function, django_assert_num_queries):
    tipoffs(5, at(5), category=ScamCategory.objects.first(), amount_lost=Decimal(50), contact_channel="sms")
    make_contact(status=ContactStatus.CONFIRMED, status_changed_at=at(5))
    with django_assert_num_queries(1):
        chart_function(window)
