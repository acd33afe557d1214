"""Signing in with a second factor: enrolment, codes, recovery codes, next URLs."""

import datetime
import re

import pytest
import time_machine
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from common.twofactor import devices

from .conftest import current_code, enrolled

pytestmark = pytest.mark.django_db

PASSWORD = "pw"  # tests.factories.make_user


@pytest.fixture
def clock():
    with time_machine.travel(datetime.datetime(2026, 11, 24, 2, 0, tzinfo=datetime.UTC), tick=False) as t:
        yield t


def sign_in(client, user, next_url="/admin/"):
    """The real sign-in form; returns where it sends the browser next."""
    response = client.post(
        "/admin/login/", {"username": user.username, "password": PASSWORD, "next": next_url}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return client.get(response["Location"])


def test_enrolment_shows_a_qr_code_and_the_secret_then_recovery_codes_once(client, team_member, clock):
    response = sign_in(client, team_member)
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/enrol/?next=/admin/"

    page = client.get(response["Location"])
    html = page.content.decode()
    assert "no-store" in page["Cache-Control"]
    assert "<svg" in html and "用验证器 App 扫描这个二维码" in html
    device = TOTPDevice.objects.get(user=team_member, confirmed=False)
    assert devices.manual_entry_key(device) in html

    done = client.post("/admin/2fa/enrol/", {"code": current_code(device), "next": "/admin/"})
    assert done.status_code == 200
    assert "no-store" in done["Cache-Control"]
    codes = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", done.content.decode())
    assert len(codes) == 10 == len(set(codes))
    device.refresh_from_db()
    assert device.confirmed
    assert ModelLogEntry.objects.filter(action=devices.ENABLE_ACTION, object_id=str(team_member.pk)).exists()

    assert client.get("/admin/").status_code == 200
    # Reloading the enrolment page cannot show the secret or new codes again.
    assert client.get("/admin/2fa/enrol/")["Location"] == "/admin/2fa/"


def test_reloading_the_enrolment_page_keeps_the_same_secret(client, team_member):
    client.force_login(team_member)
    client.get("/admin/2fa/enrol/")
    client.get("/admin/2fa/enrol/")
    assert TOTPDevice.objects.filter(user=team_member).count() == 1


def test_a_wrong_code_does_not_finish_enrolment(client, team_member, clock):
    client.force_login(team_member)
    client.get("/admin/2fa/enrol/")
    device = TOTPDevice.objects.get(user=team_member)
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    response = client.post("/admin/2fa/enrol/", {"code": wrong})
    assert response.status_code == 200
    assert "验证码不正确" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/enrol/")


def test_with_a_device_a_valid_code_is_needed(client, team_member, clock):
    device, _codes = enrolled(team_member)
    response = sign_in(client, team_member, next_url="/admin/tipoffs/tipoff/")
    assert response["Location"] == "/admin/2fa/verify/?next=/admin/tipoffs/tipoff/"

    page = client.get(response["Location"])
    assert "两步验证" in page.content.decode()
    verified = client.post(
        "/admin/2fa/verify/", {"code": current_code(device), "next": "/admin/tipoffs/tipoff/"}
    )
    assert verified.status_code == 302
    assert verified["Location"] == "/admin/tipoffs/tipoff/"
    assert client.get("/admin/tipoffs/tipoff/").status_code == 200


def test_a_wrong_code_is_refused(client, team_member, clock):
    device, _codes = enrolled(team_member)
    sign_in(client, team_member)
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    response = client.post("/admin/2fa/verify/", {"code": wrong})
    assert response.status_code == 200
    assert "验证码不正确或已过期" in response.content.decode()
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/verify/")


def test_repeated_wrong_codes_make_people_wait(client, team_member, clock):
    """django-otp's throttling: each failure doubles the wait, so guessing 10^6 codes is hopeless."""
    device, _codes = enrolled(team_member)
    sign_in(client, team_member)
    for wait in (1, 2, 4):
        client.post("/admin/2fa/verify/", {"code": "000000"})
        clock.shift(datetime.timedelta(seconds=wait))
    response = client.post("/admin/2fa/verify/", {"code": "000000"})
    assert "错误次数较多，请 8 秒后再试" in response.content.decode()
    # Even the right code is refused until the wait is over.
    client.post("/admin/2fa/verify/", {"code": current_code(device)})
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/verify/")
    clock.shift(datetime.timedelta(seconds=8))
    client.post("/admin/2fa/verify/", {"code": current_code(device)})
    assert client.get("/admin/").status_code == 200


def test_a_code_cannot_be_used_twice(client, team_member, clock):
    device, _codes = enrolled(team_member)
    sign_in(client, team_member)
    code = current_code(device)
    client.post("/admin/2fa/verify/", {"code": code})
    client.post("/admin/logout/")
    sign_in(client, team_member)
    client.post("/admin/2fa/verify/", {"code": code})
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/verify/")


def test_a_recovery_code_works_once(client, team_member, clock):
    _device, codes = enrolled(team_member)
    sign_in(client, team_member)
    response = client.post("/admin/2fa/verify/", {"code": codes[0].upper().replace("-", " ")})
    assert response.status_code == 302
    page = client.get("/admin/", follow=True)
    assert page.status_code == 200
    assert "还剩 9 个" in page.content.decode()

    client.post("/admin/logout/")
    clock.shift(datetime.timedelta(minutes=1))
    sign_in(client, team_member)
    response = client.post("/admin/2fa/verify/", {"code": codes[0]})
    assert response.status_code == 200
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/verify/")
    clock.shift(datetime.timedelta(seconds=1))  # django-otp's wait after a wrong code
    assert client.post("/admin/2fa/verify/", {"code": codes[1]}).status_code == 302


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/admin/"])
def test_the_next_url_cannot_leave_the_site(client, team_member, clock, next_url):
    device, _codes = enrolled(team_member)
    client.force_login(team_member)
    response = client.post("/admin/2fa/verify/", {"code": current_code(device), "next": next_url})
    assert response["Location"] == "/admin/"


def test_the_code_never_reaches_the_logs(client, team_member, clock, caplog):
    device, _codes = enrolled(team_member)
    client.force_login(team_member)
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    client.post("/admin/2fa/verify/", {"code": wrong})
    assert any("member" in r.getMessage() for r in caplog.records if r.name == "common.twofactor.views")
    assert wrong not in caplog.text
