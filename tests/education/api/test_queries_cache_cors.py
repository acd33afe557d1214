"""The content API's cost does not grow with the page size; it is cached like public pages and purged on
publish; browsers may call it from the configured origins only."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from education.models import ScamCategory

pytestmark = pytest.mark.django_db

APP_ORIGIN = "https://app.example.com"


def queries_for(client, path):
    client.get(path)  # first request draws renditions and fills the site caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


@pytest.fixture
def many(make_guide, make_alert, make_event, make_image):
    """Makes n guides (each with its own image and tags), n alerts and n events."""
    categories = list(ScamCategory.objects.filter(sells_free_services=False)[:2])

    def make(n):
        for i in range(n):
            make_guide(title=f"指南 {i}", image=make_image(f"题图 {i}"), tags=[f"标签{i}", "通用"])
            make_alert(title=f"提示 {i}", categories=categories, tags=[f"标签{i}"])
            make_event(title=f"活动 {i}")

    return make


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/guides/",
        "/api/v2/alerts/",
        "/api/v2/events/",
        "/api/v2/events/?upcoming=true",
        "/api/v2/pages/",
        "/api/v2/pages/?type=alert",
        "/api/v2/images/",
        "/api/v2/categories/",
    ],
)
def test_queries_do_not_grow_with_the_page_size(client, many, path, django_assert_max_num_queries):
    many(1)
    separator = "&" if "?" in path else "?"
    one = queries_for(client, f"{path}{separator}limit=3")  # one of each type (pages: one query per type)
    many(19)
    client.get(f"{path}{separator}limit=20")  # renditions of the new images
    with django_assert_max_num_queries(one):
        response = client.get(f"{path}{separator}limit=20")
    assert response.status_code == 200
    assert len(response.json()["items"]) == min(20, response.json()["meta"]["total_count"])
    assert len(response.json()["items"]) > 1


def test_detail_costs_a_few_queries(client, many, django_assert_max_num_queries):
    many(1)
    guide_id = client.get("/api/v2/guides/").json()["items"][0]["id"]
    client.get(f"/api/v2/guides/{guide_id}/")
    with django_assert_max_num_queries(12):
        assert client.get(f"/api/v2/guides/{guide_id}/").status_code == 200


def test_responses_are_cached_and_purged_when_pages_change(
    client, page_cache, make_guide, guide_index, django_capture_on_commit_callbacks
):
    guide = make_guide(title="第一篇")
    first = client.get("/api/v2/guides/")
    assert first["X-Page-Cache"] == "miss"
    again = client.get("/api/v2/guides/")
    assert again["X-Page-Cache"] == "hit"
    assert "s-maxage" in again["Cache-Control"]
    assert client.get(f"/api/v2/guides/{guide.pk}/")["X-Page-Cache"] == "miss"
    assert client.get(f"/api/v2/guides/{guide.pk}/")["X-Page-Cache"] == "hit"

    def titles(path="/api/v2/guides/"):
        response = client.get(path)
        return response["X-Page-Cache"], [item["title"] for item in response.json()["items"]]

    with django_capture_on_commit_callbacks(execute=True):  # published
        second = make_guide(title="第二篇")
    assert titles() == ("miss", ["第二篇", "第一篇"])
    assert client.get(f"/api/v2/guides/{guide.pk}/")["X-Page-Cache"] == "miss"  # the whole API at once

    with django_capture_on_commit_callbacks(execute=True):  # edited and republished
        guide.title = "第一篇（修订）"
        guide.save_revision().publish()
    assert titles() == ("miss", ["第二篇", "第一篇（修订）"])

    with django_capture_on_commit_callbacks(execute=True):  # unpublished
        second.unpublish()
    assert titles() == ("miss", ["第一篇（修订）"])

    with django_capture_on_commit_callbacks(execute=True):  # moved out of the site
        second.save_revision().publish()
    titles()
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=second.pk).move(guide_index, pos="first-child")
    assert titles()[0] == "miss"

    with django_capture_on_commit_callbacks(execute=True):  # deleted
        Page.objects.get(pk=second.pk).delete()
    assert titles() == ("miss", ["第一篇（修订）"])
    assert titles() == ("hit", ["第一篇（修订）"])


def test_an_image_change_purges_the_api(
    client, page_cache, make_guide, make_image, django_capture_on_commit_callbacks
):
    image = make_image("旧标题")
    make_guide(image=image)
    client.get("/api/v2/images/")
    assert client.get("/api/v2/images/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        image.title = "新标题"
        image.save()
    response = client.get("/api/v2/images/")
    assert response["X-Page-Cache"] == "miss"
    assert response.json()["items"][0]["title"] == "新标题"


def test_a_cached_event_list_expires_when_an_event_starts(client, page_cache, make_event, time_machine):
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(hours=1)
    time_machine.move_to(start - datetime.timedelta(hours=1), tick=False)
    make_event(title="讲座", start=start)
    assert client.get("/api/v2/events/").json()["items"][0]["state"] == "upcoming"
    assert client.get("/api/v2/events/")["X-Page-Cache"] == "hit"
    time_machine.move_to(start + datetime.timedelta(seconds=1), tick=False)
    response = client.get("/api/v2/events/")
    assert response["X-Page-Cache"] == "miss"
    assert response.json()["items"][0]["state"] == "live"


def test_the_watchlist_api_is_never_cached(client, page_cache):
    response = client.get("/api/watchlist/")
    assert response.status_code == 401
    assert "X-Page-Cache" not in response


def test_cors_only_for_configured_origins_and_only_on_the_content_api(
    client, settings, page_cache, make_guide
):
    settings.CORS_ALLOWED_ORIGINS = [APP_ORIGIN]
    make_guide()
    for _ in range(2):  # a miss, then a hit from the page cache: the header is added per request
        allowed = client.get("/api/v2/guides/", headers={"Origin": APP_ORIGIN})
        assert allowed["Access-Control-Allow-Origin"] == APP_ORIGIN
        assert "Access-Control-Allow-Credentials" not in allowed
        other = client.get("/api/v2/guides/", headers={"Origin": "https://evil.example.com"})
        assert "Access-Control-Allow-Origin" not in other
    assert allowed["X-Page-Cache"] == "hit"

    preflight = client.options(
        "/api/v2/guides/", headers={"Origin": APP_ORIGIN, "Access-Control-Request-Method": "GET"}
    )
    assert preflight["Access-Control-Allow-Origin"] == APP_ORIGIN
    assert "POST" not in preflight["Access-Control-Allow-Methods"]

    for path in ("/api/watchlist/", "/", "/search/"):
        response = client.get(path, headers={"Origin": APP_ORIGIN})
        assert "Access-Control-Allow-Origin" not in response, path


def test_no_cors_without_configured_origins(client, make_guide):
    response = client.get("/api/v2/guides/", headers={"Origin": APP_ORIGIN})
    assert "Access-Control-Allow-Origin" not in response
