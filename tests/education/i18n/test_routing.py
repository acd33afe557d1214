"""English lives under /en/, Chinese at the usual URLs; the language comes from the URL alone (issue 13)."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def test_chinese_home_at_the_root_english_home_under_en(client, english_home):
    chinese = soup_of(client.get("/"))
    assert chinese.html["lang"] == "zh-Hans"
    english = soup_of(client.get("/en/"))
    assert english.html["lang"] == "en"
    assert english.title.get_text().startswith("Anti-fraud help")
    assert english_home.url == "/en/"


def test_an_english_browser_gets_chinese_unless_it_chose_english(client, english_home):
    """No guessing: neither Accept-Language nor a language cookie changes the page at /."""
    client.cookies["django_language"] = "en"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    soup = soup_of(response)
    assert soup.html["lang"] == "zh-Hans"
    assert soup.select_one(".button--report") is None or "我要举报" in response.content.decode()
    assert "Skip to main content" not in response.content.decode()
    assert "跳到正文" in response.content.decode()
    vary = response.get("Vary", "")
    assert "Accept-Language" not in vary and "Cookie" not in vary


def test_nothing_varies_so_the_page_cache_keeps_both_languages(client, english_home, page_cache):
    for url in ("/", "/en/"):
        first = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
        assert first.get("X-Page-Cache") == "miss", url
        assert not first.has_header("Vary"), url
        assert client.get(url, HTTP_ACCEPT_LANGUAGE="zh-CN").get("X-Page-Cache") == "hit", url
    assert BeautifulSoup(client.get("/").content, "html.parser").html["lang"] == "zh-Hans"
    assert BeautifulSoup(client.get("/en/").content, "html.parser").html["lang"] == "en"


def test_english_guides_under_en_and_no_english_url_for_an_untranslated_guide(
    client, english_guides, make_guide, translate
):
    guide = make_guide(title="冒充客服", slug="fake-service")
    untranslated = make_guide(title="只有中文", slug="chinese-only")
    english_guide = translate(guide, title="Fake customer service")
    assert english_guide.url == "/en/guides/fake-service/"
    assert soup_of(client.get("/en/guides/fake-service/")).h1.get_text(strip=True) == "Fake customer service"
    assert client.get(f"/en/guides/{untranslated.slug}/").status_code == 404
    assert soup_of(client.get("/guides/fake-service/")).html["lang"] == "zh-Hans"


def test_no_prefix_for_chinese(client, home):
    assert client.get("/zh-hans/").status_code == 404


def test_english_report_form_risk_check_and_status_lookup(client, english_report):
    form = soup_of(client.get("/en/report/"))
    assert form.html["lang"] == "en"
    assert "Submit report" in form.get_text()
    assert "What kind of scam does it look like?" in form.get_text()
    check = soup_of(client.get("/en/report/check/"))
    assert "Risk check: can I trust this number, WeChat ID or website?" in check.get_text()
    status = soup_of(client.get("/en/report/status/"))
    assert "Check the progress of a report" in status.get_text()


def test_english_form_errors_are_english_and_chinese_ones_stay_chinese(client, english_report):
    english = soup_of(client.post("/en/report/", {"description": "short"}))
    assert (
        "Please briefly describe what happened" in english.get_text() or "at least 20" in english.get_text()
    )
    chinese = soup_of(client.post("/report/", {"description": "short"}, HTTP_ACCEPT_LANGUAGE="en"))
    assert "至少 20 个字" in chinese.get_text()
    assert "at least 20" not in chinese.get_text()


def test_statistics_in_both_languages(client, home):
    assert (
        "Tip-off statistics" not in soup_of(client.get("/statistics/", HTTP_ACCEPT_LANGUAGE="en")).get_text()
    )
    english = soup_of(client.get("/en/statistics/"))
    assert english.html["lang"] == "en"
    assert "What the public reported to us" in english.get_text()
    handling = soup_of(client.get("/en/statistics/handling/"))
    assert "Our promise" in handling.get_text()
