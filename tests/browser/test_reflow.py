"""WCAG 2.1 reflow (1.4.10): no public page scrolls sideways on a 320 px wide screen.

Every page of the demo site (home, standard pages, guide, alert and event indexes and pages) plus
every state of the public forms: search with and without hits, the report form empty and with
errors, the thanks page, the status lookup and its answer, the reporter's follow-up forms, the risk check
with each of its three answers (and the search page offering one), the appeal page and the 404 page.
With JavaScript on and off.
"""

import re

import pytest
from playwright.sync_api import expect

from .report_helpers import STATUS_KEY_PATTERN, fill_required, open_page
from .support import browser_db

WIDTH = 320
OFFICIAL_HOTLINE = "400-000-0000"  # the demo site's official hotline
CONFIRMED_NUMBER = "170 2024 8888"
UNKNOWN_NUMBER = "171 0000 0000"

# Anything whose right edge passes the screen's, unless an ancestor clips it (a scrolling table,
# the visually hidden helpers) or it is not rendered at all.
OVERFLOW_SCRIPT = """
() => {
    const screen = document.documentElement.clientWidth;
    const clipped = (el) => {
        for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
            if (getComputedStyle(node).overflowX !== "visible") return true;
        }
        return false;
    };
    const describe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
        + (typeof el.className === "string" && el.className.trim()
            ? "." + el.className.trim().split(/\\s+/).join(".") : "");
    const wide = [];
    for (const el of document.body.querySelectorAll("*")) {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        if (rect.right > screen + 0.5 && !clipped(el)) {
            wide.push(`${describe(el)} (right edge ${Math.round(rect.right)}px)`);
        }
    }
    return {scrollWidth: document.documentElement.scrollWidth, screen: screen, wide: wide.slice(0, 15)};
}
"""


class ReflowChecker:
    """Measures each page and collects every one that is too wide, so one run reports them all."""

    def __init__(self, page):
        self.page = page
        self.too_wide = []

    def __call__(self, what):
        self.page.wait_for_load_state()
        result = self.page.evaluate(OVERFLOW_SCRIPT)
        assert result["screen"] == WIDTH
        if result["scrollWidth"] > WIDTH or result["wide"]:
            self.too_wide.append(f"{what} ({self.page.url}): {result}")


@pytest.fixture
def demo_site(live_server):
    """The demo site (every page type, with realistic content) and one confirmed number."""
    from django.core.cache import cache
    from django.core.management import call_command

    from tests.factories import make_tipoff
    from tipoffs.models import ContactStatus, SuspectContact

    call_command("load_demo_content", verbosity=0)
    make_tipoff(contacts=(("phone", CONFIRMED_NUMBER),))
    SuspectContact.objects.update(status=ContactStatus.CONFIRMED)
    cache.clear()  # rate limits: every browser here is 127.0.0.1


def risk_check(page, number):
    page.get_by_label("号码、账号或网址").fill(number)
    page.get_by_role("button", name="查询").last.click()
    page.wait_for_load_state()


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_every_public_page_reflows_at_320_px(live_server, new_context, demo_site, javascript):
    from wagtail.models import Page

    page = open_page(new_context, WIDTH, javascript)
    assert_reflows = ReflowChecker(page)
    checked_types = set()
    for content_page in Page.objects.live().public().specific().exclude(depth=1):
        page.goto(live_server.url + content_page.url)
        assert_reflows(type(content_page).__name__)
        checked_types.add(type(content_page).__name__)
    assert checked_types >= {
        "HomePage",
        "StandardPage",
        "GuideIndexPage",
        "GuidePage",
        "AlertIndexPage",
        "AlertPage",
        "EventIndexPage",
        "EventPage",
        "TipOffFormPage",
    }

    page.goto(live_server.url + "/search/?q=代理维权")
    assert page.locator(".search-results li").count() > 0
    assert_reflows("search with results")
    page.goto(live_server.url + "/search/?q=完全不存在的词语xyz")
    assert_reflows("search without results")
    page.goto(live_server.url + "/search/?q=" + CONFIRMED_NUMBER)
    expect(page.locator(".search-risk-check")).to_be_visible()
    assert_reflows("search for a number, offering a risk check")
    response = page.goto(live_server.url + "/no-such-page/")
    assert response.status == 404
    assert_reflows("404")

    # The report form with errors, then a report that goes through, its thanks page and status.
    page.goto(live_server.url + "/report/")
    page.get_by_role("button", name="提交举报").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert_reflows("report form with errors")
    fill_required(page)
    page.get_by_role("button", name="提交举报").click()
    page.wait_for_url("**/report/thanks/**")
    assert_reflows("thanks")
    reference = page.locator(".reference").inner_text().strip()
    key = page.locator(".status-key").inner_text().strip()
    assert re.fullmatch(STATUS_KEY_PATTERN, key)
    page.get_by_role("link", name="查询处理进度").click()
    page.wait_for_url("**/report/status/")
    assert_reflows("status lookup")
    page.get_by_label("举报编号").fill(reference)
    page.get_by_label("查询码").fill(key)
    page.get_by_role("button", name="查询").last.click()
    expect(page.get_by_role("status").first).to_contain_text("当前进度")
    assert_reflows("status answer")

    # The reporter's follow-up: adding information (and its errors), the withdrawal's confirmation.
    page.get_by_role("link", name="补充信息或证据").click()
    assert_reflows("follow-up: add information")
    page.get_by_role("button", name="提交补充").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert_reflows("follow-up: add information with errors")
    page.goto(live_server.url + "/report/status/withdraw/")
    assert_reflows("follow-up: withdraw")

    # The risk check: empty, each of the three answers, and the appeal against a confirmation.
    page.goto(live_server.url + "/report/check/")
    assert_reflows("risk check")
    for number, heading in (
        (OFFICIAL_HOTLINE, "这是我们的官方渠道"),
        (UNKNOWN_NUMBER, "暂无记录"),
        (CONFIRMED_NUMBER, "警告：已被确认为黑灰产"),
    ):
        risk_check(page, number)
        assert heading in page.get_by_role("status").inner_text()
        assert_reflows(f"risk check answer “{heading}”")
    page.get_by_role("link", name="提交误判申诉").click()
    expect(page.get_by_role("heading", name="误判申诉")).to_be_visible()
    assert_reflows("appeal")

    assert assert_reflows.too_wide == [], "\n".join(assert_reflows.too_wide)
