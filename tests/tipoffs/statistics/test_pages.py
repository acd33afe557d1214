"""The public pages /statistics/ and /statistics/handling/: charts, tables, CSV files; cached, recomputed
daily by a task or a command, or on demand after a cache clear; linked from the footer, home and report."""

import csv
import io
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from education.models import ScamCategory
from tests.factories import hours_ago, make_tipoff
from tipoffs.statistics.services import CACHE_KEY, current_snapshot
from tipoffs.statistics.tasks import refresh_statistics

pytestmark = pytest.mark.django_db

# Site settings, the alert index, the site and its home page, the menu: what every public page costs.
PAGE_QUERIES = 6
PUBLIC_SLUGS = ["received-by-category", "received-by-channel", "confirmed-and-appeals", "losses-by-band"]
HANDLING_SLUGS = ["promises-kept", "promises-broken", "median-times"]


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def reports(home):
    category = ScamCategory.objects.get(slug="daili-weiquan")
    return [
        make_tipoff(contacts=(), received_at=hours_ago(3), category=category, contact_channel="wechat",
                    acknowledged_at=hours_ago(2.5))
        for _ in range(6)
    ]  # fmt: skip


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_statistics_page_shows_each_chart_with_its_table_and_csv_link(client, reports):
    page = soup_of(client, reverse("tipoffs_statistics"))
    assert page.h1.get_text() == "举报数据公开"
    sections = page.select("section.stat-chart")
    assert [s.select_one("a.stat-chart__download")["href"] for s in sections] == [
        f"/statistics/{slug}.csv" for slug in PUBLIC_SLUGS
    ]
    for section in sections:
        svg = section.select_one("figure svg[role=img]")
        assert svg is not None and svg.title.get_text() == section.h2.get_text()
        table = section.select_one(".table-scroll[role=region][tabindex='0'] table")
        assert table.caption.get_text().startswith(section.h2.get_text())
        assert len(table.select("tbody tr")) == 12
        assert all(th["scope"] == "row" for th in table.select("tbody th"))
    category_table = sections[0].table
    assert category_table.select("thead th")[1].get_text() == "代理维权"
    assert category_table.select("tbody tr")[-1].select("td")[0].get_text() == "6"
    assert "少于 5 的数字一律显示为“<5”" in page.get_text()


def test_handling_record_page_states_the_promise_and_shows_three_charts(client, reports):
    page = soup_of(client, reverse("tipoffs_handling_record"))
    assert "收到举报后 1 小时内受理，24 小时内完成核查，留了联系方式的 48 小时内反馈结果" in page.get_text()
    assert [s.h2["id"].removesuffix("-heading") for s in page.select("section.stat-chart")] == HANDLING_SLUGS
    kept = page.select("section.stat-chart")[0].table.select("tbody tr")[-1]
    assert [td.get_text() for td in kept.select("td")] == ["100%", "—", "—"]


def test_pages_need_no_javascript_and_load_no_script(client, reports):
    for url in (reverse("tipoffs_statistics"), reverse("tipoffs_handling_record")):
        page = soup_of(client, url)
        assert [s for s in page.select("script") if s.get("type") != "application/ld+json"] == []


def test_csv_is_utf8_with_bom_formula_safe_and_hides_small_counts(client, home):
    ScamCategory.objects.filter(slug="qita").update(name='=HYPERLINK("http://evil")')
    category = ScamCategory.objects.get(slug="qita")
    for _ in range(2):
        make_tipoff(contacts=(), received_at=hours_ago(2), category=category)
    response = client.get("/statistics/received-by-category.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="received-by-category-')
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff月份,")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows[0] == ["月份", '\'=HYPERLINK("http://evil")']
    assert rows[-1] == [f"{timezone.localdate():%Y-%m}", "<5"]
    assert len(rows) == 13


def test_unknown_csv_is_a_404(client, home):
    assert client.get("/statistics/nope.csv").status_code == 404


def test_a_cached_snapshot_is_served_without_touching_the_tipoffs(client, reports):
    client.get(reverse("tipoffs_statistics"))  # computes and caches
    make_tipoff(contacts=(), received_at=hours_ago(1))
    for url in (reverse("tipoffs_statistics"), reverse("tipoffs_handling_record")):
        with CaptureQueriesContext(connection) as queries:
            page = soup_of(client, url)
        assert len(queries) <= PAGE_QUERIES, [q["sql"] for q in queries]
        assert not [q["sql"] for q in queries if "tipoffs_" in q["sql"]]
    assert (
        page.select("section.stat-chart")[0].table.select("tbody tr")[-1].select("td")[0].get_text() == "100%"
    )
    page = soup_of(client, reverse("tipoffs_statistics"))
    assert page.select("section.stat-chart")[0].table.select("tbody tr")[-1].select("td")[0].get_text() == "6"


def test_after_a_cache_clear_the_page_recomputes_with_one_query_per_chart(
    client, reports, django_assert_max_num_queries
):
    url = reverse("tipoffs_statistics")
    client.get(url)
    with CaptureQueriesContext(connection) as from_the_cache:
        client.get(url)
    cache.delete(CACHE_KEY)  # what a cache clear does to the statistics (the rest of the page aside)
    for _ in range(4):
        make_tipoff(contacts=(), received_at=hours_ago(1), category=reports[0].category)
    with django_assert_max_num_queries(len(from_the_cache) + 6):  # six queries for seven charts
        page = soup_of(client, url)
    assert (
        page.select("section.stat-chart")[0].table.select("tbody tr")[-1].select("td")[0].get_text() == "10"
    )


def test_the_daily_task_and_command_replace_the_snapshot(reports):
    first = current_snapshot()
    make_tipoff(contacts=(), received_at=hours_ago(1), category=reports[0].category)
    assert current_snapshot() is not None and cache.get(CACHE_KEY).computed_at == first.computed_at

    refresh_statistics.enqueue()  # run at once by the immediate backend of the tests
    assert cache.get(CACHE_KEY).public[0].rows[0].cells[-1].text == "7"

    make_tipoff(contacts=(), received_at=hours_ago(1), category=reports[0].category)
    out = StringIO()
    call_command("refresh_statistics", stdout=out)
    assert out.getvalue().startswith("统计数据已更新：")
    assert cache.get(CACHE_KEY).public[0].rows[0].cells[-1].text == "8"


def test_the_command_can_hand_the_work_to_the_task_worker(reports, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    out = StringIO()
    call_command("refresh_statistics", "--enqueue", stdout=out)
    assert out.getvalue().startswith("已加入后台任务队列：")
    assert cache.get(CACHE_KEY) is None


def test_footer_home_and_report_page_link_the_statistics(client, home, form_page):
    home.report_page = form_page
    home.save_revision().publish()
    footer = soup_of(client, "/").select_one("footer")
    assert footer.find("a", string="举报数据公开")["href"] == "/statistics/"
    assert footer.find("a", string="我们的处理记录")["href"] == "/statistics/handling/"
    promise = soup_of(client, "/").select_one(".report-callout__promise")
    assert "1 小时受理、24 小时核查、48 小时反馈" in promise.get_text()
    assert promise.a["href"] == "/statistics/handling/"
    report = soup_of(client, form_page.url).select_one(".promise__record")
    assert report.find("a", string="我们做到了吗？看每月的处理记录")["href"] == "/statistics/handling/"
    assert report.find("a", string="举报数据公开")["href"] == "/statistics/"
