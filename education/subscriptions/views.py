"""The public subscription pages: subscribe, confirm, unsubscribe. Never cached (one person's address and
a CSRF token), so every response is private (no-store)."""

import logging

from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from common.ratelimit import RateLimit
from common.responses import private_response

from . import services
from .forms import SubscribeForm
from .models import Subscription

logger = logging.getLogger(__name__)
SUBSCRIBES = RateLimit("subscribe")


@require_http_methods(["GET", "POST"])
def subscribe(request):
    context = {"days": services.confirm_days()}
    status = 200
    if request.method == "POST":
        form = SubscribeForm(request.POST)
        if form.is_bot:
            logger.warning("subscription honeypot filled; discarded")
            context["requested"] = True
        elif not SUBSCRIBES.acquire(request):
            context["rate_limited"] = SUBSCRIBES.for_people()
            status = 429
        elif form.is_valid():
            services.request_subscription(form.cleaned_data["email"], form.preferences())
            context["requested"] = True
        else:
            SUBSCRIBES.release(request)
            status = 400
    else:
        form = SubscribeForm()
    context["form"] = form
    return private_response(request, "education/subscriptions/subscribe.html", context, status)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button, POST confirms: mail scanners that open links must not confirm for someone."""
    subscription, preferences = services.read_confirmation_token(token)
    if subscription is None:
        return private_response(
            request, "education/subscriptions/confirm.html", {"invalid": True}, status=404
        )
    context = {"subscription": subscription}
    if request.method == "POST":
        services.confirm(subscription, preferences)
        context["confirmed"] = True
        context["unsubscribe_key"] = subscription.key
    return private_response(request, "education/subscriptions/confirm.html", context)


# RFC 8058: mail providers POST "List-Unsubscribe=One-Click" without a CSRF token; the key is the secret.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, key):
    """GET asks (link scanners follow links), POST unsubscribes at once and erases the address."""
    if request.method == "POST":
        services.unsubscribe(key)
        return private_response(request, "education/subscriptions/unsubscribe.html", {"done": True})
    exists = Subscription.objects.filter(key=key).exists()
    return private_response(
        request,
        "education/subscriptions/unsubscribe.html",
        {"exists": exists, "key": key, "title": _("退订风险提示")},
        status=200 if exists else 404,
    )
