"""Per-client rate limits: atomic under concurrency, a sliding window, any scope from settings."""

import importlib
import threading

import pytest
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from common.ratelimit import SCOPES, RateLimit

WINDOW = 3600


@pytest.fixture(autouse=True)
def limits(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "test": (5, WINDOW)}
    cache.clear()
    yield
    cache.clear()


def request_from(address):
    return RequestFactory().post("/", REMOTE_ADDR=address)


def test_allows_the_limit_then_refuses():
    limit, request = RateLimit("test"), request_from("10.0.0.1")
    start = 100 * WINDOW
    assert [limit.acquire(request, now=start + i) for i in range(7)] == [True] * 5 + [False] * 2


def test_clients_are_counted_apart():
    limit = RateLimit("test")
    for _ in range(5):
        assert limit.acquire(request_from("10.0.0.1"), now=100 * WINDOW)
    assert not limit.acquire(request_from("10.0.0.1"), now=100 * WINDOW)
    assert limit.acquire(request_from("10.0.0.2"), now=100 * WINDOW)


def test_release_gives_the_unit_back():
    limit, request = RateLimit("test"), request_from("10.0.0.1")
    now = 100 * WINDOW
    for _ in range(5):
        assert limit.acquire(request, now=now)
        limit.release(request, now=now)
    assert [limit.acquire(request, now=now) for _ in range(6)] == [True] * 5 + [False]


def test_a_burst_across_the_window_boundary_does_not_get_twice_the_limit():
    limit, request = RateLimit("test"), request_from("10.0.0.1")
    end_of_window = 101 * WINDOW - 1
    assert all(limit.acquire(request, now=end_of_window) for _ in range(5))
    # A fixed window would allow 5 more a second later; the sliding estimate still counts the last 5.
    assert not limit.acquire(request, now=end_of_window + 2)
    # Half a window later half of the previous window has slid out.
    half_later = 101 * WINDOW + WINDOW // 2
    assert [limit.acquire(request, now=half_later) for _ in range(4)] == [True, True, False, False]
    # A whole window later the previous burst no longer counts.
    assert all(limit.acquire(request, now=102 * WINDOW + WINDOW - 1) for _ in range(3))


def run_concurrently(limit, clients):
    barrier = threading.Barrier(clients)
    results = []

    def attempt():
        barrier.wait()
        results.append(limit.acquire(request_from("10.0.0.9"), now=100 * WINDOW))

    threads = [threading.Thread(target=attempt) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_simultaneous_requests_never_exceed_the_limit():
    assert run_concurrently(RateLimit("test"), 20).count(True) == 5


def test_simultaneous_requests_on_redis_never_exceed_the_limit(settings):
    redis = pytest.importorskip("redis")
    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": "xbhh-test-ratelimit",
        }
    }
    from django.core.cache import caches

    caches["default"].clear()
    try:
        assert run_concurrently(RateLimit("test"), 20).count(True) == 5
    finally:
        caches["default"].clear()


def test_a_scope_without_a_setting_says_so():
    with pytest.raises(ImproperlyConfigured, match="no-such-scope"):
        RateLimit("no-such-scope").acquire(request_from("10.0.0.1"))


def test_every_scope_the_site_uses_is_configured(settings):
    for module in ("tipoffs.intake.views", "tipoffs.riskcheck.views", "tipoffs.privacy.views"):
        importlib.import_module(module)
    assert {"report", "lookup", "check", "appeal", "my_data"} <= SCOPES
    assert set(SCOPES) - {"test", "no-such-scope"} <= set(settings.RATE_LIMITS)


def test_limits_are_told_to_people_in_minutes():
    assert RateLimit("test").for_people() == {"count": 5, "minutes": 60}
