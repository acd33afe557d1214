"""Issue 10, defect 6: searching for a phone number used to say "0 results" and nothing else. The search
page now recognises it and offers a one-click risk check (a POST button: the value stays out of URLs),
on a 320 px phone and a 1366 px laptop, with JavaScript on and off."""

import pytest
from playwright.sync_api import expect

from .axe import axe_violations
from .report_helpers import open_page
from .support import browser_db


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("width", [320, 1366])
def test_a_number_searched_for_is_checked_in_one_click(
    live_server, new_context, report_page, screenshot_dir, width, javascript
):
    from tests.factories import make_contact
    from tipoffs.models import ContactStatus

    make_contact("phone", "17020248888", status=ContactStatus.CONFIRMED)
    page = open_page(new_context, width, javascript)
    suffix = f"{width}-{'js' if javascript else 'nojs'}"
    page.goto(live_server.url + "/search/")
    main = page.locator("#main")
    main.get_by_label("关键词").fill("170 2024 8888")
    main.get_by_role("button", name="搜索").click()
    page.wait_for_load_state()
    offer = page.locator(".search-risk-check")
    assert "您搜索的像是一个电话号码" in offer.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    if javascript:  # axe runs as a script in the page; the HTML is the same without JavaScript
        assert axe_violations(page) == []
    page.screenshot(path=str(screenshot_dir / f"search-risk-offer-{suffix}.png"), full_page=True)

    page.get_by_role("button", name="查一查这个电话号码").click()
    expect(page).to_have_url(live_server.url + "/search/risk-check/")  # no number in the address
    answer = page.get_by_role("status").filter(has_text="已被确认为黑灰产")
    assert "170 2024 8888" in answer.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    page.screenshot(path=str(screenshot_dir / f"search-risk-answer-{suffix}.png"), full_page=True)

    # Checking another value from there goes through the risk check's own (CSRF-protected) form.
    page.get_by_label("号码、账号或网址").fill("171 0000 0000")
    page.get_by_role("button", name="查询").last.click()
    page.wait_for_load_state()
    assert "暂无记录" in page.get_by_role("status").filter(has_text="暂无记录").inner_text()
    assert page.url.endswith("/report/check/")
