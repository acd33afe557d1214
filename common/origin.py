"""Same-site checks for the public POST endpoints that take no CSRF token, and safe redirects.

Pages cached for anonymous readers carry no CSRF token (it would set a cookie and make them personal), so
a form on such a page (quiz answers, 对您有帮助吗？, the 长辈模式 switch, the search page's risk check) posts
without one. Such a POST is accepted only when the browser says it comes from one of our own pages:
``Sec-Fetch-Site`` (every current browser), else ``Origin``, else ``Referer`` (our referrer policy sends it
to ourselves). A request with none of them cannot come from another site's page in a current browser (some
privacy tools strip them), so it is let through: the honeypot and the rate limit still hold it. An opaque
``Origin: null`` without a same-site ``Referer`` is refused.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme


def _same_host(request, url):
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return False
    if f"{parts.scheme}://{parts.netloc}" in settings.CSRF_TRUSTED_ORIGINS:
        return True
    return parts.netloc.lower() == request.get_host().lower() and (
        parts.scheme == request.scheme or not request.is_secure()
    )


def is_same_site(request):
    """The request was sent by a page of this site, as far as the browser says."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return _same_host(request, origin)
    referer = request.headers.get("Referer")
    if referer:
        return _same_host(request, referer)
    return origin is None


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
