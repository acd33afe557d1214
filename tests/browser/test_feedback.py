"""“对您有帮助吗？” in a real browser: without JavaScript the form posts and the reader comes back to the
page with the thank-you shown (CSS :target, the cached page unchanged); with JavaScript it is answered in
place; the page of a refused answer keeps what was typed; axe finds nothing on any of them."""

import pytest
from playwright.sync_api import expect

from .axe import axe_violations
from .support import PHONE, browser_db


@pytest.fixture
def guide(home, report_page, make_guide):
    return make_guide(title="接到“注销校园贷”电话怎么办")


def _feedback(guide_id):
    from education.models import PageFeedback

    return list(PageFeedback.objects.filter(page_id=guide_id).values_list("helpful", "comment"))


@pytest.mark.browser
@browser_db
def test_without_javascript_the_answer_posts_and_comes_back_with_thanks(live_server, new_context, guide):
    page = new_context(java_script_enabled=False, viewport={"width": 320, "height": 640}).new_page()
    page.goto(live_server.url + guide.url)
    thanks = page.locator("#feedback-thanks")
    expect(thanks).not_to_be_visible()
    page.get_by_label("还想告诉我们什么？（选填）").fill("步骤写得很清楚")
    page.get_by_role("button", name="有帮助").click()
    expect(page).to_have_url(live_server.url + guide.url + "#feedback-thanks")
    expect(thanks).to_be_visible()
    assert "谢谢您的反馈" in thanks.inner_text()
    expect(page.locator(".feedback__form")).not_to_be_visible()
    assert _feedback(guide.pk) == [(True, "步骤写得很清楚")]
    # axe needs scripts: the same page, as the reader came back to it, in a browser with them on.
    checked = new_context(viewport={"width": 320, "height": 640}).new_page()
    checked.goto(live_server.url + guide.url + "#feedback-thanks")
    expect(checked.locator("#feedback-thanks")).to_be_visible()
    assert axe_violations(checked) == []


@pytest.mark.browser
@browser_db
def test_with_javascript_the_answer_is_sent_in_place(live_server, new_context, guide):
    page = new_context(**PHONE).new_page()
    page.goto(live_server.url + guide.url)
    page.get_by_role("button", name="没帮助").click()
    thanks = page.locator("#feedback-thanks")
    thanks.wait_for(state="visible")
    assert page.url == live_server.url + guide.url, "no navigation"
    assert page.evaluate("document.activeElement.id") == "feedback-thanks"
    expect(page.locator(".feedback__form")).not_to_be_visible()
    assert _feedback(guide.pk) == [(False, "")]
    assert axe_violations(page) == []


@pytest.mark.browser
@browser_db
def test_a_refused_answer_keeps_what_was_typed(live_server, new_context, guide, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "feedback": (1, 3600)}
    # The plain form, as without JavaScript; scripts stay on for axe.
    context = new_context(viewport={"width": 320, "height": 640})
    context.route("**/feedback.js", lambda route: route.abort())
    page = context.new_page()
    page.goto(live_server.url + guide.url)
    page.get_by_role("button", name="有帮助").click()
    page.wait_for_url("**#feedback-thanks")
    page.goto(live_server.url + guide.url)
    page.get_by_label("还想告诉我们什么？（选填）").fill("第二条意见")
    page.get_by_role("button", name="没帮助").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("反馈未能提交")
    assert "请稍后再试" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("还想告诉我们什么？（选填）").input_value() == "第二条意见"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert axe_violations(page) == []
    assert _feedback(guide.pk) == [(True, "")]
