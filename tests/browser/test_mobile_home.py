"""The home page on a phone: latest alerts and the report button within the first screen."""

import pytest
from playwright.sync_api import expect

from .support import PHONE, browser_db

SCREEN_HEIGHT = PHONE["viewport"]["height"]


@pytest.mark.browser
@browser_db
def test_phone_first_screen_shows_report_button_and_latest_alerts(
    live_server,
    phone_page,
    home,
    report_page,
    guide_index,
    make_alert,
    make_guide,
    make_event,
    screenshot_dir,
):
    # A realistic home page: an introduction, a full menu, alerts of each level, guides and events.
    home.hero_text = (
        "金融黑灰产骗局层出不穷。这里教您识别代理维权、反催收、征信修复等骗局，遇到可疑情况及时举报。"
    )
    home.save_revision().publish()
    make_alert(title="紧急：有人冒充本公司客服要求“注销校园贷”", level="urgent")
    make_alert(title="警惕“代理维权”机构收取高额服务费", level="warning")
    make_alert(title="征信无法花钱修复", level="notice")
    make_guide(title="接到“客服”电话说账户异常怎么办")
    make_event(title="社区防骗讲座")

    response = phone_page.goto(live_server.url + "/")
    assert response.status == 200

    heading = phone_page.get_by_role("heading", name="最新风险提示", exact=True)
    expect(heading).to_be_visible()
    alert_cards = phone_page.locator("section[aria-labelledby=latest-alerts-heading] .card--alert")
    assert alert_cards.count() >= 1
    expect(alert_cards.first).to_be_visible()

    # The home page's own report button, pointing at the report page chosen by the editors.
    report_button = phone_page.locator(".report-callout a.button--report")
    expect(report_button).to_be_visible()
    assert report_button.get_attribute("href") == report_page.url

    phone_page.screenshot(path=str(screenshot_dir / "home-phone-first-screen.png"))
    phone_page.screenshot(path=str(screenshot_dir / "home-phone-full.png"), full_page=True)

    assert phone_page.evaluate("window.scrollY") == 0
    button_box = report_button.bounding_box()
    heading_box = heading.bounding_box()
    assert button_box["y"] + button_box["height"] <= SCREEN_HEIGHT, (
        f"report button ends at {button_box['y'] + button_box['height']:.0f}px, below the first screen"
    )
    assert heading_box["y"] < SCREEN_HEIGHT, f"“最新风险提示” starts at {heading_box['y']:.0f}px"
    # Nothing is wider than the phone: no sideways scrolling.
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= PHONE["viewport"]["width"]
