"""The switcher, hreflang alternates, <html lang>, og:locale and JSON-LD inLanguage follow the page."""

import json

import pytest
from bs4 import BeautifulSoup

from tests.conftest import publish

pytestmark = pytest.mark.django_db


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def switcher(soup):
    return {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}


def alternates(soup):
    return {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}


def json_ld(soup):
    return json.loads(soup.select_one('script[type="application/ld+json"]').string)


@pytest.fixture
def guide_pair(english_guides, make_guide, translate):
    guide = make_guide(title="冒充客服", slug="fake-service")
    return guide, translate(guide, title="Fake customer service")


def test_a_translated_guide_links_to_its_translation_both_ways(client, guide_pair):
    chinese = soup_of(client, "/guides/fake-service/")
    assert switcher(chinese) == {"en": "/en/guides/fake-service/"}
    english = soup_of(client, "/en/guides/fake-service/")
    assert switcher(english) == {"zh-Hans": "/guides/fake-service/"}
    assert english.select_one(".language-switcher a")["lang"] == "zh-Hans"


def test_hreflang_alternates_name_both_languages_and_chinese_as_default(client, guide_pair):
    for url in ("/guides/fake-service/", "/en/guides/fake-service/"):
        assert alternates(soup_of(client, url)) == {
            "zh-Hans": "http://testserver/guides/fake-service/",
            "en": "http://testserver/en/guides/fake-service/",
            "x-default": "http://testserver/guides/fake-service/",
        }


def test_an_untranslated_page_links_to_the_english_home_and_claims_no_alternate(
    client, english_guides, make_guide
):
    make_guide(title="只有中文", slug="chinese-only")
    soup = soup_of(client, "/guides/chinese-only/")
    assert switcher(soup) == {"en": "/en/"}
    assert alternates(soup) == {}


def test_without_any_english_tree_the_switcher_leads_to_en(client, home, make_guide):
    make_guide(slug="only")
    assert switcher(soup_of(client, "/guides/only/")) == {"en": "/en/"}


def test_lang_og_locale_and_in_language_follow_the_page(client, guide_pair):
    chinese = soup_of(client, "/guides/fake-service/")
    english = soup_of(client, "/en/guides/fake-service/")
    assert chinese.html["lang"] == "zh-Hans" and english.html["lang"] == "en"
    assert chinese.select_one('meta[property="og:locale"]')["content"] == "zh_CN"
    assert english.select_one('meta[property="og:locale"]')["content"] == "en_US"
    assert json_ld(chinese)["inLanguage"] == "zh-Hans"
    assert json_ld(english)["inLanguage"] == "en"
    assert json_ld(soup_of(client, "/en/"))["inLanguage"] == "en"


def test_sub_urls_of_the_report_form_keep_their_place(client, english_report):
    assert switcher(soup_of(client, "/report/check/")) == {"en": "/en/report/check/"}
    assert switcher(soup_of(client, "/en/report/status/")) == {"zh-Hans": "/report/status/"}


def test_statistics_switch_to_the_same_view(client, home):
    assert switcher(soup_of(client, "/statistics/handling/")) == {"en": "/en/statistics/handling/"}
    assert switcher(soup_of(client, "/en/statistics/")) == {"zh-Hans": "/statistics/"}
    assert alternates(soup_of(client, "/statistics/"))["en"] == "http://testserver/en/statistics/"


def test_english_menu_and_report_button_stay_in_english(
    client, home, english_home, english_guides, form_page, english_report
):
    # The translated home page keeps the original's choice of report page: it is shown translated.
    for page in (home, english_home):
        page.refresh_from_db()  # the fixtures' copies predate their children (numchild)
        page.report_page = form_page
        publish(page)
    soup = soup_of(client, "/en/")
    assert [a["href"] for a in soup.select(".main-menu li:not(.language-switcher) a")] == ["/en/guides/"]
    assert soup.select_one(".button--report")["href"] == "/en/report/"
    assert soup.select_one(".button--report").get_text(strip=True) == "Report"
    chinese = soup_of(client, "/")
    assert chinese.select_one(".button--report")["href"] == "/report/"
