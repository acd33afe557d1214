"""Cross-site request forgery protection for a form that cannot carry a CSRF token.

A form on a page that is shared by everyone through the full-page cache cannot hold a per-person CSRF token
(or set its cookie). A view such a form posts to is exempt from Django's token check and calls
``same_origin_post`` instead: browsers state where a request comes from (``Sec-Fetch-Site``, sent by every
current browser, else ``Origin``), and only requests from our own pages are accepted. A request with
neither header cannot come from a page on another site in any current browser.
"""

from django.conf import settings


def same_origin_post(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return origin == f"{request.scheme}://{request.get_host()}" or origin in settings.CSRF_TRUSTED_ORIGINS
