"""On a phone, without JavaScript, a worried person can check a number from the home page."""

import pytest

from .support import browser_db


@pytest.mark.browser
@browser_db
def test_check_a_number_from_the_home_page_without_javascript(live_server, new_context, report_page):
    from tests.factories import make_tipoff
    from tipoffs.models import ContactStatus, SuspectContact

    make_tipoff(contacts=(("phone", "13800138000"),))
    SuspectContact.objects.update(status=ContactStatus.CONFIRMED)

    page = new_context(java_script_enabled=False, viewport={"width": 390, "height": 844}).new_page()
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="不确定对方是不是骗子？先查一查号码、微信号或网址").click()
    page.get_by_label("要查询的是什么").select_option("phone")
    page.get_by_label("号码、账号或网址").fill("+86 138-0013-8000")
    page.get_by_role("button", name="查询").last.click()
    page.wait_for_load_state()
    answer = page.get_by_role("status")
    assert "已被确认为黑灰产" in answer.inner_text()
    assert page.get_by_label("号码、账号或网址").input_value() == "+86 138-0013-8000"

    page.get_by_label("号码、账号或网址").fill("not a number")
    page.get_by_role("button", name="查询").last.click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").filter(has_text="请检查下面标出的内容").is_visible()
    assert page.get_by_label("号码、账号或网址").input_value() == "not a number"
