"""English for foreign residents (issue 13), in a real browser: an English browser still gets Chinese
until the reader picks English in the header (a plain link, no JavaScript needed), and the English pages
are clean under axe at 320 px."""

import pytest

from .support import browser_db
from .test_reflow import OVERFLOW_SCRIPT

ENGLISH_URLS = [
    "/en/",
    "/en/guides/",
    "/en/report/",
    "/en/report/check/",
    "/en/report/status/",
    "/en/statistics/",
]


@pytest.fixture
def english_site(home, report_page, guide_index, make_guide):
    from django.core.cache import cache
    from wagtail.models import Locale

    from tests.conftest import publish

    english = Locale.objects.get_or_create(language_code="en")[0]

    def translate(page, **fields):
        copy = page.copy_for_translation(english).specific
        for name, value in fields.items():
            setattr(copy, name, value)
        copy.save()
        return publish(copy)

    guide = make_guide(title="冒充客服", slug="fake-service")
    home.refresh_from_db()
    translate(home, title="Anti-fraud help", hero_title="Spot scams, protect your money", hero_text="")
    guide_index.refresh_from_db()
    translate(guide_index, title="Anti-fraud guides")
    report_page.refresh_from_db()
    translate(
        report_page,
        title="Report a scam",
        time_estimate="about 5 minutes",
        privacy_notice="<p>Used only to investigate; kept for at most 3 years.</p>",
    )
    translate(guide, title="Fake customer service", summary="Hang up, then check through official channels.")
    cache.clear()
    return guide


@pytest.mark.browser
@browser_db
def test_an_english_browser_gets_chinese_until_it_picks_english_without_javascript(
    live_server, new_context, english_site
):
    page = new_context(
        locale="en-US", java_script_enabled=False, viewport={"width": 320, "height": 640}
    ).new_page()
    page.goto(live_server.url + "/guides/fake-service/")
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    assert page.get_by_role("link", name="跳到正文").count() == 1

    page.get_by_role("link", name="English", exact=True).click()
    page.wait_for_url("**/en/guides/fake-service/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Fake customer service"
    assert page.get_by_role("link", name="Skip to main content").count() == 1

    page.get_by_role("link", name="简体中文", exact=True).click()
    page.wait_for_url(live_server.url + "/guides/fake-service/")
    assert page.locator("html").get_attribute("lang") == "zh-Hans"


@pytest.mark.browser
@browser_db
def test_english_pages_have_no_axe_violations_and_reflow_at_320_px(live_server, new_context, english_site):
    from .axe import axe_violations

    page = new_context(viewport={"width": 320, "height": 640}).new_page()
    found = {}
    for url in [*ENGLISH_URLS, "/en/guides/fake-service/"]:
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        assert page.locator("html").get_attribute("lang") == "en", url
        violations = axe_violations(page)
        if violations:
            found[url] = violations
        result = page.evaluate(OVERFLOW_SCRIPT)
        assert result["scrollWidth"] <= 320 and not result["wide"], (url, result)
    assert found == {}
