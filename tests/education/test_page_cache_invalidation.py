"""Every kind of content change shows at once, on every app server, and purges no more than it must.

The page cache is Redis under a test-only prefix (skipped without Redis), as production shares it between
app servers; ``other_server`` is a second process on the same Redis that reports whether it would serve
a URL from the cache ("hit") or render it afresh ("miss").
"""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from education.models import ScamCategory, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_server(shared_page_cache, other_app_server):
    """The page cache on in the shared Redis, and another app server process on it."""
    return other_app_server


@pytest.fixture
def now_committing(django_capture_on_commit_callbacks):
    """Run a change as the admin does: purges happen when its transaction commits."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def about(home):
    """A top-level page (in the menu) and a page below it."""
    about = home.add_child(instance=StandardPage(title="关于我们", slug="about", show_in_menus=True))
    about.save_revision().publish()
    return about


def cache_everywhere(client, other_server, *urls):
    for url in urls:
        assert client.get(url).status_code == 200, url
        assert other_server.peek(url) == "hit", url


def assert_fresh_everywhere(other_server, *urls):
    for url in urls:
        assert other_server.peek(url) == "miss", url


def test_publishing_refreshes_the_page_its_listings_home_search_and_sitemap(
    client, other_server, now_committing, make_guide, guide_index, about, category
):
    guide = make_guide(title="旧标题：冒充客服")
    listings = [guide_index.url, f"{guide_index.url}?category={category.slug}", "/"]
    everywhere = [guide.url, *listings, "/search/?q=客服", "/sitemap.xml"]
    cache_everywhere(client, other_server, *everywhere, about.url)

    guide.title = "新标题：冒充客服"
    with now_committing():
        guide.save_revision().publish()

    assert_fresh_everywhere(other_server, *everywhere)
    assert other_server.peek(about.url) == "hit"  # exact: a page that does not show the guide stays
    for url in [guide.url, *listings]:
        assert "新标题：冒充客服" in client.get(url).text, url


def test_a_new_guide_refreshes_the_related_guides_of_its_category(
    client, other_server, now_committing, make_guide, category
):
    older = make_guide(title="同类旧指南")
    another = ScamCategory.objects.filter(sells_free_services=False).exclude(pk=category.pk).first()
    other_category = make_guide(title="别类指南", category=another)
    cache_everywhere(client, other_server, older.url, other_category.url)

    with now_committing():
        make_guide(title="同类新指南")

    assert_fresh_everywhere(other_server, older.url)
    assert "同类新指南" in client.get(older.url).text
    assert other_server.peek(other_category.url) == "hit"


def test_unpublishing_takes_the_page_and_its_listing_entry_down(
    client, other_server, now_committing, make_guide, guide_index
):
    guide = make_guide(title="即将下线的指南")
    cache_everywhere(client, other_server, guide.url, guide_index.url)

    with now_committing():
        guide.unpublish()

    assert_fresh_everywhere(other_server, guide.url, guide_index.url)
    assert client.get(guide.url).status_code == 404
    assert "即将下线的指南" not in client.get(guide_index.url).text


def test_deleting_takes_the_page_and_its_listing_entry_down(
    client, other_server, now_committing, make_guide, guide_index
):
    guide = make_guide(title="即将删除的指南")
    url = guide.url
    cache_everywhere(client, other_server, url, guide_index.url)

    with now_committing():
        Page.objects.get(pk=guide.pk).delete()

    assert_fresh_everywhere(other_server, url, guide_index.url)
    assert client.get(url).status_code == 404
    assert "即将删除的指南" not in client.get(guide_index.url).text


def test_moving_refreshes_the_old_and_the_new_place(client, other_server, now_committing, home, about):
    team = about.add_child(instance=StandardPage(title="团队介绍", slug="team"))
    team.save_revision().publish()
    contact = home.add_child(instance=StandardPage(title="联系我们", slug="contact"))
    contact.save_revision().publish()
    old_url = team.url
    cache_everywhere(client, other_server, old_url, about.url, contact.url)

    with now_committing():
        team.move(contact, pos="last-child")

    team.refresh_from_db()
    assert_fresh_everywhere(other_server, old_url, about.url, contact.url)
    assert client.get(old_url)["Location"] == team.url  # Wagtail's automatic redirect
    assert client.get(team.url).status_code == 200


def test_a_new_slug_redirects_from_the_old_url_at_once(client, other_server, now_committing, make_guide):
    guide = make_guide(slug="old-slug")
    old_url = guide.url
    cache_everywhere(client, other_server, old_url)

    guide.slug = "new-slug"
    with now_committing():
        guide.save_revision().publish()

    assert_fresh_everywhere(other_server, old_url)
    assert client.get(old_url)["Location"] == "/guides/new-slug/"


def test_scheduled_publishing_shows_at_once(client, other_server, now_committing, make_guide):
    guide = make_guide(title="定时发布之前")
    cache_everywhere(client, other_server, guide.url, "/")
    guide.title = "定时发布之后"
    guide.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    assert "定时发布之前" in client.get(guide.url).text  # a scheduled revision is not live yet

    with now_committing():
        call_command("publish_scheduled", verbosity=0)

    assert_fresh_everywhere(other_server, guide.url, "/")
    assert "定时发布之后" in client.get(guide.url).text


def test_a_link_to_a_page_follows_its_new_address(client, other_server, now_committing, make_guide, about):
    guide = make_guide(slug="linked-guide")
    linking = about.add_child(
        instance=StandardPage(
            title="推荐阅读",
            slug="reading",
            body=[("paragraph", f'<p><a linktype="page" id="{guide.pk}">防骗指南</a></p>')],
        )
    )
    linking.save_revision().publish()
    cache_everywhere(client, other_server, linking.url)

    guide.slug = "renamed-guide"
    with now_committing():
        guide.save_revision().publish()

    assert_fresh_everywhere(other_server, linking.url)
    assert "/renamed-guide/" in client.get(linking.url).text


def rename_the_category(category, about):
    category.name = "冒充客服（新名称）"
    category.save()
    return category.name


def change_the_hotline(category, about):
    site_settings = SiteSettings.load(request_or_site=Site.objects.get(is_default_site=True))
    site_settings.hotline = "400-111-2222"
    site_settings.save()
    return site_settings.hotline


def rename_a_page_in_the_menu(category, about):
    about.title = "认识我们"
    about.save_revision().publish()
    return about.title


@pytest.mark.parametrize("change", [rename_the_category, change_the_hotline, rename_a_page_in_the_menu])
def test_what_every_page_shows_refreshes_every_page(
    client, other_server, now_committing, make_guide, about, category, change
):
    guide = make_guide()
    unrelated = about.add_child(instance=StandardPage(title="服务承诺", slug="promise"))
    unrelated.save_revision().publish()
    cache_everywhere(client, other_server, guide.url, unrelated.url, "/")

    with now_committing():
        shown = change(category, about)

    assert_fresh_everywhere(other_server, guide.url, unrelated.url, "/")
    assert shown in client.get(guide.url).text


def test_restricting_a_page_stops_serving_it_to_the_public(client, other_server, now_committing, make_guide):
    guide = make_guide()
    cache_everywhere(client, other_server, guide.url)

    with now_committing():
        PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)

    assert_fresh_everywhere(other_server, guide.url)
    assert client.get(guide.url).status_code == 302


def test_an_event_state_is_never_served_after_it_changes(
    client, shared_page_cache, make_event, event_index, monkeypatch
):
    starts_in = datetime.timedelta(minutes=10)
    event = make_event(start=timezone.now() + starts_in, title="即将开讲的讲座")
    for url in (event.url, event_index.url, "/"):
        assert "即将开始" in client.get(url).text
        assert client.get(url)["X-Page-Cache"] == "hit"

    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + starts_in + datetime.timedelta(seconds=1))

    for url in (event.url, event_index.url, "/"):
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert "正在进行" in response.text, url


def test_an_alert_is_marked_expired_from_the_first_second_it_is(client, page_cache, make_alert, monkeypatch):
    today = timezone.localdate()
    alert = make_alert(valid_until=today)
    assert "已过期" not in client.get(alert.url).text
    assert client.get(alert.url)["X-Page-Cache"] == "hit"

    tomorrow = today + datetime.timedelta(days=1)
    midnight = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time()))
    monkeypatch.setattr(timezone, "now", lambda: midnight + datetime.timedelta(seconds=1))

    response = client.get(alert.url)
    assert response["X-Page-Cache"] == "miss"
    assert "已过期" in response.text


def test_publishing_purges_the_edge_cache_too(
    page_cache, edge_cache, now_committing, make_guide, make_alert, guide_index, alert_index
):
    guide = make_guide()
    alert = make_alert()
    root = Site.objects.get(is_default_site=True).root_url

    with now_committing():
        guide.save_revision().publish()
    assert {root + path for path in (guide.url, guide_index.url, "/", "/sitemap.xml", "/search/")} <= set(
        edge_cache
    )
    assert root + alert.url not in edge_cache

    edge_cache.clear()
    with now_committing():
        alert.save_revision().publish()
    feeds = {root + alert_index.url + path for path in ("", "feed/rss/", "feed/atom/")}
    assert {root + alert.url, *feeds} <= set(edge_cache)


def test_nothing_is_sent_to_an_edge_cache_that_is_not_configured(
    page_cache, now_committing, make_guide, settings, monkeypatch
):
    sent = []
    monkeypatch.setattr("wagtail.contrib.frontend_cache.utils.purge_urls_from_cache", sent.append)
    guide = make_guide()
    assert not settings.WAGTAILFRONTENDCACHE
    with now_committing():
        guide.save_revision().publish()
    assert sent == []

    settings.WAGTAILFRONTENDCACHE = {"edge": {"BACKEND": "tests.page_cache_support.RecordingBackend"}}
    with now_committing():
        guide.save_revision().publish()
    assert len(sent) == 1
