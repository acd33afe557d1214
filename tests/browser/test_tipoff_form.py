"""A frightened person can file a report on a phone, with or without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from .report_helpers import DESCRIPTION, fill_required, png_file
from .support import browser_db


@pytest.mark.browser
@browser_db
def test_without_javascript_extra_contacts_and_errors_keep_what_was_typed(
    live_server, new_context, report_page
):
    from tipoffs.models import SuspectContact, TipOff

    page = new_context(java_script_enabled=False, viewport={"width": 390, "height": 844}).new_page()
    page.goto(live_server.url + report_page.url)
    rows = page.locator("[data-contact-row]")
    blank_rows = rows.count()
    page.get_by_label("发生了什么").fill(DESCRIPTION)
    page.locator("input[name='contacts-0-value']").fill("13800138000")
    page.locator("select[name='contacts-0-kind']").select_option("phone")

    page.get_by_role("button", name="再添加一个联系方式").click()
    expect(rows).to_have_count(blank_rows + 1)
    assert page.get_by_label("发生了什么").input_value() == DESCRIPTION
    assert page.locator("input[name='contacts-0-value']").input_value() == "13800138000"
    assert TipOff.objects.count() == 0

    last = blank_rows  # the added row: the server kept the blank rows and appended one
    page.locator(f"select[name='contacts-{last}-kind']").select_option("wechat")
    page.locator(f"input[name='contacts-{last}-value']").fill("Kefu_8899")
    page.get_by_role("button", name="提交举报").click()  # consent and channel still missing
    page.wait_for_load_state()
    summary = page.get_by_role("alert").filter(has_text="还有几处需要修改")
    expect(summary).to_be_visible()
    assert "请选择一类" in summary.inner_text()
    assert page.locator(f"input[name='contacts-{last}-value']").input_value() == "Kefu_8899"
    assert TipOff.objects.count() == 0

    page.get_by_label("这像是哪一类骗局？").select_option(label="不确定")
    page.get_by_label("对方是通过什么方式联系您的？").select_option("phone_call")
    page.locator("input[name='consent']").check()
    page.get_by_role("button", name="提交举报").click()
    expect(page).to_have_url(re.compile(r"/thanks/#thanks$"))
    reference = TipOff.objects.get().reference
    assert reference in page.locator("main").inner_text()
    assert set(SuspectContact.objects.values_list("value", flat=True)) == {"+8613800138000", "kefu_8899"}


@pytest.mark.browser
@browser_db
def test_with_javascript_rows_are_added_and_removed_in_place_and_evidence_uploads(
    live_server, phone_page, report_page, tmp_path
):
    from tipoffs.models import TipOff

    page = phone_page
    page.goto(live_server.url + report_page.url)
    rows = page.locator("[data-contact-row]")
    start = rows.count()
    url = page.url

    page.get_by_role("button", name="再添加一个联系方式").click()
    assert rows.count() == start + 1
    assert page.url == url  # no round trip
    new_row = rows.nth(start)
    assert new_row.locator("legend").inner_text() == f"联系方式 {start + 1}"
    assert new_row.locator("input[name$='-value']").get_attribute("name") == f"contacts-{start}-value"
    assert page.locator("input[name='contacts-TOTAL_FORMS']").input_value() == str(start + 1)
    new_row.get_by_role("button", name="删除这一项").click()
    assert rows.count() == start
    assert page.locator("input[name='contacts-TOTAL_FORMS']").input_value() == str(start)

    fill_required(page)
    page.locator("input[type='file']").set_input_files(str(png_file(tmp_path)))
    page.get_by_role("button", name="提交举报").click()
    page.wait_for_url("**/thanks/#thanks")
    tip_off = TipOff.objects.get()
    assert tip_off.reference in page.locator("main").inner_text()
    assert tip_off.evidence.count() == 1
