"""Fixtures of the education tests."""

import os

import pytest
from django.contrib.auth.models import Permission

from tests.factories import make_user

REDIS_URL = "redis://127.0.0.1:6379/0"
# One prefix per test process: runs on the same machine (CI, other checkouts) never share keys.
REDIS_PREFIX = f"xbhh-education-tests-{os.getpid()}"


@pytest.fixture
def shared_redis(settings):
    """Django's cache on Redis, as app servers share it in production, under a key prefix of these
    tests only (the Redis of this machine is shared: never FLUSHDB). Skipped without Redis."""
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip(f"no Redis at {REDIS_URL}")

    def clean():
        keys = client.keys(f"{REDIS_PREFIX}:*")
        if keys:
            client.delete(*keys)

    clean()
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": REDIS_PREFIX,
        }
    }
    yield
    clean()


@pytest.fixture
def mail(settings):
    """Outgoing e-mail in Django's locmem outbox, tasks run at once, links on a known public address
    (subscriptions and sign-ups)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.PUBLIC_BASE_URL = "https://xbhh.example.com"
    return settings


@pytest.fixture
def admin_only_user():
    """Can open the admin, but holds none of the editors' report permissions."""
    user = make_user("plain")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user
