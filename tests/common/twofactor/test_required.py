"""Who must use two-factor login: the team and superusers, not editors; and the development switch."""

import os
import subprocess
import sys

import pytest

from tests.test_deploy_settings import PRODUCTION_ENV, ROOT

from .conftest import enrolled

pytestmark = pytest.mark.django_db


def test_a_team_member_without_a_device_is_sent_to_enrol(client, team_member):
    client.force_login(team_member)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/enrol/?next=/admin/"


def test_a_superuser_without_a_device_is_sent_to_enrol(client, superuser):
    client.force_login(superuser)
    response = client.get("/admin/tipoffs/tipoff/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/enrol/")


def test_an_editor_is_not_forced(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_an_editor_who_enrolled_is_asked_for_a_code(client, editor):
    enrolled(editor)
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/verify/?next=/admin/pages/"


def test_the_development_switch_turns_the_requirement_off(client, team_member, settings):
    settings.ADMIN_2FA_REQUIRED = False
    client.force_login(team_member)
    assert client.get("/admin/").status_code == 200


def test_an_unverified_session_counts_as_signed_out_on_the_public_site(client, superuser, home):
    """No user bar (and no private documents) for someone who has only given a password."""
    client.force_login(superuser)
    assert b"wagtail-userbar" not in client.get("/").content


def test_a_verified_session_keeps_the_user_bar(client, superuser, home, settings):
    settings.ADMIN_2FA_REQUIRED = False
    client.force_login(superuser)
    assert b"wagtail-userbar" in client.get("/").content


def _manage(env, *args):
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ADMIN_2FA"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_development_switch_cannot_be_off_when_debug_is_off():
    result = _manage({**PRODUCTION_ENV, "ADMIN_2FA_REQUIRED": "0"}, "check")
    assert result.returncode != 0
    assert "ADMIN_2FA_REQUIRED can only be turned off with DJANGO_DEBUG on" in result.stderr


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (PRODUCTION_ENV, "True"),
        ({"DJANGO_DEBUG": "1"}, "True"),
        ({"DJANGO_DEBUG": "1", "ADMIN_2FA_REQUIRED": "0"}, "False"),
    ],
)
def test_two_factor_login_is_required_unless_development_turns_it_off(env, expected):
    result = _manage(
        env, "shell", "-c", "from django.conf import settings; print(settings.ADMIN_2FA_REQUIRED)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == expected


def test_make_run_signs_in_with_a_password_alone():
    run_target = (ROOT / "Makefile").read_text().split("\nrun:", 1)[1].split("\n\n", 1)[0]
    for command in ("ensure_local_admin", "runserver"):
        line = next(line for line in run_target.splitlines() if command in line)
        assert "DJANGO_DEBUG=1 ADMIN_2FA_REQUIRED=0" in line
