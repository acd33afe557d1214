"""A full-page cache for anonymous readers of public pages, with exact invalidation.

Pages live in Django's cache (Redis in production, shared by every app server), so a purge made on one
server holds on all of them at once: nothing about the cache is kept in a process.

- ``middleware``: serves and stores pages; decides what may be cached (``rules``) and sets the headers edge
  caches read (``Cache-Control: public, s-maxage``, ``ETag``, ``Last-Modified``).
- ``store``: cache keys and versions. Every entry's key holds a global *generation* and its path's *version*;
  purging a path or everything replaces a version, so stale entries are never read again and simply expire.
- ``invalidation``: what to purge when pages, snippets or settings change, here and in the edge cache
  (``wagtail.contrib.frontend_cache``).
- ``expire_at`` / ``replay_on_hit`` (below): what a view or template tells the cache about its page.

See README, “页面缓存”, for the rules and the settings.
"""

from .hints import expire_at, replay_on_hit

__all__ = ["expire_at", "replay_on_hit"]
