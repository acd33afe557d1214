"""The public sign-up form (a route of ``EventPage``) and each person's own page (status and cancel).

Neither is ever cached: the form carries a CSRF token and the places left, the own page one person's
sign-up. The event page links to the form and stays cacheable.
"""

import logging

from django.conf import settings
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from common.ratelimit import RateLimit
from common.responses import private_response

from . import services
from .forms import SignupForm
from .models import EventSignup

logger = logging.getLogger(__name__)
SIGNUPS = RateLimit("signup")


def signup(page, request):
    if not page.signup_enabled:
        raise Http404
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    context = page.get_context(request)
    status = 200
    form = SignupForm(request.POST) if request.method == "POST" else SignupForm()
    if request.method == "POST":
        if form.is_bot:
            logger.warning("sign-up honeypot filled; discarded")
            context["discarded"] = True
        elif not SIGNUPS.acquire(request):
            context["rate_limited"] = SIGNUPS.for_people()
            status = 429
        elif form.is_valid():
            try:
                created = services.sign_up(
                    page,
                    name=form.cleaned_data["name"],
                    phone=form.cleaned_data["phone"],
                    email=form.cleaned_data["email"],
                )
            except services.SignupClosed:
                form.add_error(None, _("这场活动已经停止报名。"))
                status = 409
            except services.AlreadySignedUp:
                form.add_error(
                    None,
                    _("这个手机号或邮箱已经报名了这场活动。如需取消，请使用报名成功页面或确认邮件里的链接。"),
                )
                status = 409
            else:
                return redirect("signups:manage", key=created.key)
        else:
            SIGNUPS.release(request)
            status = 400
    context.update(
        form=form,
        open=page.signup_open(),
        places=services.places(page),
        retention_days=settings.EVENT_SIGNUP_RETENTION_DAYS,
    )
    return private_response(request, "education/signups/signup.html", context, status)


@require_http_methods(["GET", "POST"])
def manage(request, key):
    """GET shows the sign-up and a cancel button; POST cancels (deletes it) and moves the waitlist up."""
    signup = get_object_or_404(EventSignup.objects.select_related("event"), key=key)
    event = signup.event
    if request.method == "POST":
        services.cancel(signup)
        return private_response(
            request,
            "education/signups/manage.html",
            {"cancelled": True, "event": event, "event_url": event.url},
        )
    return private_response(
        request,
        "education/signups/manage.html",
        {
            "signup": signup,
            "event": event,
            "event_url": event.url,
            "position": services.waitlist_position(signup),
            "cancel_url": reverse("signups:manage", args=[key]),
        },
    )
