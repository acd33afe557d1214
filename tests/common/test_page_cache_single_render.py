"""A page missing from the cache is rendered once, however many readers ask for it at the same moment
(a purge in the middle of a surge): the others wait for that render's copy."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.http import HttpResponse

from common.pagecache import store
from common.pagecache.middleware import PageCacheMiddleware

URL = "/alerts/fake-refund/"


class SlowPage:
    """A page view that takes ``seconds`` to render and counts its renders."""

    def __init__(self, seconds=0.3, set_cookie=False):
        self.seconds, self.set_cookie, self.renders = seconds, set_cookie, 0
        self.rendering = self.most_at_once = 0
        self.lock = threading.Lock()

    def __call__(self, request):
        with self.lock:
            self.renders += 1
            self.rendering += 1
            self.most_at_once = max(self.most_at_once, self.rendering)
        time.sleep(self.seconds)
        with self.lock:
            self.rendering -= 1
        response = HttpResponse("风险提示正文")
        if self.set_cookie:
            response.set_cookie("csrftoken", "one-readers-token")
        return response


def readers(rf, middleware, count, method="get"):
    """``count`` readers asking for URL at the same moment; their responses."""
    start = threading.Barrier(count)

    def read(_):
        request = getattr(rf, method)(URL)
        start.wait()
        return middleware(request)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(read, range(count)))


def test_eight_readers_of_a_missing_page_cost_one_render(rf, page_cache):
    page = SlowPage()
    responses = readers(rf, PageCacheMiddleware(page), 8)

    assert page.renders == 1
    assert [response.content.decode() for response in responses] == ["风险提示正文"] * 8
    assert sorted(response["X-Page-Cache"] for response in responses) == ["hit"] * 7 + ["miss"]


def test_a_page_that_may_not_be_kept_is_rendered_for_each_reader_without_waiting_out_the_limit(
    rf, page_cache, settings
):
    """The waiting readers stop waiting as soon as the render they waited for ends without a copy."""
    settings.PAGE_CACHE_RENDER_WAIT_SECONDS = 20
    page = SlowPage(seconds=0.2, set_cookie=True)
    started = time.monotonic()
    responses = readers(rf, PageCacheMiddleware(page), 3)

    assert time.monotonic() - started < settings.PAGE_CACHE_RENDER_WAIT_SECONDS
    assert page.renders == 3
    assert not any(response.has_header("X-Page-Cache") for response in responses)


def test_readers_of_a_page_that_was_not_kept_last_time_do_not_queue_behind_each_other(rf, page_cache):
    """A form (its CSRF token makes it one reader's) is rendered for several readers at once."""
    page = SlowPage(seconds=0.3, set_cookie=True)
    middleware = PageCacheMiddleware(page)
    middleware(rf.get(URL))  # its first render could not be kept

    readers(rf, middleware, 2)
    assert page.renders == 3
    assert page.most_at_once == 2


def test_a_claim_left_by_a_render_that_died_expires(rf, page_cache, settings):
    settings.PAGE_CACHE_RENDER_WAIT_SECONDS = 1
    request = rf.get(URL)
    assert store.claim_render(store.entry_key(request), 1)  # and never released

    page = SlowPage(seconds=0)
    response = PageCacheMiddleware(page)(request)
    assert page.renders == 1
    assert response["X-Page-Cache"] == "miss"


def test_a_finished_render_leaves_no_claim_even_when_the_view_fails(rf, page_cache):
    def broken(request):
        raise RuntimeError("模板出错")

    request = rf.get(URL)
    with pytest.raises(RuntimeError):
        PageCacheMiddleware(broken)(request)
    assert store.claim_render(store.entry_key(request), 1)


def test_head_requests_neither_claim_nor_wait(rf, page_cache):
    request = rf.head(URL)
    key = store.entry_key(request)
    assert store.claim_render(key, 60)  # a GET of the same page is being rendered

    page = SlowPage(seconds=0)
    PageCacheMiddleware(page)(request)
    assert page.renders == 1
    assert store.fetch_or_claimed(key) == (None, True)
