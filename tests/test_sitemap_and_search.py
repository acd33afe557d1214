"""sitemap.xml and site search expose live public pages only."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def mixed_guides(make_guide):
    public = make_guide(title="公开 冒充客服 指南")
    draft = make_guide(title="草稿 冒充客服 指南")
    draft.unpublish()
    private = make_guide(title="私密 冒充客服 指南")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    return public, draft, private


def test_sitemap_lists_live_public_pages_only(client, mixed_guides, alert_index, event_index):
    public, draft, private = mixed_guides
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = [loc.text for loc in ET.fromstring(response.content).iter(f"{NS}loc")]
    assert f"http://localhost{public.url}" in locations
    assert "http://localhost/alerts/" in locations
    assert not any(draft.slug in loc or private.slug in loc for loc in locations)


def test_search_finds_live_public_pages_only(client, mixed_guides):
    # Ranking and Chinese words: tests/test_search_ranking.py.
    public, draft, private = mixed_guides
    soup = BeautifulSoup(client.get("/search/", {"q": "指南"}).content, "html.parser")
    found = [a.get_text() for a in soup.select(".search-results a")]
    assert public.title in found
    assert draft.title not in found
    assert private.title not in found


@pytest.mark.parametrize(
    "query", ["", "   ", "x" * 1000, "！！？？", "' OR 1=1 --", "<script>alert(1)</script>"]
)
def test_odd_queries_give_a_normal_page(client, home, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
