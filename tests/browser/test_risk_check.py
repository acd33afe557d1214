"""A worried person checks a number from the home page on a phone, with or without JavaScript, without
having to say what kind of number it is; a value with two readings asks which one is meant."""

import pytest
from playwright.sync_api import expect

from .support import SCREENSHOT_DIR, browser_db

VIEWPORTS = {"320": {"width": 320, "height": 640}, "1366": {"width": 1366, "height": 800}}


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("width", VIEWPORTS)
def test_check_a_number_from_the_home_page(live_server, new_context, report_page, width, javascript):
    from tests.factories import make_contact, set_official_channels
    from tipoffs.models import ContactStatus

    make_contact("phone", "13800138000", status=ContactStatus.CONFIRMED)
    set_official_channels("95588")
    make_contact("qq", "95588", status=ContactStatus.CONFIRMED)

    page = new_context(java_script_enabled=javascript, viewport=VIEWPORTS[width]).new_page()
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="不确定对方是不是骗子？先查一查号码、微信号或网址").click()
    value = page.get_by_label("号码、账号或网址")
    value.fill("+86 138-0013-8000")
    page.get_by_role("button", name="查询").last.click()
    page.wait_for_load_state()
    answer = page.get_by_role("status").filter(has_text="已被确认为黑灰产")
    assert "138 0013 8000" in answer.inner_text()
    assert value.input_value() == "+86 138-0013-8000"
    page.screenshot(path=str(SCREENSHOT_DIR / f"risk-confirmed-{width}-{'js' if javascript else 'nojs'}.png"))

    value.fill("95588")
    page.get_by_role("button", name="查询").last.click()
    page.wait_for_load_state()
    expect(page.get_by_role("status").filter(has_text="请在下面选择")).to_be_visible()
    page.screenshot(
        path=str(SCREENSHOT_DIR / f"risk-ambiguous-{width}-{'js' if javascript else 'nojs'}.png"),
        full_page=True,
    )
    page.get_by_label("QQ 号").check()
    page.get_by_role("button", name="查询").last.click()
    page.wait_for_load_state()
    expect(page.get_by_role("status").filter(has_text="已被确认为黑灰产")).to_be_visible()

    value.fill("not a number")
    page.get_by_role("button", name="查询").last.click()
    page.wait_for_load_state()
    expect(page.get_by_role("alert").filter(has_text="请检查下面标出的内容")).to_be_visible()
    assert value.input_value() == "not a number"
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[width]["width"]
