"""The reporter's journey through the report form, as a new user on a small phone or a laptop.

Guards the defects of issue 10 (1–4): the status key after an upload with JavaScript, contact rows
that can never reach a dead end, and error recovery that puts the summary and the new contact row
where the reporter is looking, with and without JavaScript.
"""

import re

import pytest
from playwright.sync_api import expect

from .report_helpers import DESCRIPTION, STATUS_KEY_PATTERN, box_in_view, fill_required, open_page, png_file
from .support import browser_db

THANKS_URL = re.compile(r"/report/thanks/(#[\w-]*)?$")


@pytest.fixture
def server_requests():
    """(method, path) of every request the live server handled: its access log, in effect."""
    from django.core.signals import request_started

    seen = []

    def record(sender, environ, **kwargs):
        seen.append((environ["REQUEST_METHOD"], environ["PATH_INFO"]))

    request_started.connect(record, weak=False, dispatch_uid="report-journey-requests")
    yield seen
    request_started.disconnect(dispatch_uid="report-journey-requests")


def page_errors(page):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def shoot(page, screenshot_dir, name, full_page=False):
    page.screenshot(path=str(screenshot_dir / f"{name}.png"), full_page=full_page)


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("width", [320, 390, 1366])
def test_status_key_is_shown_after_an_evidence_upload_with_javascript(
    live_server, new_context, report_page, tmp_path, server_requests, screenshot_dir, width
):
    from tipoffs.models import TipOff

    page = open_page(new_context, width)
    errors = page_errors(page)
    page.goto(live_server.url + report_page.url)
    fill_required(page)
    page.locator("input[type='file']").set_input_files(str(png_file(tmp_path)))
    page.get_by_role("button", name="提交举报").click()
    page.wait_for_url(THANKS_URL)
    page.wait_for_load_state()

    tipoff = TipOff.objects.get()
    assert tipoff.evidence.count() == 1
    key_box = page.locator(".status-key")
    expect(key_box).to_be_visible()
    key = key_box.inner_text().strip()
    assert re.fullmatch(STATUS_KEY_PATTERN, key), key
    assert tipoff.check_status_key(key), "the key shown verifies against the stored hash"
    assert page.locator(".reference").inner_text().strip() == tipoff.reference
    shoot(page, screenshot_dir, f"thanks-after-js-upload-{width}")
    # One upload request, one visit of the thanks page: the upload did not use up the receipt.
    assert server_requests.count(("POST", report_page.url)) == 1
    assert server_requests.count(("GET", report_page.url + "thanks/")) == 1, server_requests
    assert errors == []

    # The reporter can look the report up with what the page showed.
    page.get_by_role("link", name="查询处理进度").click()
    page.get_by_label("举报编号").fill(tipoff.reference)
    page.get_by_label("查询码").fill(key)
    page.get_by_role("button", name="查询").last.click()
    expect(page.get_by_role("status")).to_contain_text("当前进度：已收到")


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("width", [320, 1366])
def test_upload_with_mistakes_shows_the_errors_with_focus_on_the_summary(
    live_server, new_context, report_page, tmp_path, server_requests, width
):

    from tipoffs.models import TipOff

    page = open_page(new_context, width)
    errors = page_errors(page)
    page.goto(live_server.url + report_page.url)
    page.get_by_label("发生了什么").fill(DESCRIPTION)
    page.locator("input[type='file']").set_input_files(str(png_file(tmp_path)))
    page.get_by_role("button", name="提交举报").click()  # no category, no contact, no consent

    summary = page.locator("#error-summary")
    summary.wait_for()
    expect(summary).to_be_focused()
    assert "还有几处需要修改" in summary.inner_text()
    assert -1 <= box_in_view(page, summary)["top"] <= 0.2 * page.viewport_size["height"]
    expect(page.get_by_text("请在第 3 部分重新选择证据文件")).to_be_visible()
    assert page.get_by_label("发生了什么").input_value() == DESCRIPTION
    assert TipOff.objects.count() == 0
    assert not any(path.endswith("/thanks/") for _method, path in server_requests)
    assert errors == []


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("width", [320, 390, 1366])
def test_failed_submit_leads_with_a_short_error_summary(
    live_server, new_context, report_page, screenshot_dir, width, javascript
):
    page = open_page(new_context, width, javascript)
    page.goto(live_server.url + report_page.url)
    shoot(page, screenshot_dir, f"form-empty-{width}-{'js' if javascript else 'nojs'}", full_page=True)
    page.locator("select[name='contacts-1-kind']").select_option("wechat")  # a value without a kind's value
    page.get_by_role("button", name="提交举报").click()
    page.wait_for_load_state()
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    shoot(page, screenshot_dir, f"form-errors-{width}-{'js' if javascript else 'nojs'}")

    # At the top of the screen the reporter is looking at, not below the page's long introduction.
    top = box_in_view(page, summary)["top"]
    assert -1 <= top <= 0.2 * page.viewport_size["height"], f"summary starts at {top:.0f}px"
    # Focused (by the script, or without it by the form's #error-summary action), so it is read out
    # first and the next Tab lands on its first mistake.
    assert page.evaluate("document.activeElement.id") == "error-summary"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#error-summary') !== null")

    entries = [text.strip() for text in summary.locator("li").all_inner_texts()]
    assert "骗局分类：请选择一类，拿不准就选“不确定”。" in entries, entries
    assert "联系方式 2：请填写号码、账号或名称。" in entries, entries
    assert "隐私说明：请勾选“我已阅读并同意”，否则我们无法处理您的举报。" in entries, entries
    doubled = [e for e in entries if re.search(r"[？?：:！!。]\s*[：:]", e)]
    assert doubled == [], "no doubled punctuation such as “骗局？：”"

    # The consent error is short and laid out across the field, not in a column beside the box.
    consent_error = page.locator("#id_consent_error")
    assert consent_error.inner_text().strip() == "请勾选“我已阅读并同意”，否则我们无法处理您的举报。"
    consent_field = page.locator(".field", has=consent_error)
    mode = "js" if javascript else "nojs"
    consent_field.screenshot(path=str(screenshot_dir / f"form-consent-error-{width}-{mode}.png"))
    assert box_in_view(page, consent_error)["width"] >= 0.9 * box_in_view(page, consent_field)["width"]


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("width", [320, 390, 1366])
def test_adding_a_contact_without_javascript_returns_to_the_new_row(
    live_server, new_context, report_page, screenshot_dir, width
):
    page = open_page(new_context, width, javascript=False)
    page.goto(live_server.url + report_page.url)
    rows = page.locator("[data-contact-row]")
    before = rows.count()
    page.get_by_label("发生了什么").fill(DESCRIPTION)
    page.locator("input[name='contacts-0-value']").fill("13800138000")
    page.get_by_role("button", name="再添加一个联系方式").click()
    expect(rows).to_have_count(before + 1)
    shoot(page, screenshot_dir, f"form-added-row-nojs-{width}")

    new_row = rows.nth(before)
    box = box_in_view(page, new_row)
    height = page.viewport_size["height"]
    assert -1 <= box["top"] < 0.5 * height, f"the new row starts at {box['top']:.0f}px of a {height}px screen"
    assert page.evaluate("window.scrollY") > 0
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == f"contacts-{before}-kind"
    assert page.get_by_label("发生了什么").input_value() == DESCRIPTION
    assert page.locator("input[name='contacts-0-value']").input_value() == "13800138000"


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("width", [320, 1366])
def test_contact_rows_never_reach_a_dead_end_with_javascript(live_server, new_context, report_page, width):
    page = open_page(new_context, width)
    errors = page_errors(page)
    page.goto(live_server.url + report_page.url)
    rows = page.locator("[data-contact-row]")
    remove_buttons = page.get_by_role("button", name="删除这一项")
    add = page.get_by_role("button", name="再添加一个联系方式")
    minimum = rows.count()
    assert minimum >= 1
    # At the minimum there is nothing to remove, and the hidden buttons really are hidden.
    assert remove_buttons.count() == 0, "hidden remove buttons must not be shown or announced"

    add.click()
    add.click()
    assert rows.count() == minimum + 2
    while remove_buttons.count():
        remove_buttons.first.click()
    assert rows.count() == minimum
    add.click()
    assert rows.count() == minimum + 1

    # Even if every row disappeared (an old page, a browser extension), adding one works.
    page.evaluate("document.querySelectorAll('[data-contact-row]').forEach((row) => row.remove())")
    add.click()
    page.wait_for_load_state()
    assert rows.count() >= 1
    expect(page.locator("select[name='contacts-0-kind']")).to_be_visible()
    assert errors == []


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("width", [320, 1366])
def test_a_form_that_lost_its_contact_rows_comes_back_with_one(live_server, new_context, report_page, width):
    from tipoffs.models import TipOff

    page = open_page(new_context, width)
    page.goto(live_server.url + report_page.url)
    page.get_by_label("发生了什么").fill(DESCRIPTION)
    page.evaluate(
        """() => {
            document.querySelectorAll('[data-contact-row]').forEach((row) => row.remove());
            document.querySelector("input[name='contacts-TOTAL_FORMS']").value = "0";
        }"""
    )
    page.get_by_role("button", name="提交举报").click()
    page.wait_for_load_state()
    expect(page.locator("#error-summary")).to_be_visible()
    assert page.locator("[data-contact-row]").count() >= 1
    expect(page.locator("input[name='contacts-0-value']")).to_be_visible()
    assert page.get_by_label("发生了什么").input_value() == DESCRIPTION
    page.locator("select[name='contacts-0-kind']").select_option("phone")
    page.locator("input[name='contacts-0-value']").fill("13800138000")
    page.get_by_label("这像是哪一类骗局？").select_option(label="不确定")
    page.locator("input[name='consent']").check()
    page.get_by_role("button", name="提交举报").click()
    page.wait_for_url(THANKS_URL)
    assert TipOff.objects.count() == 1
