"""Who must use two-factor login, and what a signed-in but not yet verified user has left to do."""

from django.conf import settings
from django_otp.plugins.otp_totp.models import TOTPDevice

VERIFY = "verify"
ENROL = "enrol"


def two_factor_required(user):
    """Superusers and members of ADMIN_2FA_GROUPS, unless the development switch turned it off."""
    if not settings.ADMIN_2FA_REQUIRED or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.ADMIN_2FA_GROUPS).exists()


def authenticator(user, confirmed=True):
    """The user's authenticator-app device (confirmed, or the one being enrolled), or None."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=confirmed).order_by("pk").first()


def pending_step(user):
    """What an unverified user must do before using the admin: VERIFY, ENROL or nothing (None).

    Anyone who has enrolled is asked for a code, even where it is optional or switched off: an
    editor who turned it on expects it to protect them.
    """
    if authenticator(user) is not None:
        return VERIFY
    if two_factor_required(user):
        return ENROL
    return None
