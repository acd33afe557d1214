"""On a phone and a desktop, with and without JavaScript: the retention periods on the report form, and a
reporter downloading their data; and the team's erase confirmation in the admin."""

import zipfile

import pytest
from playwright.sync_api import expect

from .support import browser_db

KEY = "ABCD-EFGH-JKMN"
WIDTHS = (320, 390, 1366)


def no_sideways_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("width", WIDTHS)
def test_periods_on_the_form_and_the_download(
    live_server, new_context, report_page, screenshot_dir, width, javascript
):
    from tests.factories import add_image_evidence, make_tipoff
    from tipoffs.models import hash_status_key

    tipoff = make_tipoff(status_key_hash=hash_status_key(KEY), reporter_contact="+8613900000000")
    add_image_evidence(tipoff, name="截图.png")
    page = new_context(java_script_enabled=javascript, viewport={"width": width, "height": 900}).new_page()
    suffix = f"{width}-{'js' if javascript else 'nojs'}"

    page.goto(live_server.url + report_page.url)
    retention = page.locator(".retention")
    retention.scroll_into_view_if_needed()
    assert "线索办结后 180 天删除" in retention.inner_text()
    # The whole form still scrolls sideways on phones (issue 10, defect 2); this block must not.
    assert retention.evaluate("el => el.getBoundingClientRect().right <= window.innerWidth")
    assert retention.evaluate("el => el.scrollWidth <= el.clientWidth")
    retention.screenshot(path=str(screenshot_dir / f"privacy-retention-{suffix}.png"))

    page.get_by_role("link", name="下载您提交的全部信息").click()
    page.wait_for_load_state()
    assert no_sideways_scroll(page)
    page.get_by_label("举报编号").fill(tipoff.reference)
    page.get_by_label("查询码").fill("ABCD-EFGH-JKMP")
    page.get_by_role("button", name="下载").click()
    page.wait_for_load_state()
    expect(page.get_by_role("alert").filter(has_text="没有找到与编号和查询码相符的举报")).to_be_visible()
    assert page.get_by_label("举报编号").input_value() == tipoff.reference  # nothing typed is lost
    assert no_sideways_scroll(page)
    page.screenshot(path=str(screenshot_dir / f"privacy-my-data-{suffix}.png"), full_page=True)

    page.get_by_label("查询码").fill(KEY)
    with page.expect_download() as info:
        page.get_by_role("button", name="下载").click()
    download = info.value
    assert download.suggested_filename == f"{tipoff.reference}-my-data.zip"
    with zipfile.ZipFile(download.path()) as archive:
        assert "evidence/01-截图.png" in archive.namelist()


@pytest.mark.browser
@browser_db
def test_the_team_confirms_an_erasure(live_server, new_context, screenshot_dir, client):
    from tests.factories import add_image_evidence, make_tipoff, make_user

    tipoff = make_tipoff(reporter_name="王女士", reporter_contact="+8613900000000")
    add_image_evidence(tipoff)
    member = make_user("team", username="alice")
    client.force_login(member)
    context = new_context(viewport={"width": 1366, "height": 900})
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/tipoffs/tipoff/edit/{tipoff.pk}/")
    page.locator("#case-privacy").scroll_into_view_if_needed()
    page.locator("section[aria-labelledby=case-privacy]").screenshot(
        path=str(screenshot_dir / "privacy-case.png")
    )
    page.get_by_role("link", name="应举报人要求删除个人信息…").click()
    page.screenshot(path=str(screenshot_dir / "privacy-erase-confirm.png"), full_page=True)
    page.get_by_label("原因（必填，记入操作记录）").fill("举报人来电要求删除")
    page.get_by_role("button", name="确认删除，不可恢复").click()
    expect(page.locator("body")).to_contain_text("已删除这条线索中举报人的个人信息")
    page.screenshot(path=str(screenshot_dir / "privacy-case-after-erasure.png"), full_page=True)
    tipoff.refresh_from_db()
    assert tipoff.reporter_contact == "" and tipoff.reporter_erased_at
