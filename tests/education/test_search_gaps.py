"""Searches that found nothing: counted in the cache with every search, written by the same flush beside
Wagtail's popular-search rows, and listed for editors in 报告 → 无结果的搜索 (last 30 days)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from education.models import NoResultDailyHits
from education.search import gaps, hits
from tests.factories import make_user

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/search-gaps/"


def today():
    return hits._today()


def misses():
    return sorted(NoResultDailyHits.objects.values_list("query__query_string", "date", "hits"))


def test_a_search_without_results_is_a_miss_written_at_the_flush_only(client, make_guide):
    make_guide(category=None, title="征信修复都是骗局")
    with CaptureQueriesContext(connection) as queries:
        for _ in range(3):
            client.get("/search/", {"q": "以房养老"})  # nothing about it
        client.get("/search/", {"q": "征信修复"})  # found
        client.get("/search/", {"q": "以房养老", "page": 2})  # paging is not a new search
    writes = [q["sql"] for q in queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []
    assert hits.pending_misses(today()) == {"以房养老": 3}

    assert hits.flush() == {(today(), "以房养老"): 3, (today(), "征信修复"): 1}
    assert misses() == [("以房养老", today(), 3)]
    # The same Query row as Wagtail's popular searches: extended, not duplicated.
    assert NoResultDailyHits.objects.get().query == Query.objects.get(query_string="以房养老")
    assert QueryDailyHits.objects.get(query__query_string="以房养老").hits == 3
    assert hits.flush() == {}
    assert misses() == [("以房养老", today(), 3)]


def test_a_promoted_result_is_not_a_gap(client, home):
    SearchPromotion.objects.create(
        query=Query.get("养老金"), external_link_url="https://example.com/", external_link_text="官方说明"
    )
    client.get("/search/", {"q": "养老金"})
    hits.flush()
    assert misses() == []


def test_cached_result_pages_count_misses_too(client, page_cache, home):
    for _ in range(3):
        response = client.get("/search/", {"q": "养老金"})
    assert response["X-Page-Cache"] == "hit"
    hits.flush()
    assert misses() == [("养老金", today(), 3)]


def test_counts_add_up_over_flushes_and_keep_their_day(monkeypatch):
    yesterday = today() - datetime.timedelta(days=1)
    monkeypatch.setattr(hits, "_today", lambda: yesterday)
    hits.count_hit("养老金", found=False)
    monkeypatch.undo()
    hits.count_hit("养老金", found=False)
    hits.flush()
    hits.count_hit("养老金", found=False)
    hits.count_hit("养老金")  # found something after all (a guide was published)
    hits.flush()
    assert misses() == [("养老金", yesterday, 1), ("养老金", today(), 2)]


def test_a_failed_write_gives_the_misses_back(monkeypatch):
    hits.count_hit("养老金", found=False)

    write = hits._add_daily_hits

    def broken(model, counts):
        if model is NoResultDailyHits:  # after the hits were written
            raise RuntimeError("database unavailable")
        write(model, counts)

    monkeypatch.setattr(hits, "_add_daily_hits", broken)
    with pytest.raises(RuntimeError):
        hits.flush()
    assert not QueryDailyHits.objects.exists(), "the hits roll back with the misses"
    monkeypatch.undo()
    assert hits.pending_counts(today()) == {"养老金": (1, 1)}
    hits.flush()
    assert misses() == [("养老金", today(), 1)]


def _gap(query_string, day, count):
    NoResultDailyHits.objects.create(query=Query.get(query_string), date=day, hits=count)


def test_the_report_covers_the_last_30_days_most_frequent_first():
    day = today()
    _gap("养老金", day, 2)
    _gap("养老金", day - datetime.timedelta(days=29), 5)
    _gap("以房养老", day - datetime.timedelta(days=3), 4)
    _gap("老年大学", day - datetime.timedelta(days=30), 50)  # too old
    assert [(q.query_string, q._misses, q._last) for q in gaps.recent()] == [
        ("养老金", 7, day),
        ("以房养老", 4, day - datetime.timedelta(days=3)),
    ]


def test_editors_read_the_report_with_numbers_masked(client, django_assert_max_num_queries):
    _gap("以房养老", today(), 4)
    _gap("养老金", today() - datetime.timedelta(days=1), 7)
    _gap("13800138000", today(), 2)
    _gap("老年大学", today() - datetime.timedelta(days=40), 50)
    client.force_login(make_user("editor"))
    with django_assert_max_num_queries(20):
        response = client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "无结果的搜索" in html and "近 30 天" in html
    assert html.index("养老金") < html.index("以房养老")
    assert "老年大学" not in html
    assert "13800138000" not in html
    assert "以房养老" not in client.get(REPORT_URL, {"q": "养老金"}).content.decode()

    response = client.get(REPORT_URL, {"export": "csv"})
    content = b"".join(response.streaming_content).decode()
    assert content.startswith("\ufeff") and "养老金,7," in content
    assert "13800138000" not in content


def test_the_report_is_for_its_permission_only(client, admin_only_user):
    client.force_login(admin_only_user)
    assert client.get(REPORT_URL).status_code == 302
