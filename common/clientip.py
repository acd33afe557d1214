"""Who is asking: the client address behind the site's trusted proxies, and its salted hash.

Production always runs behind a load balancer or CDN, which puts the client's address at the right end of
X-Forwarded-For. Which entries to trust is configured once, for Django and gunicorn alike:

- ``TRUSTED_PROXY_CIDRS`` (preferred): the networks of our own proxies. Walking X-Forwarded-For from the
  right, addresses inside them are skipped; the first one outside is the client. It only applies when the
  request itself comes from one of those networks, so a client talking to the app server directly cannot
  pose as anyone.
- ``TRUSTED_PROXY_COUNT``: the number of proxies in front of the app; the client is that many entries
  from the right.

With neither, REMOTE_ADDR is the client. Every per-client limit (reports, lookups, risk checks, admin
log-ins) uses this one helper, or all clients behind a proxy would share its address. The address itself
is never stored or logged: only ``client_ip_hash``.
"""

import hashlib
import hmac
import ipaddress
from functools import cache

from django.conf import settings


@cache
def _networks(cidrs):
    return tuple(ipaddress.ip_network(cidr.strip(), strict=False) for cidr in cidrs if cidr.strip())


def _is_trusted(address, networks):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = [
        part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
    ]
    networks = _networks(tuple(settings.TRUSTED_PROXY_CIDRS))
    if networks:
        if not _is_trusted(remote, networks):
            return remote
        for address in reversed(forwarded):
            if not _is_trusted(address, networks):
                return address
        return forwarded[0] if forwarded else remote
    proxies = settings.TRUSTED_PROXY_COUNT or 0
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return remote


def client_ip_hash(request):
    """Salted hash of the client IP: enough to spot abuse, useless to identify a reporter."""
    salt = settings.CLIENT_IP_SALT or settings.SECRET_KEY
    return hmac.new(salt.encode(), client_ip(request).encode(), hashlib.sha256).hexdigest()
