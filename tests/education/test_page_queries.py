"""Query diet (issue 16): uncached renders stay within their limits whatever the content, and what
every page reads (site settings, menu, categories, view restrictions) comes from the shared cache,
fresh as soon as an editor changes it."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from education import site_cache
from education.models import HomePageFeaturedGuide, ScamCategory, SiteSettings, StandardPage
from tests.conftest import publish

pytestmark = pytest.mark.django_db

#: The limits of issue 16 for a render without the page cache.
LIMITS = {"home": 12, "guide": 10, "index": 10}


def queries_of(client, url):
    """The queries of a second request (the first fills per-process and shared caches)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


@pytest.fixture
def full_site(home, guide_index, alert_index, event_index, make_guide, make_alert, make_event, category):
    """Everything a page can show at once: images, tags, related guides, featured guides, 30 items
    per index, an urgent guide, footer links."""
    image = get_image_model().objects.create(title="题图", file=get_test_image_file())

    def body():  # a fresh list each time: saving a StreamField converts the values in place
        return [
            ("heading", {"text": "识别骗局", "level": "h2"}),
            ("image", {"image": image, "alt_text": "示意图", "caption": ""}),
            ("report_cta", {"text": "举报", "page": home, "button_label": "我要举报"}),
        ]

    guides = [make_guide(image=image, body=body(), tags=["转账", f"标签{n}"]) for n in range(30)]
    for n in range(30):
        make_alert(tags=[f"提示{n}"], categories=list(ScamCategory.objects.all()[:3]))
    for _ in range(15):
        make_event()
    for guide in guides[:4]:
        HomePageFeaturedGuide.objects.create(home=home, page=guide)
    home.urgent_guide = guides[0]
    publish(home)
    about = publish(home.add_child(instance=StandardPage(title="关于我们", slug="about", show_in_menus=True)))
    site_settings = SiteSettings.load()
    site_settings.footer_links = [("link", {"title": "关于我们", "page": about, "url": ""})]
    site_settings.save()
    return {"guide": guides[0], "image": image}


def test_limits_with_everything_on_the_page(client, full_site, django_assert_max_num_queries):
    assert len(queries_of(client, "/")) <= LIMITS["home"]
    assert len(queries_of(client, full_site["guide"].url)) <= LIMITS["guide"]
    for url in ["/guides/", "/alerts/", "/events/", "/guides/?category=maochong-kefu&page=2"]:
        assert len(queries_of(client, url)) <= LIMITS["index"], url


def test_renditions_come_with_the_image_even_when_the_cache_is_cold(client, full_site):
    """The header image's seven renditions (picture sizes and formats, the share card) are fetched
    with the guide; an image in the body gets all of its renditions in one query as well."""
    url = full_site["guide"].url
    client.get(url)  # make the renditions
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    rendition_queries = [
        q["sql"] for q in queries.captured_queries if 'FROM "wagtailimages_rendition"' in q["sql"]
    ]
    assert len(rendition_queries) == 2, rendition_queries  # one per image on the page
    assert "filter_spec" not in rendition_queries[0].split("WHERE", 1)[1]  # the header's: all of them


#: What each page reads and must find in the cache: a query for it looks like this.
CACHED_READS = {
    "site settings": re.compile(r'FROM "education_sitesettings"'),
    "the category list": re.compile(r'FROM "education_scamcategory" ORDER BY'),
    "view restrictions": re.compile(r'FROM "wagtailcore_pageviewrestriction"'),
    "the menu": re.compile(r'WHERE .*"wagtailcore_page"\."show_in_menus"'),
    "the report button's page": re.compile(r'"education_homepage"\."report_page_id" = '),
}


@pytest.mark.parametrize("url", ["/", "/guides/", "/alerts/", "/events/", "/search/?q=骗局"])
def test_settings_menu_categories_and_restrictions_cost_no_query(client, full_site, url):
    for sql in queries_of(client, url):
        for what, pattern in CACHED_READS.items():
            assert not pattern.search(sql), f"{what}: {sql}"


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_what_editors_change_shows_at_once(client, home, guide_index, make_guide):
    guide = make_guide(title="公开指南")
    soup(client, "/guides/")  # everything cached

    site_settings = SiteSettings.load()
    site_settings.brand_name = "新品牌"
    site_settings.save()
    assert soup(client, "/guides/").select_one(".site-brand__name").get_text() == "新品牌"

    category = ScamCategory.objects.get(slug="qita")
    category.name = "其他骗局"
    category.save()
    assert "其他骗局" in [a.get_text() for a in soup(client, "/guides/").select(".filters a")]

    publish(home.add_child(instance=StandardPage(title="联系我们", slug="contact", show_in_menus=True)))
    assert "联系我们" in [a.get_text() for a in soup(client, "/guides/").select(".main-menu a")]

    restriction = PageViewRestriction.objects.create(page=guide, restriction_type="password", password="x")
    assert "公开指南" not in soup(client, "/guides/").get_text()
    assert 'name="password"' in client.get(guide.url).content.decode()
    restriction.delete()
    assert "公开指南" in soup(client, "/guides/").get_text()


def test_the_cache_is_dropped_again_when_the_transaction_commits(django_capture_on_commit_callbacks):
    """A request that read the old rows before the commit may cache them after the first drop."""
    site_cache.scam_categories()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        ScamCategory.objects.create(name="新分类", slug="xin")
    site_cache.cached("scam-categories", lambda: ["stale"])  # what such a request would leave
    for callback in callbacks:
        callback()
    assert "新分类" in [category.name for category in site_cache.scam_categories()]


def test_on_redis_as_in_production(shared_redis, client, full_site):
    """The cached settings, menu and pages come back whole from Redis (pickled), and a change made
    through one app server is what every server reads next."""
    guide_url = full_site["guide"].url
    first = soup(client, guide_url)
    assert len(queries_of(client, guide_url)) <= LIMITS["guide"]
    again = soup(client, guide_url)
    for selector in [".site-brand", ".main-menu", ".site-footer", ".breadcrumbs", ".block-cta"]:
        assert str(again.select_one(selector)) == str(first.select_one(selector)), selector
    assert [a.get_text() for a in again.select(".site-footer__links a")] == [
        "关于我们",
        "举报数据公开",
        "我们的处理记录",
    ]

    site_settings = SiteSettings.load()
    site_settings.brand_name = "新品牌"
    site_settings.save()
    assert soup(client, "/").select_one(".site-brand__name").get_text() == "新品牌"
