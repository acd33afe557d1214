"""Same-site checks for the few public POST endpoints that take no CSRF token.

Pages cached for anonymous readers carry no CSRF token (it would set a cookie and make them personal), so
a form on such a page posts to a ``csrf_exempt`` view. Those views accept a request only when the browser
says it comes from one of our own pages: modern browsers send ``Origin`` with every POST; older ones the
``Referer`` (our ``SECURE_REFERRER_POLICY`` is same-origin, so it is sent to ourselves). Both missing, or
either naming another host, is refused.
"""

from urllib.parse import urlsplit

from django.utils.http import url_has_allowed_host_and_scheme


def _same_host(request, url):
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return False
    return parts.netloc.lower() == request.get_host().lower() and (
        parts.scheme == request.scheme or not request.is_secure()
    )


def is_same_site(request):
    """The request was sent by a page of this site (``Origin`` first, else ``Referer``)."""
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return _same_host(request, origin)
    referer = request.headers.get("Referer")
    if referer:
        return _same_host(request, referer)
    return False


def safe_next(request, url, default="/"):
    """``url`` if it is a path on this site (never another host, scheme or a ``//host`` path), else
    ``default``."""
    if (
        url
        and url.startswith("/")
        and url_has_allowed_host_and_scheme(
            url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return url
    return default
