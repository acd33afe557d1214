"""Who is asking: the client address behind the site's trusted proxies, and its salted hash.

Every per-client limit (reports, lookups, risk checks, admin log-ins) must use this one helper, or a proxy
in front of the site makes all clients share the proxy's address.
"""

import hashlib
import hmac

from django.conf import settings


def client_ip(request):
    """The client address; behind N trusted proxies, the Nth address from the right of X-Forwarded-For."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_ip_hash(request):
    """Salted hash of the client IP: enough to spot abuse, useless to identify a reporter."""
    salt = settings.CLIENT_IP_SALT or settings.SECRET_KEY
    return hmac.new(salt.encode(), client_ip(request).encode(), hashlib.sha256).hexdigest()
