"""Per-client rate limits kept in Django's cache, so they hold across app servers sharing Redis.

A scope's limit is ``settings.RATE_LIMITS[scope] = (requests allowed, window in seconds)``, its only
source; a scope missing there raises ImproperlyConfigured naming it (a test checks every declared scope).

Counting is increment-then-check: ``acquire`` adds one to the client's counter with the cache's atomic
``incr`` and refuses (taking the one back) when the new count is over the limit, so simultaneous requests
can never all slip under it. The count is a sliding window estimated from two fixed windows (the current
one, plus the previous one weighted by how much of it still overlaps), so a burst straddling a window
boundary cannot get twice the limit. A request that turns out not to count (a form with errors) gives its
unit back with ``release``.
"""

import contextlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

from common.clientip import client_ip_hash

#: Every scope declared in code, for the test that each one is configured.
SCOPES = set()


@dataclass(frozen=True)
class RateLimit:
    scope: str

    def __post_init__(self):
        SCOPES.add(self.scope)

    def _setting(self):
        try:
            return settings.RATE_LIMITS[self.scope]
        except KeyError:
            raise ImproperlyConfigured(
                f"settings.RATE_LIMITS has no limit for scope {self.scope!r}."
            ) from None

    @property
    def allowed(self):
        return self._setting()[0]

    @property
    def window(self):
        return self._setting()[1]

    def for_people(self):
        """The limit in the words of the 429 pages: ``{"count": 5, "minutes": 60}``."""
        return {"count": self.allowed, "minutes": max(1, self.window // 60)}

    def _keys(self, request, now):
        bucket = int(now // self.window)
        client = client_ip_hash(request)
        prefix = f"ratelimit:{self.scope}:{client}:"
        return prefix + str(bucket), prefix + str(bucket - 1), (now % self.window) / self.window

    def acquire(self, request, now=None):
        """Count one use for this client; False (and nothing counted) when it would exceed the limit."""
        current, previous, elapsed = self._keys(request, time.time() if now is None else now)
        # Two windows' lifetime: the next window reads this one as its "previous".
        cache.add(current, 0, timeout=2 * self.window)
        try:
            count = cache.incr(current)
        except ValueError:  # expired between add and incr
            cache.add(current, 0, timeout=2 * self.window)
            count = cache.incr(current)
        estimate = count + (cache.get(previous) or 0) * (1 - elapsed)
        if estimate > self.allowed:
            self._give_back(current)
            return False
        return True

    def release(self, request, now=None):
        """Give back the unit taken by ``acquire`` for a request that should not count."""
        current, _previous, _elapsed = self._keys(request, time.time() if now is None else now)
        self._give_back(current)

    @staticmethod
    def _give_back(key):
        with contextlib.suppress(ValueError):  # the window ended meanwhile: nothing to give back
            cache.decr(key)
