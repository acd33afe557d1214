"""Which requests may be answered from the page cache, and which responses may be kept in it.

Only anonymous readers' GET (and HEAD) requests for public pages are cached. Anything personal or one-time
never is: a request with a session (editors previewing, a reporter's receipt) or a pending message, the
admin, the API, documents; a response that sets a cookie (a CSRF token), varies on a header, is marked
private or no-store (the report form and its answers), or is not a plain 200.
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.cache import cc_delim_re

NEVER_SHARED = {"private", "no-store", "no-cache"}


def is_personal(request):
    """The request carries something that may make the page one person's."""
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME in cookies
        or CookieStorage.cookie_name in cookies
        or "Authorization" in request.headers
    )


def request_is_cacheable(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(tuple(settings.PAGE_CACHE_EXEMPT_PREFIXES))
        and not is_personal(request)
    )


def cache_control_directives(response):
    header = response.get("Cache-Control", "")
    return {part.split("=", 1)[0].strip().lower() for part in cc_delim_re.split(header) if part.strip()}


def response_is_cacheable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or response.has_header("Vary"):
        return False
    if cache_control_directives(response) & NEVER_SHARED:
        return False
    messages = getattr(request, "_messages", None)
    return not getattr(messages, "_queued_messages", None)
