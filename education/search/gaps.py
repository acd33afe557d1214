"""Searches that found nothing: counted with every search in the cache (``hits``), written per query and
day to ``NoResultDailyHits`` beside Wagtail's ``QueryDailyHits`` by the same flush, read by the report."""

import datetime

from django.db.models import Max, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

#: The report covers this many days, today included.
DAYS = 30


def recent(days=DAYS, today=None):
    """Queries with searches that found nothing in the last ``days`` days, annotated ``_misses`` (how
    many) and ``_last`` (the last day), most frequent first."""
    since = (today or timezone.now().date()) - datetime.timedelta(days=days - 1)
    return (
        Query.objects.filter(no_result_hits__date__gte=since)
        .annotate(_misses=Sum("no_result_hits__hits"), _last=Max("no_result_hits__date"))
        .filter(_misses__gt=0)
        .order_by("-_misses", "query_string")
    )
