"""On a 320 px phone with JavaScript off: subscribing to alerts (form, confirmation link, unsubscribe) and
signing up for an event (a mistake kept and explained, the own page, cancelling); axe finds nothing."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from .support import browser_db

PHONE_320 = {"viewport": {"width": 320, "height": 640}, "is_mobile": True, "has_touch": True}


def no_sideways_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


@pytest.fixture
def immediate_mail(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.PUBLIC_BASE_URL = ""
    return settings


@pytest.fixture
def site_on_live_server(live_server, home):
    from wagtail.models import Site

    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.filter(pk=Site.objects.get(is_default_site=True).pk).update(hostname=host, port=int(port))
    return live_server


def check_axe(new_context, url, fill=None):
    from .axe import axe_violations

    page = new_context(**PHONE_320).new_page()
    page.goto(url)
    assert axe_violations(page) == [], url
    if fill:
        fill(page)
        page.wait_for_load_state()
        assert axe_violations(page) == [], url + " (with errors)"


@pytest.mark.browser
@browser_db
def test_subscribe_confirm_and_unsubscribe_on_a_phone_without_javascript(
    site_on_live_server, new_context, make_alert, immediate_mail, screenshot_dir
):
    from education.subscriptions.models import Subscription

    live_server = site_on_live_server
    alert = make_alert()
    page = new_context(java_script_enabled=False, **PHONE_320).new_page()
    page.goto(live_server.url + alert.url)
    page.get_by_role("link", name=re.compile("订阅风险提示邮件")).click()
    page.wait_for_load_state()
    assert no_sideways_scroll(page)
    page.get_by_label("电子邮箱").fill("reader@example")
    page.get_by_label("冒充客服", exact=True).check()
    page.get_by_label("警示").check()
    page.get_by_role("button", name="订阅").click()
    page.wait_for_load_state()
    expect(page.get_by_role("alert").filter(has_text="请检查下面标出的内容")).to_be_visible()
    assert page.get_by_label("电子邮箱").input_value() == "reader@example"
    assert page.get_by_label("警示").is_checked()
    assert no_sideways_scroll(page)
    page.screenshot(path=str(screenshot_dir / "subscribe-error-320-nojs.png"), full_page=True)
    page.get_by_label("电子邮箱").fill("reader@example.com")
    page.get_by_role("button", name="订阅").click()
    page.wait_for_load_state()
    expect(page.get_by_role("status").filter(has_text="请查收确认邮件")).to_be_visible()
    assert not Subscription.objects.get().is_confirmed

    [message] = mail.outbox
    confirm = re.search(r"https?://\S+/subscriptions/confirm/\S+/", message.body).group(0)
    page.goto(confirm)
    page.get_by_role("button", name="确认订阅").click()
    page.wait_for_load_state()
    expect(page.get_by_role("status").filter(has_text="订阅成功")).to_be_visible()
    subscription = Subscription.objects.get()
    assert subscription.is_confirmed and subscription.min_level == "warning"

    page.goto(message.extra_headers["List-Unsubscribe"].strip("<>"))
    assert no_sideways_scroll(page)
    page.get_by_role("button", name="确认退订").click()
    page.wait_for_load_state()
    expect(page.get_by_role("status").filter(has_text="已退订")).to_be_visible()
    assert not Subscription.objects.exists()


@pytest.mark.browser
@browser_db
def test_the_subscription_form_has_no_axe_violations(site_on_live_server, new_context, immediate_mail):
    def submit_bad_address(page):
        page.get_by_label("电子邮箱").fill("nope")
        page.get_by_role("button", name="订阅").click()

    check_axe(new_context, site_on_live_server.url + "/subscriptions/", submit_bad_address)


@pytest.mark.browser
@browser_db
def test_sign_up_and_cancel_on_a_phone_without_javascript(
    site_on_live_server, new_context, make_event, immediate_mail, screenshot_dir
):
    from education.signups.models import EventSignup

    event = make_event(signup_enabled=True, signup_capacity=20)
    page = new_context(java_script_enabled=False, **PHONE_320).new_page()
    page.goto(site_on_live_server.url + event.url)
    page.get_by_role("link", name="在线报名").click()
    page.wait_for_load_state()
    expect(page.get_by_role("status").filter(has_text="还剩 20 个")).to_be_visible()
    page.get_by_label("称呼").fill("王女士")
    page.get_by_label("手机号").fill("138 0013")
    page.get_by_label("电子邮箱").fill("wang@example.com")
    page.get_by_role("button", name="提交报名").click()
    page.wait_for_load_state()
    expect(page.get_by_role("alert").filter(has_text="请检查下面标出的内容")).to_be_visible()
    assert "这不是一个有效的手机号" in page.locator("#id_phone_error").inner_text()
    assert page.get_by_label("称呼").input_value() == "王女士"
    assert page.get_by_label("电子邮箱").input_value() == "wang@example.com"
    assert no_sideways_scroll(page)
    page.screenshot(path=str(screenshot_dir / "signup-error-320-nojs.png"), full_page=True)

    page.get_by_label("手机号").fill("138 0013 8000")
    page.get_by_role("button", name="提交报名").click()
    page.wait_for_load_state()
    expect(page.get_by_role("status").filter(has_text="报名成功")).to_be_visible()
    assert no_sideways_scroll(page)
    page.screenshot(path=str(screenshot_dir / "signup-done-320-nojs.png"), full_page=True)
    assert EventSignup.objects.get().phone == "+8613800138000"
    [message] = mail.outbox
    assert message.attachments

    page.get_by_role("button", name="取消报名").click()
    page.wait_for_load_state()
    expect(page.get_by_role("status").filter(has_text="已取消")).to_be_visible()
    assert not EventSignup.objects.exists()


@pytest.mark.browser
@browser_db
def test_the_sign_up_pages_have_no_axe_violations(
    site_on_live_server, new_context, make_event, immediate_mail
):
    from tests.factories import make_signup

    event = make_event(signup_enabled=True, signup_capacity=5)
    url = site_on_live_server.url + event.url + event.reverse_subpage("signup")

    def submit_empty(page):
        page.get_by_role("button", name="提交报名").click()

    check_axe(new_context, url, submit_empty)
    check_axe(new_context, site_on_live_server.url + f"/signups/{make_signup(event).key}/")
