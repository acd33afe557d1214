"""A team member's first sign-in: enrol an authenticator in the admin, save recovery codes, sign in again."""

import base64

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

from tests.factories import make_user

from .support import PHONE, browser_db

DESKTOP = {"viewport": {"width": 1366, "height": 900}}
NARROW_PHONE = {**PHONE, "viewport": {"width": 320, "height": 640}}


PASSWORD = "pw"  # tests.factories.make_user


def sign_in(page, base_url):
    page.goto(base_url + "/admin/login/")
    page.locator("#id_username").fill("member")
    page.locator("#id_password").fill(PASSWORD)  # Wagtail's zh-hans catalogue leaves "Password" untranslated
    page.get_by_role("button", name="登录").click()
    page.wait_for_load_state()


def code_for(secret):
    """What the person's authenticator app shows now, from the secret the page gave for manual entry."""
    return f"{totp(base64.b32decode(secret.replace(' ', ''))):06d}"


@pytest.mark.browser
@browser_db
def test_a_team_member_enrols_then_signs_in_with_a_recovery_code(
    live_server, new_context, settings, screenshot_dir
):
    settings.ADMIN_2FA_REQUIRED = True
    make_user("team", username="member")
    page = new_context(**DESKTOP).new_page()

    sign_in(page, live_server.url)
    assert page.url.startswith(live_server.url + "/admin/2fa/enrol/")
    qr_code = page.locator(".twofactor-qr svg")
    expect(qr_code).to_be_visible()
    assert qr_code.bounding_box()["width"] >= 150  # large enough to scan from a screen
    page.get_by_text("无法扫描？手动输入密钥").click()
    secret = page.locator("[data-twofactor-secret]").inner_text()
    page.screenshot(path=screenshot_dir / "admin-2fa-enrol-1366.png", full_page=True)

    page.get_by_label("6 位验证码").fill("000000" if code_for(secret) != "000000" else "111111")
    page.get_by_role("button", name="确认并启用").click()
    expect(page.get_by_text("验证码不正确")).to_be_visible()
    page.get_by_label("6 位验证码").fill(code_for(secret))
    page.get_by_role("button", name="确认并启用").click()

    expect(page.locator("[data-recovery-codes]")).to_be_visible()
    codes = page.locator("[data-recovery-codes] code").all_inner_texts()
    assert len(codes) == 10
    page.screenshot(path=screenshot_dir / "admin-2fa-recovery-codes-1366.png", full_page=True)
    page.get_by_role("link", name="我已保存，继续").click()
    expect(page).to_have_url(live_server.url + "/admin/")

    # Next time: password, then the second factor. The phone is not at hand, so a recovery code.
    page.context.clear_cookies()
    sign_in(page, live_server.url)
    assert page.url.startswith(live_server.url + "/admin/2fa/verify/")
    page.screenshot(path=screenshot_dir / "admin-2fa-verify-1366.png", full_page=True)
    page.get_by_label("验证码或恢复码").fill(codes[0])
    page.get_by_role("button", name="验证").click()
    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page.get_by_text("还剩 9 个")).to_be_visible()


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize(("width", "options"), [(390, PHONE), (320, NARROW_PHONE)])
def test_the_enrolment_page_fits_a_phone(live_server, new_context, settings, screenshot_dir, width, options):
    settings.ADMIN_2FA_REQUIRED = True
    make_user("team", username="member")
    page = new_context(**options).new_page()
    sign_in(page, live_server.url)
    page.get_by_text("无法扫描？手动输入密钥").click()
    page.screenshot(path=screenshot_dir / f"admin-2fa-enrol-{width}.png", full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    assert page.locator(".twofactor-qr svg").bounding_box()["width"] <= width
