"""Searches are counted in the cache and written to the popular-search report by a flush."""

import datetime
import io
import threading

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from education.search import hits

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def daily_hits():
    return sorted(QueryDailyHits.objects.values_list("query__query_string", "date", "hits"))


def today():
    return hits._today()


def test_searches_write_nothing_until_the_flush_then_exact_daily_counts(client, settings, make_guide):
    make_guide(category=None, title="征信修复都是骗局")
    settings.TASKS = DATABASE_TASKS  # as in production: any enqueued task would be a row
    with CaptureQueriesContext(connection) as queries:
        for _ in range(5):
            client.get("/search/", {"q": "征信修复"})
        for query in ["代理維權", "代理维权", " 代理维权 "]:
            client.get("/search/", {"q": query})
        client.get("/search/", {"q": "征信修复", "page": 2})  # paging and filtering are not new searches
        client.get("/search/", {"q": "征信修复", "type": "guide"})
    writes = [q["sql"] for q in queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []
    assert not Query.objects.exists() and not QueryDailyHits.objects.exists()
    assert not DBTaskResult.objects.exists()

    assert hits.flush() == {(today(), "征信修复"): 5, (today(), "代理维权"): 3}
    assert daily_hits() == [("代理维权", today(), 3), ("征信修复", today(), 5)]
    assert [(q.query_string, q._hits) for q in Query.get_most_popular()] == [("征信修复", 5), ("代理维权", 3)]


def test_hits_after_a_flush_wait_for_the_next_one_and_add_up(client):
    for _ in range(2):
        hits.count_hit("征信修复")
    hits.flush()
    assert hits.flush() == {}  # nothing new
    for _ in range(3):
        hits.count_hit("征信修复")
    hits.count_hit("冒充客服")
    assert daily_hits() == [("征信修复", today(), 2)]
    hits.flush()
    assert daily_hits() == [("冒充客服", today(), 1), ("征信修复", today(), 5)]


def test_hits_keep_the_day_they_happened_on(monkeypatch):
    yesterday = today() - datetime.timedelta(days=1)
    monkeypatch.setattr(hits, "_today", lambda: yesterday)
    hits.count_hit("征信修复")
    monkeypatch.undo()
    hits.count_hit("征信修复")
    hits.count_hit("征信修复")
    hits.flush()
    assert daily_hits() == [("征信修复", yesterday, 1), ("征信修复", today(), 2)]


def test_one_flush_at_a_time():
    hits.count_hit("征信修复")
    cache.add(hits.LOCK_KEY, 1)  # another server is flushing
    assert hits.flush() is None
    assert not QueryDailyHits.objects.exists()
    cache.delete(hits.LOCK_KEY)
    assert hits.flush() == {(today(), "征信修复"): 1}


def test_a_failed_write_gives_the_counts_back(monkeypatch):
    hits.count_hit("征信修复")

    write = hits._add_daily_hits

    def broken_write(model, counts):
        if model is QueryDailyHits:
            raise RuntimeError("database unavailable")
        write(model, counts)

    monkeypatch.setattr(hits, "_add_daily_hits", broken_write)
    with pytest.raises(RuntimeError):
        hits.flush()
    monkeypatch.undo()
    assert hits.pending_hits(today()) == {"征信修复": 1}
    hits.flush()
    assert daily_hits() == [("征信修复", today(), 1)]


def test_command_and_task(settings):
    out = io.StringIO()
    call_command("flush_search_hits", stdout=out)
    assert "没有新的搜索需要写入" in out.getvalue()
    hits.count_hit("征信修复")
    hits.count_hit("代理维权")
    call_command("flush_search_hits", stdout=out)
    assert "已写入 2 个搜索词，共 2 次搜索" in out.getvalue()

    settings.TASKS = DATABASE_TASKS
    hits.count_hit("征信修复")
    call_command("flush_search_hits", "--enqueue", stdout=out)
    assert DBTaskResult.objects.count() == 1
    assert daily_hits() == [("代理维权", today(), 1), ("征信修复", today(), 1)]  # not yet: the worker runs it


def test_a_task_queued_before_the_upgrade_is_still_counted():
    from education.search.tasks import record_search_query

    record_search_query.call("征信修复")
    assert hits.pending_hits(today()) == {"征信修复": 1}


def test_app_servers_sharing_redis_lose_no_hit(shared_redis):
    """Eight threads, each with its own Redis connection (as separate app servers have), count
    while flushes run; the report ends up with every hit exactly once."""
    servers, searches = 8, 60
    queries = ["征信修复", "代理维权", "冒充客服"]
    start = threading.Barrier(servers)

    def server():
        start.wait()
        for n in range(searches):
            hits.count_hit(queries[n % len(queries)])

    threads = [threading.Thread(target=server) for _ in range(servers)]
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        hits.flush()
    for thread in threads:
        thread.join()
    hits.flush()
    assert daily_hits() == [(query, today(), servers * searches // len(queries)) for query in sorted(queries)]
