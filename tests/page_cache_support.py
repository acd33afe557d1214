"""Fixtures for page-cache tests: the cache turned on (in local memory, or in Redis as production shares it
between app servers), another app server in a separate process, and an edge cache that records purges."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.core.cache import caches
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def redis_available():
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except Exception:
        return False


@pytest.fixture
def page_cache(settings):
    """The page cache on, in this process's memory, emptied first."""
    settings.PAGE_CACHE_ENABLED = True
    caches[settings.PAGE_CACHE_ALIAS].clear()
    return settings


@pytest.fixture(scope="session")
def shared_cache_prefix():
    if not redis_available():
        pytest.skip(f"Redis is not running at {REDIS_URL}: shared-cache tests need it")
    return f"xbhh-test-{uuid.uuid4().hex[:12]}"


def _delete_prefixed_keys(prefix):
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(f"{prefix}:*", count=1000))
    if keys:
        client.delete(*keys)


@pytest.fixture
def shared_page_cache(settings, shared_cache_prefix):
    """The page cache on, in Redis under a test-only key prefix: the cache every app server shares."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": shared_cache_prefix,
        }
    }
    settings.PAGE_CACHE_ENABLED = True
    _delete_prefixed_keys(shared_cache_prefix)
    yield settings
    _delete_prefixed_keys(shared_cache_prefix)


_OTHER_SERVER = """
import os, sys
sys.path[:0] = ["site", "."]
import django
django.setup()
from django.test import RequestFactory
from common.pagecache import store
factory = RequestFactory()
for line in sys.stdin:
    entry = store.fetch(store.entry_key(factory.get(line.strip())))
    print("hit" if entry is not None else "miss", flush=True)
"""


class OtherAppServer:
    """A second process set up like an app server on the same Redis. ``peek(url)`` says whether it would
    answer ``url`` from the page cache ("hit") or have to render it ("miss")."""

    def __init__(self, prefix):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "test_settings",
            "CACHE_URL": REDIS_URL,
            "CACHE_KEY_PREFIX": prefix,
        }
        self.process = subprocess.Popen(
            [sys.executable, "-c", _OTHER_SERVER],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def peek(self, url):
        self.process.stdin.write(url + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def other_app_server(shared_cache_prefix):
    server = OtherAppServer(shared_cache_prefix)
    yield server
    server.close()


class RecordingBackend(BaseBackend):
    """An edge cache (CDN, Varnish) that only writes down the URLs it is asked to purge."""

    purged = []

    def purge(self, url):
        RecordingBackend.purged.append(url)


@pytest.fixture
def edge_cache(settings):
    """``wagtail.contrib.frontend_cache`` configured with the recording backend; returns the purged URLs."""
    settings.WAGTAILFRONTENDCACHE = {"edge": {"BACKEND": "tests.page_cache_support.RecordingBackend"}}
    RecordingBackend.purged = []
    return RecordingBackend.purged
