"""Counting searches for editors' popular-search report without a database write per search.

A search adds one to a counter in Django's cache (Redis in production: ``INCR`` is atomic, so app
servers sharing it never lose a hit); ``flush_search_hits`` (cron, or the task worker) moves the
counts into Wagtail's ``Query`` / ``QueryDailyHits`` rows, so 报表 → 搜索词 is right to within the
flush interval. A search that found nothing is also counted as a *miss*, written by the same flush
to ``education.NoResultDailyHits`` (per Wagtail ``Query`` and day) for 报告 → 无结果的搜索.

Cache keys, per day (the date Wagtail's ``Query.add_hit`` would use):

- ``<day>:c:<digest>``: hits of one query string not yet flushed;
- ``<day>:z:<digest>``: of those, the searches that found nothing;
- ``<day>:n`` and ``<day>:q:<i>``: the distinct query strings of the day, numbered as they first
  appear, so a flush can find every counter (a cache cannot list its keys).

A flush claims a count by decrementing it by what it read, so hits arriving meanwhile stay for the
next flush; one flush runs at a time (a lock in the cache). If writing the rows fails the counts
are given back. A process killed between claiming and writing loses that flush's hits: the report
may undercount, never overcount.
"""

import datetime
import hashlib

from django.core.cache import cache
from django.db import models, transaction
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from education.models import NoResultDailyHits

KEY_PREFIX = "education:search-hits:"
#: Counters outlive a day long enough for a late flush; a flush looks this many days back.
DAYS_KEPT = 3
TIMEOUT = DAYS_KEPT * 24 * 60 * 60
LOCK_KEY = KEY_PREFIX + "flush-lock"
LOCK_TIMEOUT = 10 * 60
BATCH = 500


def _today():
    return timezone.now().date()


def _day_key(day, suffix):
    return f"{KEY_PREFIX}{day.isoformat()}:{suffix}"


def _digest(query_string):
    return hashlib.sha256(query_string.encode()).hexdigest()[:32]


def _count_key(day, query_string):
    return _day_key(day, f"c:{_digest(query_string)}")


def _miss_key(day, query_string):
    return _day_key(day, f"z:{_digest(query_string)}")


def _increment(key, delta=1):
    """Add ``delta`` to the counter at ``key``, creating it at 0 first (atomic on Redis)."""
    cache.add(key, 0, TIMEOUT)
    try:
        return cache.incr(key, delta)
    except ValueError:  # evicted or expired between add() and incr()
        cache.add(key, delta, TIMEOUT)
        return delta


def count_hit(query_string, found=True):
    """Count one search for ``query_string`` (already normalised), and a miss when it ``found``
    nothing. Never touches the database."""
    day = _today()
    count_key = _count_key(day, query_string)
    if cache.add(count_key, 0, TIMEOUT):  # the first hit of the day, on whichever server
        number = _increment(_day_key(day, "n"))
        cache.set(_day_key(day, f"q:{number}"), query_string, TIMEOUT)
    _increment(count_key)
    if not found:
        _increment(_miss_key(day, query_string))


def pending_counts(day):
    """{query string: (hits, misses) counted but not yet flushed} for ``day``."""
    total = cache.get(_day_key(day, "n")) or 0
    pending = {}
    for start in range(1, total + 1, BATCH):
        keys = [_day_key(day, f"q:{number}") for number in range(start, min(start + BATCH, total + 1))]
        queries = list(cache.get_many(keys).values())
        counts = cache.get_many(
            [_count_key(day, query) for query in queries] + [_miss_key(day, query) for query in queries]
        )
        for query in queries:
            hits = counts.get(_count_key(day, query)) or 0
            misses = counts.get(_miss_key(day, query)) or 0
            if hits > 0 or misses > 0:
                pending[query] = (max(hits, 0), max(misses, 0))
    return pending


def pending_hits(day):
    """{query string: hits counted but not yet flushed} for ``day``."""
    return {query: hits for query, (hits, _misses) in pending_counts(day).items() if hits > 0}


def pending_misses(day):
    """{query string: searches that found nothing, not yet flushed} for ``day``."""
    return {query: misses for query, (_hits, misses) in pending_counts(day).items() if misses > 0}


def flush():
    """Write the counted hits to the popular-search tables; returns {(day, query): hits} written,
    or None if another flush is running."""
    if not cache.add(LOCK_KEY, 1, LOCK_TIMEOUT):
        return None
    try:
        claimed, missed = {}, {}
        today = _today()
        for back in range(DAYS_KEPT - 1, -1, -1):
            day = today - datetime.timedelta(days=back)
            for query, (hits, misses) in pending_counts(day).items():
                if hits:
                    cache.decr(_count_key(day, query), hits)
                    claimed[day, query] = hits
                if misses:
                    cache.decr(_miss_key(day, query), misses)
                    missed[day, query] = misses
        try:
            with transaction.atomic():
                _add_daily_hits(QueryDailyHits, claimed)
                _add_daily_hits(NoResultDailyHits, missed)
        except Exception:
            for (day, query), hits in claimed.items():
                _increment(_count_key(day, query), hits)
            for (day, query), misses in missed.items():
                _increment(_miss_key(day, query), misses)
            raise
        return claimed
    finally:
        cache.delete(LOCK_KEY)


def _add_daily_hits(model, counts):
    """Add ``{(day, query): hits}`` to the daily rows of ``model`` (QueryDailyHits or NoResultDailyHits)."""
    for (day, query_string), hits in counts.items():
        daily, _created = model.objects.get_or_create(query=Query.get(query_string), date=day)
        daily.hits = models.F("hits") + hits
        daily.save(update_fields=["hits"])
