"""Admin login lock-outs (django-axes): the page a locked-out person sees, and one log line per refusal.

Axes counts failures per (username, client address) pair, so an attacker who knows a username locks
out only their own address, and only for the cool-off period (settings: ``AXES_*``).
"""

import logging
import math

from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.db.models import Max
from django.shortcuts import render
from django.utils import timezone

logger = logging.getLogger(__name__)


def locked_until(request, username):
    """When the pair (username, this client's address) may try again: last failure + cool-off."""
    last_failure = AccessAttempt.objects.filter(
        username=username, ip_address=request.axes_ip_address
    ).aggregate(last=Max("attempt_time"))["last"]
    return (last_failure or timezone.now()) + get_cool_off(request)


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: a 429 in the admin's login look, saying when to try again."""
    until = locked_until(request, get_client_username(request, credentials))
    minutes = max(1, math.ceil((until - timezone.now()).total_seconds() / 60))
    return render(
        request,
        "common/login_locked_out.html",
        {"until": timezone.localtime(until), "minutes": minutes},
        status=429,
    )


def log_lockout(sender, request, username, ip_address, **kwargs):
    """Receiver of axes' ``user_locked_out``: who and from where, never what password was tried."""
    logger.warning("Admin login locked out: username=%r client=%s", username, ip_address)
