"""Cache keys, versions and entries of the page cache.

An entry's key holds the site-wide *generation* and the *version* of its path (query strings included: all
of ``/guides/?page=2&category=...`` belong to ``/guides/``). Purging replaces a version with a new random
one, so older entries are never read again and expire on their own; purging everything replaces the
generation. Versions live in the shared cache with no expiry; if one is ever evicted, a new random one takes
its place, which only purges more. Paths under a prefix in ``PAGE_CACHE_PATH_GROUPS`` (the content API,
``/api/v2/``) share the prefix's version: purging the prefix purges every one of them.

A key is computed before the page is rendered: a page rendered while a purge happens is stored under the
old version, where nobody will read it.

A *render claim* beside an entry's key says some request (on any server) is rendering that entry right
now; the others asking for it wait for its copy (see the middleware). The claim expires on its own, so a
worker that dies while rendering holds nobody up for long. A render that could not be kept (a form with a
CSRF token, a 404) leaves a *not-kept* mark for a minute, so readers of such a page neither claim nor wait.
"""

import hashlib
import math
import secrets
from urllib.parse import unquote

from django.conf import settings
from django.core.cache import caches

GENERATION_KEY = "pagecache:generation"
PATH_KEY_PREFIX = "pagecache:path:"
ENTRY_KEY_PREFIX = "pagecache:page:"
NOT_KEPT_SECONDS = 60


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _new_version():
    return secrets.token_hex(8)


def versioned_path(path):
    """The path whose version a cached copy of ``path`` carries: the path itself, or the prefix in
    ``PAGE_CACHE_PATH_GROUPS`` it falls under (every response of the content API shares one version)."""
    for prefix in getattr(settings, "PAGE_CACHE_PATH_GROUPS", ()):
        if path.startswith(prefix):
            return prefix
    return path


def path_key(path):
    # request.path is decoded; page URLs may come percent-encoded.
    return PATH_KEY_PREFIX + _digest(versioned_path(unquote(path)))


def _versions(keys):
    cache = page_cache()
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            version = _new_version()
            if not cache.add(key, version, timeout=None):
                version = cache.get(key) or version  # another server set it first
            found[key] = version
    return [found[key] for key in keys]


def entry_key(request):
    """The key of the cached copy of this request's page, under the current versions."""
    generation, path_version = _versions([GENERATION_KEY, path_key(request.path)])
    # Preference cookies that change the rendering (PAGE_CACHE_VARY_COOKIES) get a copy each.
    cookies = [f"{name}={request.COOKIES.get(name, '')}" for name in settings.PAGE_CACHE_VARY_COOKIES]
    identity = "\n".join([request.scheme, request.get_host(), request.get_full_path(), *cookies])
    return f"{ENTRY_KEY_PREFIX}{generation}:{path_version}:{_digest(identity)}"


def fetch(key):
    """The stored entry (a dict, see ``save``) or None."""
    return page_cache().get(key)


def fetch_with_mark(key):
    """``(entry or None, whether the last render of it could not be kept)``, in one round trip."""
    found = page_cache().get_many([key, _not_kept_key(key)])
    return found.get(key), _not_kept_key(key) in found


def mark_not_kept(key, seconds=NOT_KEPT_SECONDS):
    page_cache().set(_not_kept_key(key), 1, timeout=seconds)


def _not_kept_key(key):
    return key + ":not-kept"


def _claim_key(key):
    return key + ":rendering"


def claim_render(key, seconds):
    """Whether this request may render the entry ``key``: true unless another request claimed it and has
    neither finished nor been rendering for ``seconds``."""
    return page_cache().add(_claim_key(key), 1, timeout=math.ceil(seconds))


def release_render(key):
    page_cache().delete(_claim_key(key))


def fetch_or_claimed(key):
    """``(entry or None, whether a render of it is still claimed)``, in one round trip."""
    found = page_cache().get_many([key, _claim_key(key)])
    return found.get(key), _claim_key(key) in found


def save(key, response, now, seconds, replays):
    """Keep ``response`` for ``seconds`` from ``now`` (a timestamp). The entry is plain data, so any later
    version of this code can read it."""
    entry = {
        "status": response.status_code,
        "content": response.content,
        "headers": [(name, value) for name, value in response.items() if name.lower() not in ("date",)],
        "stored_at": now,
        "expires_at": now + seconds,
        "replays": replays,
    }
    page_cache().set(key, entry, timeout=math.ceil(seconds))
    return entry


def purge_paths(paths):
    """Every cached copy of these paths (with any query string) is stale from now on, on every server."""
    if paths:
        page_cache().set_many({path_key(path): _new_version() for path in paths}, timeout=None)


def purge_everything():
    page_cache().set(GENERATION_KEY, _new_version(), timeout=None)
