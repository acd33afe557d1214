"""sitemap.xml lists live public pages only (search: test_search_ranking.py)."""

import xml.etree.ElementTree as ET

import pytest
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
