"""Two-factor tests run with the requirement on, as production does (test settings turn it off)."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from common.twofactor import devices
from tests.factories import make_user


@pytest.fixture(autouse=True)
def two_factor_required(settings):
    settings.ADMIN_2FA_REQUIRED = True


def current_code(device):
    """The code an authenticator app shows right now for ``device``."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):0{device.digits}d}"


def enrolled(user):
    """Give ``user`` a confirmed authenticator and recovery codes, as if they had enrolled; returns both."""
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    return device, devices.new_recovery_codes(user)


@pytest.fixture
def team_member(db):
    return make_user("team", username="member")


@pytest.fixture
def editor(db):
    return make_user("editor", username="editor")


@pytest.fixture
def superuser(db):
    return make_user("superuser", username="boss")
