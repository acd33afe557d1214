"""The statistics snapshot: computed from the database, kept in Django's cache, recomputed daily.

Pages never compute more than once per cache lifetime: a page that finds no snapshot (after a cache clear,
or the first time) computes it and stores it, like the daily task does.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language, override

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


def cache_key(language=None):
    """Where the snapshot in ``language`` (default: the site's) is kept: labels are stored as text."""
    language = language or settings.LANGUAGE_CODE
    return CACHE_KEY if language == settings.LANGUAGE_CODE else f"{CACHE_KEY}:{language}"


def compute_snapshot(now=None, language=None):
    """Every chart from the database: one query per chart (the two handling-outcome charts share one)."""
    now = now or timezone.now()
    window = last_months(now, statistics_settings()["months"])
    # Labels are stored as text in the given language (the site's by default), whoever runs this (a worker
    # has no request); English pages (issue 13) read a snapshot of their own.
    with override(language or settings.LANGUAGE_CODE):
        return Snapshot(
            computed_at=now,
            public=tuple(chart(window) for chart in PUBLIC_CHARTS),
            handling=(*handling_charts(window), median_durations_chart(window)),
        )


def refresh_snapshot(now=None, languages=None):
    """Recompute the snapshot in every public language; returns the site language's."""
    now = now or timezone.now()
    snapshots = {}
    for language in languages or [code for code, _name in settings.LANGUAGES]:
        snapshots[language] = compute_snapshot(now, language)
        cache.set(cache_key(language), snapshots[language], CACHE_SECONDS)
    return snapshots.get(settings.LANGUAGE_CODE) or next(iter(snapshots.values()))


def current_snapshot():
    """The cached snapshot in the language being served, computed now when the cache has none."""
    language = get_language() or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    return cache.get(cache_key(language)) or refresh_snapshot(languages=[language])
