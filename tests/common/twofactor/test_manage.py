"""Managing two-factor login: account settings, recovery codes, turning it off, a superuser's reset."""

import datetime
import re

import pytest
import time_machine
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from common.twofactor import devices

from .conftest import current_code, enrolled

pytestmark = pytest.mark.django_db


def verified_client(client, user):
    """Signed in, with the second factor given (the way the verify page does it)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or enrolled(user)[0]
    client.force_login(user)
    with time_machine.travel(datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(minutes=5)):
        assert client.post("/admin/2fa/verify/", {"code": current_code(device)}).status_code == 302
    return client


def test_the_account_settings_link_to_two_factor_login(client, editor):
    client.force_login(editor)
    page = client.get("/admin/account/").content.decode()
    assert 'href="/admin/2fa/"' in page and "两步验证" in page


def test_an_editor_can_enrol_voluntarily(client, editor):
    client.force_login(editor)
    page = client.get("/admin/2fa/").content.decode()
    assert "两步验证尚未启用" in page
    assert client.get("/admin/2fa/enrol/").status_code == 200
    device = TOTPDevice.objects.get(user=editor)
    response = client.post("/admin/2fa/enrol/", {"code": current_code(device), "next": "/admin/2fa/"})
    assert response.status_code == 200
    assert 'href="/admin/2fa/"' in response.content.decode()
    assert "两步验证已启用" in client.get("/admin/2fa/").content.decode()


def test_new_recovery_codes_replace_the_old_ones(client, team_member):
    _device, old_codes = enrolled(team_member)
    verified_client(client, team_member)
    response = client.post("/admin/2fa/recovery-codes/")
    new_codes = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", response.content.decode())
    assert len(new_codes) == 10
    tokens = set(StaticToken.objects.filter(device__user=team_member).values_list("token", flat=True))
    assert tokens == {code.replace("-", "") for code in new_codes}
    assert not tokens & {code.replace("-", "") for code in old_codes}
    assert ModelLogEntry.objects.filter(action=devices.RECOVERY_CODES_ACTION).count() == 1


def test_the_team_cannot_turn_it_off(client, team_member):
    verified_client(client, team_member)
    assert "两步验证不能关闭" in client.get("/admin/2fa/").content.decode()
    denied = client.post("/admin/2fa/disable/")
    assert denied["Location"] == "/admin/"  # Wagtail's answer to PermissionDenied: home, with a message
    assert TOTPDevice.objects.filter(user=team_member).exists()


def test_an_editor_can_turn_it_off(client, editor):
    verified_client(client, editor)
    assert client.post("/admin/2fa/disable/").status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticToken.objects.filter(device__user=editor).exists()
    assert ModelLogEntry.objects.filter(action=devices.DISABLE_ACTION, user_id=editor.pk).exists()


def test_a_superuser_resets_someones_two_factor_login(client, superuser, team_member):
    enrolled(team_member)
    verified_client(client, superuser)
    users = client.get("/admin/users/").content.decode()
    assert f'href="/admin/2fa/reset/{team_member.pk}/"' in users
    confirm = client.get(f"/admin/2fa/reset/{team_member.pk}/")
    assert "确定重置 member 的两步验证吗" in confirm.content.decode()
    assert "重置两步验证: member" in confirm.content.decode()

    response = client.post(f"/admin/2fa/reset/{team_member.pk}/")
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=team_member).exists()
    assert not StaticToken.objects.filter(device__user=team_member).exists()
    entry = ModelLogEntry.objects.get(action=devices.RESET_ACTION)
    assert entry.user_id == superuser.pk
    assert entry.object_id == str(team_member.pk)

    # Their next sign-in starts enrolment again.
    client.force_login(team_member)
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/enrol/")


@pytest.mark.parametrize("who", ["team_member", "editor"])
def test_only_superusers_can_reset(client, request, who, superuser):
    user = request.getfixturevalue(who)
    enrolled(superuser)
    client.force_login(user)
    if who == "team_member":
        verified_client(client, user)
    # Wagtail's answer to PermissionDenied: back to the dashboard, with a message.
    assert client.get(f"/admin/2fa/reset/{superuser.pk}/")["Location"] == "/admin/"
    assert client.post(f"/admin/2fa/reset/{superuser.pk}/")["Location"] == "/admin/"
    assert TOTPDevice.objects.filter(user=superuser).exists()


def test_the_audit_log_shows_every_two_factor_action(client, superuser, editor):
    verified_client(client, editor)
    client.post("/admin/2fa/recovery-codes/")
    client.post("/admin/2fa/disable/")
    enrolled(editor)
    verified_client(client, superuser)
    client.post(f"/admin/2fa/reset/{editor.pk}/")
    assert set(ModelLogEntry.objects.values_list("action", flat=True)) >= {
        devices.RECOVERY_CODES_ACTION,
        devices.DISABLE_ACTION,
        devices.RESET_ACTION,
    }
    response = client.get("/admin/reports/site-history/")
    assert response.status_code == 200
    page = response.content.decode()
    for label in ("生成了新的两步验证恢复码", "关闭了两步验证", "重置了该用户的两步验证"):
        assert label in page
