"""The full-page cache: what readers get from it, what is never kept, the headers edge caches read."""

import datetime
import re

import pytest
from django.contrib.messages.storage.fallback import FallbackStorage
from django.http import HttpResponse, StreamingHttpResponse
from django.test import Client
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from common.pagecache import rules, store
from education.search import hits

pytestmark = pytest.mark.django_db
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def test_a_repeat_visit_comes_from_the_cache_without_a_query(client, page_cache, make_guide):
    guide = make_guide(title="识别冒充客服")
    first = client.get(guide.url)
    assert first["X-Page-Cache"] == "miss"
    assert "识别冒充客服" in first.text

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        second = client.get(guide.url)
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_public_pages_carry_what_a_shared_cache_needs(client, page_cache, make_guide):
    response = client.get(make_guide().url)
    assert not response.has_header("Vary")
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.text
    assert directives(response) == {"public", "max-age=0", "s-maxage=60"}
    assert response["ETag"].startswith('"')
    assert response.has_header("Last-Modified")


def test_pages_vary_on_neither_cookie_nor_language_even_without_the_cache(client, make_guide):
    guide = make_guide()
    chinese = client.get(guide.url, HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    english = client.get(guide.url, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    for response in (chinese, english):
        assert not response.has_header("Vary")
        assert not response.cookies
    assert english.content == chinese.content


def test_every_language_gets_the_one_cached_page(client, page_cache, make_guide):
    guide = make_guide()
    client.get(guide.url, HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert client.get(guide.url, HTTP_ACCEPT_LANGUAGE="en")["X-Page-Cache"] == "hit"


def test_a_reader_who_has_the_page_gets_304(client, page_cache, make_guide):
    guide = make_guide()
    first = client.get(guide.url)
    assert client.get(guide.url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(guide.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert client.get(guide.url, HTTP_IF_NONE_MATCH='"an-older-page"').status_code == 200


def test_feeds_and_calendars_answer_304_too(
    page_cache, client, make_alert, make_event, alert_index, event_index
):
    make_alert()
    event = make_event()
    for url in (
        alert_index.url + "feed/rss/",
        alert_index.url + "feed/atom/",
        event_index.url + "calendar/",
        event.url + "ics/",
    ):
        first = client.get(url)
        assert first.status_code == 200, url
        assert "public" in directives(first), url
        assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304, url


def test_head_is_answered_from_the_cache(client, page_cache, make_guide):
    guide = make_guide()
    first = client.get(guide.url)
    head = client.head(guide.url)
    assert head["X-Page-Cache"] == "hit"
    assert head.content == b""
    assert head["Content-Length"] == str(len(first.content))


def test_editors_are_neither_served_from_nor_stored_in_the_cache(client, page_cache, make_guide, admin_user):
    guide = make_guide()
    reader = Client()
    reader.get(guide.url)
    client.force_login(admin_user)

    editor_view = client.get(guide.url)
    assert not editor_view.has_header("X-Page-Cache")
    assert "private" in directives(editor_view)
    assert "wagtail-userbar" in editor_view.text

    again = reader.get(guide.url)
    assert again["X-Page-Cache"] == "hit"
    assert "wagtail-userbar" not in again.text


@pytest.mark.parametrize("route", ["", "check/", "status/"])
def test_the_report_form_and_its_answers_are_never_cached(page_cache, form_page, route):
    url = form_page.url + route
    first, second = Client().get(url), Client().get(url)
    assert second.status_code == 200
    assert not second.has_header("X-Page-Cache")
    assert directives(second) & {"private", "no-store"}
    # Each visitor gets a token of their own.
    assert CSRF_INPUT.search(first.text).group(1) != CSRF_INPUT.search(second.text).group(1)


def test_a_post_is_never_kept(client, page_cache, make_guide):
    guide = make_guide()
    client.post(guide.url)
    assert client.get(guide.url)["X-Page-Cache"] == "miss"


@pytest.mark.parametrize("url", ["/admin/login/", "/api/watchlist/", "/no-such-page/"])
def test_the_admin_the_api_and_missing_pages_are_never_cached(client, page_cache, home, url):
    client.get(url)
    assert not client.get(url).has_header("X-Page-Cache")


def _with_cookie():
    response = HttpResponse("x")
    response.set_cookie("csrftoken", "abc")
    return response


def _with_header(name, value, status=200):
    response = HttpResponse("x", status=status)
    response[name] = value
    return response


@pytest.mark.parametrize(
    "response",
    [
        _with_cookie(),
        _with_header("Vary", "Cookie"),
        _with_header("Cache-Control", "private"),
        _with_header("Cache-Control", "no-store"),
        _with_header("Cache-Control", "max-age=0, no-cache"),
        HttpResponse("gone", status=404),
        _with_header("Location", "/elsewhere/", status=302),
        StreamingHttpResponse(iter([b"x"])),
    ],
    ids=["sets a cookie", "varies", "private", "no-store", "no-cache", "404", "redirect", "streaming"],
)
def test_responses_that_are_one_persons_or_not_a_page_are_not_kept(rf, response):
    request = rf.get("/guides/")
    assert rules.response_is_cacheable(request, HttpResponse("a page"))
    assert not rules.response_is_cacheable(request, response)


def test_a_response_carrying_a_message_is_not_kept(rf):
    request = rf.get("/guides/")
    request.session = {}
    request._messages = FallbackStorage(request)
    request._messages.add(20, "已保存")
    assert not rules.response_is_cacheable(request, HttpResponse("a page"))


def test_preference_cookies_in_settings_each_get_their_own_copy(page_cache, make_guide, settings):
    settings.PAGE_CACHE_VARY_COOKIES = ["xbhh_elder"]
    url = make_guide().url
    elder = Client()
    elder.cookies["xbhh_elder"] = "1"
    assert elder.get(url)["X-Page-Cache"] == "miss"
    assert elder.get(url)["X-Page-Cache"] == "hit"
    assert Client().get(url)["X-Page-Cache"] == "miss"
    other_cookie = Client()
    other_cookie.cookies["utm_source"] = "wechat"
    assert other_cookie.get(url)["X-Page-Cache"] == "hit"


def test_searches_served_from_the_cache_still_count(client, page_cache, make_guide):
    make_guide(title="警惕代理维权骗局")
    assert client.get("/search/", {"q": "代理维权"})["X-Page-Cache"] == "miss"
    assert client.get("/search/", {"q": "代理维权"})["X-Page-Cache"] == "hit"
    hits.flush()  # searches are counted in the cache, then flushed into the popular-search report
    assert Query.objects.get(query_string="代理维权").hits == 2


def test_an_event_page_is_kept_no_longer_than_its_state_holds(client, page_cache, make_event):
    event = make_event(start=timezone.now() + datetime.timedelta(seconds=30))
    response = client.get(event.url)
    assert response["X-Page-Cache"] == "miss"
    s_maxage = int(next(d for d in directives(response) if d.startswith("s-maxage=")).split("=")[1])
    assert 0 < s_maxage <= 30
    entry = store.fetch(store.entry_key(response.wsgi_request))
    assert entry["expires_at"] <= event.start.timestamp()


def test_the_cache_can_be_turned_off(client, make_guide, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = make_guide().url
    client.get(url)
    response = client.get(url)
    assert not response.has_header("X-Page-Cache")
    assert "public" not in directives(response)


def test_another_app_server_sees_the_same_pages_and_purges(
    shared_page_cache, other_app_server, client, make_guide
):
    url = make_guide().url
    assert other_app_server.peek(url) == "miss"
    client.get(url)
    assert other_app_server.peek(url) == "hit"
    assert other_app_server.peek(url + "?page=2") == "miss"

    store.purge_paths([url])
    assert other_app_server.peek(url) == "miss"
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert other_app_server.peek(url) == "hit"

    store.purge_everything()
    assert other_app_server.peek(url) == "miss"
