"""PageCacheMiddleware: serve anonymous readers from the page cache, keep what may be kept.

Place it after SecurityMiddleware, whitenoise and ConditionalGetMiddleware (which then answers
``If-None-Match``/``If-Modified-Since`` with 304 for cached pages too), and before the session, CSRF and
auth middleware, so a hit costs neither a session nor a database query.

A page missing from the cache is rendered once, not once per reader: when a purge lands in the middle of a
surge, the first request renders the page and the others (on any app server, the claim is in the shared
cache) wait for its copy, up to ``PAGE_CACHE_RENDER_WAIT_SECONDS``, before rendering it themselves.
"""

import logging
import math
import time

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.http import http_date
from django.utils.module_loading import import_string

from . import rules, store
from .hints import EXPIRES_ATTRIBUTE, REPLAY_ATTRIBUTE

logger = logging.getLogger(__name__)
STATUS_HEADER = "X-Page-Cache"
RENDER_POLL_SECONDS = 0.02


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED:
            return self.get_response(request)
        if not rules.request_is_cacheable(request):
            response = self.get_response(request)
            if rules.is_personal(request) and not response.has_header("Cache-Control"):
                # An editor's or a reporter's view of a page: never for an edge cache to keep.
                patch_cache_control(response, private=True)
            return response

        key = store.entry_key(request)
        entry, not_kept = store.fetch_with_mark(key)
        entry = _fresh(entry)
        if entry is not None:
            return self._from_cache(request, entry)
        # One render per missing page: the first request claims it, the others wait for its copy; not for a
        # page whose last render could not be kept (readers of a form would only queue behind each other).
        claimed = False
        if request.method == "GET" and not not_kept and settings.PAGE_CACHE_RENDER_WAIT_SECONDS > 0:
            claimed = store.claim_render(key, settings.PAGE_CACHE_RENDER_WAIT_SECONDS)
            if not claimed:
                entry = _wait_for_render(key)
                if entry is not None:
                    return self._from_cache(request, entry)
        try:
            response = self.get_response(request)
            if rules.response_is_cacheable(request, response):
                self._keep(request, response, key)
            elif claimed:
                store.mark_not_kept(key)
        finally:
            if claimed:
                store.release_render(key)
        return response

    def _keep(self, request, response, key):
        seconds = settings.PAGE_CACHE_SECONDS
        expires_at = getattr(request, EXPIRES_ATTRIBUTE, None)
        if expires_at is not None:
            seconds = min(seconds, expires_at.timestamp() - _now())
        seconds = math.floor(seconds)
        if seconds < 1:
            return
        set_response_etag(response)
        if not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date()
        store.save(key, response, _now(), seconds, getattr(response, REPLAY_ATTRIBUTE, []))
        _public(response, seconds)
        response[STATUS_HEADER] = "miss"

    def _from_cache(self, request, entry):
        content = entry["content"]
        response = HttpResponse(b"" if request.method == "HEAD" else content, status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        _public(response, entry["expires_at"] - _now())
        response[STATUS_HEADER] = "hit"
        for function_path, args in entry["replays"]:
            try:
                import_string(function_path)(*args)
            except Exception:
                logger.exception("page cache: replaying %s failed", function_path)
        return response


def _now():
    return timezone.now().timestamp()


def _fresh(entry):
    # The cache drops entries when they expire; checking too keeps a clock-bound page exact to the second.
    return entry if entry is not None and entry["expires_at"] > _now() else None


def _wait_for_render(key):
    """The entry another request is rendering, once it is kept; None as soon as that request ends without
    keeping it (a page that may not be kept, an error) or after ``PAGE_CACHE_RENDER_WAIT_SECONDS``."""
    deadline = time.monotonic() + settings.PAGE_CACHE_RENDER_WAIT_SECONDS
    while time.monotonic() < deadline:
        time.sleep(RENDER_POLL_SECONDS)
        entry, claimed = store.fetch_or_claimed(key)
        if entry is not None or not claimed:
            return _fresh(entry)
    return None


def _public(response, seconds_left):
    """Edge caches may keep the page, never longer than our copy; browsers check back every time (a 304
    from the ETag costs almost nothing)."""
    edge_seconds = max(0, min(settings.PAGE_CACHE_EDGE_SECONDS, math.floor(seconds_left)))
    patch_cache_control(response, public=True, max_age=0, s_maxage=edge_seconds)
