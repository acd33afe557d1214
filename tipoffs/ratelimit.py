"""Per-client rate limits kept in Django's cache, so they hold across app servers sharing Redis."""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache

from common import clientip

DEFAULT_LIMITS = {
    # scope: (requests allowed, window in seconds)
    "report": (5, 3600),
    "lookup": (20, 3600),
    "check": (30, 3600),
}


def client_ip(request):
    """The client address, as the whole site sees it (see common.clientip)."""
    return clientip.client_ip(request)


def client_ip_hash(request):
    """Salted hash of the client IP: enough to spot abuse, useless to identify a reporter."""
    salt = getattr(settings, "TIPOFF_IP_SALT", "") or settings.SECRET_KEY
    return hmac.new(salt.encode(), client_ip(request).encode(), hashlib.sha256).hexdigest()


def limit(scope):
    """``(requests allowed, window in seconds)`` for ``scope``, from settings."""
    return getattr(settings, "TIPOFF_RATE_LIMITS", {}).get(scope, DEFAULT_LIMITS[scope])


def limit_for_people(scope):
    """The limit in the words of the 429 pages: ``{"count": 5, "minutes": 60}``."""
    allowed, window = limit(scope)
    return {"count": allowed, "minutes": max(1, window // 60)}


def _key(scope, request):
    allowed, window = limit(scope)
    bucket = int(time.time() // window)
    return f"ratelimit:{scope}:{client_ip_hash(request)}:{bucket}", window


def is_limited(scope, request):
    key, _window = _key(scope, request)
    return (cache.get(key) or 0) >= limit(scope)[0]


def record(scope, request):
    """Count one use; atomic on Redis (INCR), so concurrent servers agree."""
    key, window = _key(scope, request)
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1
