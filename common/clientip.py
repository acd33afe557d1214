"""The client's address, the one helper the whole site uses (rate limits, admin login lock-outs).

Behind N trusted reverse proxies (``TIPOFF_TRUSTED_PROXY_COUNT``), the client is the Nth address from the
right of X-Forwarded-For: each trusted proxy appends the address it received the request from, so
anything further left was written by the client and cannot be trusted.
"""

from django.conf import settings


def client_ip(request):
    """The client address; behind N trusted proxies, the Nth address from the right of X-Forwarded-For."""
    proxies = getattr(settings, "TIPOFF_TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
