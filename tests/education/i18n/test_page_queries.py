"""An English tree costs the Chinese pages nothing, and English pages keep the same query limits: the
route starts from the cached home page of the language, not from a Locale and a translation query."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

GUIDE_LIMIT = 10  # issue 16's limit for an uncached guide, as in tests/education/test_page_queries.py


def queries_of(client, url):
    """The SQL of a second request (the first fills per-process and shared caches)."""
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200, url
    return [query["sql"] for query in queries.captured_queries]


@pytest.fixture
def guide_in_both_languages(english_guides, make_guide, translate):
    guide = make_guide(title="冒充客服", slug="fake-service")
    translate(guide, title="Fake customer service")
    return guide


@pytest.mark.parametrize("url", ["/guides/fake-service/", "/en/guides/fake-service/", "/", "/en/"])
def test_no_locale_or_translation_lookup_to_route_a_page(client, guide_in_both_languages, url):
    queries = queries_of(client, url)
    assert not [sql for sql in queries if 'FROM "wagtailcore_locale"' in sql], url
    if "guides" in url:
        assert len(queries) <= GUIDE_LIMIT, queries


def test_an_english_home_published_later_is_served_at_once(client, home, translate):
    """Before there is an English home, /en/ shows the Chinese one (as Wagtail would); publishing the
    English home changes that on the next request."""

    def title_at_en():
        return BeautifulSoup(client.get("/en/").content, "html.parser").title.get_text()

    chinese_title = title_at_en()
    english_home = translate(home, title="Anti-fraud help")
    assert title_at_en().startswith("Anti-fraud help")

    english_home.unpublish()
    assert title_at_en() == chinese_title


def test_a_page_outside_every_site_is_not_found(client, home):
    assert client.get("/no-such-page/").status_code == 404
    assert client.get("/en/no-such-page/").status_code == 404
