"""Enrolment, recovery codes, turning two-factor login off and resetting it; each is audit-logged.

The authenticator is a django-otp TOTPDevice; the recovery codes are the tokens of one StaticDevice,
each used up when it is accepted. Codes are only ever shown in the response that created them.
"""

import base64
import math
import re

import segno
from django.db import transaction
from django.utils import timezone
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from common.twofactor.policy import authenticator

RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "recovery"

ENABLE_ACTION = "common.twofactor_enable"
DISABLE_ACTION = "common.twofactor_disable"
RESET_ACTION = "common.twofactor_reset"
RECOVERY_CODES_ACTION = "common.twofactor_recovery_codes"

_TOTP_CODE = re.compile(r"^\d{6}$")


def normalise_code(value):
    """Codes as people type them: spaces and dashes dropped, recovery codes case-insensitive."""
    return re.sub(r"[\s-]+", "", value or "").lower()


def start_enrolment(user):
    """The unconfirmed authenticator being set up, so reloading the page keeps the same secret."""
    return authenticator(user, confirmed=False) or TOTPDevice.objects.create(
        user=user, name="authenticator", confirmed=False
    )


def manual_entry_key(device):
    """The secret in base32, in groups of four, for apps where people type it instead of scanning."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device, title):
    """The otpauth:// link as an inline SVG QR code, dark on white so it scans in the dark theme too.

    No width or height, only a viewBox: the stylesheet sizes it to fit a phone."""
    return segno.make(device.config_url, error="m").svg_inline(
        omitsize=True, border=4, dark="#000", light="#fff", title=title
    )


def verify(user, code):
    """The device that accepts ``code`` (authenticator code, or a recovery code, which is then used up)."""
    code = normalise_code(code)
    if _TOTP_CODE.match(code):
        devices = TOTPDevice.objects.devices_for_user(user, confirmed=True)
    else:
        devices = StaticDevice.objects.devices_for_user(user, confirmed=True)
    with transaction.atomic():
        for device in devices.select_for_update():
            if device.verify_token(code):
                return device
    return None


def throttled_seconds(user):
    """Seconds until the user's devices accept another try after repeated wrong codes (0: now)."""
    waits = []
    for model in (TOTPDevice, StaticDevice):
        for device in model.objects.devices_for_user(user, confirmed=True):
            allowed, details = device.verify_is_allowed()
            if not allowed and details and details.get("locked_until"):
                waits.append(math.ceil((details["locked_until"] - timezone.now()).total_seconds()))
    return max(waits, default=0)


def new_recovery_codes(user):
    """Replace the user's recovery codes with RECOVERY_CODE_COUNT fresh ones and return them."""
    device, _created = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME)
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return [f"{code[:4]}-{code[4:]}" for code in codes]


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def finish_enrolment(request, device, code):
    """Confirm ``device`` if ``code`` is right: sign this session in as verified, return recovery codes."""
    # No throttling while enrolling: the page already shows the secret to this signed-in user, and a
    # mistyped first code must not make the next, right one fail.
    device.throttle_reset(commit=False)
    if not device.verify_token(normalise_code(code)):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
    codes = new_recovery_codes(request.user)
    otp_login(request, device)
    log(instance=request.user, action=ENABLE_ACTION, user=request.user)
    return codes


def renew_recovery_codes(request):
    codes = new_recovery_codes(request.user)
    log(instance=request.user, action=RECOVERY_CODES_ACTION, user=request.user)
    return codes


def remove_devices(user):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


@transaction.atomic
def disable(request):
    """The user turns their own (optional) two-factor login off."""
    remove_devices(request.user)
    log(instance=request.user, action=DISABLE_ACTION, user=request.user)


@transaction.atomic
def reset(user, by):
    """A superuser removes ``user``'s authenticator and recovery codes (a lost phone); they enrol again."""
    remove_devices(user)
    log(instance=user, action=RESET_ACTION, user=by, data={"username": user.get_username()})
