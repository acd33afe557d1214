"""The statistics snapshot: computed from the database, kept in Django's cache, recomputed daily.

Pages never compute more than once per cache lifetime: a page that finds no snapshot (after a cache clear,
or the first time) computes it and stores it, like the daily task does.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import override

from tipoffs.promises import statistics as statistics_settings

from .handling import handling_charts, median_durations_chart
from .months import last_months
from .queries import PUBLIC_CHARTS

# Bump when the shape of a snapshot changes, so an old pickled one is never read by new code.
CACHE_KEY = "tipoffs:statistics:v1"
# A day between refreshes, plus slack so a late daily run never leaves the page computing on a request.
CACHE_SECONDS = 36 * 60 * 60


@dataclass(frozen=True)
class Snapshot:
    computed_at: object  # aware datetime
    public: tuple  # charts of /statistics/
    handling: tuple  # charts of /statistics/handling/

    def chart(self, slug):
        return next((chart for chart in self.public + self.handling if chart.slug == slug), None)


def compute_snapshot(now=None):
    """Every chart from the database: one query per chart (the two handling-outcome charts share one)."""
    now = now or timezone.now()
    window = last_months(now, statistics_settings()["months"])
    # Labels are stored as text in the site's language, whoever runs this (a worker has no request).
    with override(settings.LANGUAGE_CODE):
        return Snapshot(
            computed_at=now,
            public=tuple(chart(window) for chart in PUBLIC_CHARTS),
            handling=(*handling_charts(window), median_durations_chart(window)),
        )


def refresh_snapshot(now=None):
    snapshot = compute_snapshot(now)
    cache.set(CACHE_KEY, snapshot, CACHE_SECONDS)
    return snapshot


def current_snapshot():
    """The cached snapshot, computed now when the cache has none."""
    return cache.get(CACHE_KEY) or refresh_snapshot()
