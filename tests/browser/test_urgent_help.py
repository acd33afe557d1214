"""刚被骗 / 刚转账？ on the home page: found in seconds on the smallest phones, JavaScript on or off."""

import pytest
from playwright.sync_api import expect

from .support import browser_db

PHONES = [(320, 568), (390, 844)]


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize(("width", "height"), PHONES, ids=[f"{w}x{h}" for w, h in PHONES])
def test_urgent_help_is_on_the_first_phone_screen(
    live_server,
    new_context,
    home,
    report_page,
    make_guide,
    make_alert,
    screenshot_dir,
    width,
    height,
    javascript,
):
    home.hero_text = "“代理维权”、收费“征信修复”、冒充客服……我们把常见的金融黑灰产套路讲清楚。"
    home.urgent_guide = make_guide(title="已经转账了怎么办？抓紧黄金时间")
    home.save_revision().publish()
    make_alert(title="紧急：有人冒充本公司客服要求“注销校园贷”", level="urgent")

    context = new_context(
        viewport={"width": width, "height": height},
        is_mobile=True,
        has_touch=True,
        java_script_enabled=javascript,
    )
    page = context.new_page()
    assert page.goto(live_server.url + "/").status == 200
    page.screenshot(path=str(screenshot_dir / f"home-urgent-{width}{'' if javascript else '-nojs'}.png"))

    block = page.locator("section.urgent")
    expect(block.get_by_role("heading", name="刚被骗 / 刚转账？")).to_be_visible()
    calls = {link.get_attribute("href"): link for link in block.locator("a[href^='tel:']").all()}
    assert set(calls) == {"tel:110", "tel:96110"}
    assert [item.inner_text() for item in block.locator("ol li").all()] == [
        "马上打银行客服电话，申请止付",
        "保存聊天记录和转账凭证",
        "别再回复对方，也别再转账",
    ]
    guide_link = block.get_by_role("link", name="已经转账了怎么办？抓紧黄金时间")
    assert guide_link.get_attribute("href") == home.urgent_guide.url

    assert page.evaluate("window.scrollY") == 0
    for name, element in [*calls.items(), ("the whole block", block), ("the guide link", guide_link)]:
        box = element.bounding_box()
        assert box["y"] + box["height"] <= height, f"{name} ends at {box['y'] + box['height']:.0f}px"
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, f"{name} is cut off sideways"
    # Touch targets: both call buttons at least 44 px high.
    assert all(link.bounding_box()["height"] >= 44 for link in calls.values())
    assert page.evaluate("document.documentElement.scrollWidth") <= width
