"""POSTs to cached public pages, which cannot carry a CSRF token.

A page kept in the page cache is the same for every reader, so it cannot hold a CSRF token (the token
would be one reader's, and setting its cookie makes the page uncacheable). A page type may take certain
POSTs without one, such as an anonymous quiz answer: Wagtail's page view is wired CSRF-exempt (``serve``,
in urls.py) and ``check_csrf`` (a ``before_serve_page`` hook, run before any other) applies Django's
CSRF check to every unsafe request once the page is known, unless the page's
``accepts_tokenless_post(request)`` says this POST is one it takes. Such a POST must change nothing
that belongs to anyone, and is guarded instead by ``common.origin.is_same_site``, a honeypot and a rate limit.
"""

from django.middleware.csrf import CsrfViewMiddleware
from django.views.decorators.csrf import csrf_exempt
from wagtail import views as wagtail_views

SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")


@csrf_exempt
def serve(request, path):
    """Wagtail's page view; the CSRF check moves to ``check_csrf``, after routing."""
    return wagtail_views.serve(request, path)


def _protected_view(request, *args, **kwargs):  # pragma: no cover - never called, only checked
    """Stands for the page view in Django's CSRF check (a view that is not exempt)."""


def check_csrf(page, request, serve_args, serve_kwargs):
    """Django's CSRF check for a POST to ``page``, unless the page takes this POST without a token."""
    if request.method in SAFE_METHODS:
        return None
    accepts = getattr(page, "accepts_tokenless_post", None)
    if accepts is not None and accepts(request):
        return None
    return CsrfViewMiddleware(lambda request: None).process_view(request, _protected_view, (), {})
