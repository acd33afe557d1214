"""Plain 403 answers for the tip-off admin.

Wagtail turns a PermissionDenied in an admin view into a redirect to the dashboard with a message. For
personal data we want a definite "no" that tests, proxies and logs can see, so our views answer 403.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse


def forbid_on_denial(view_func):
    @wraps(view_func)
    def wrapped(request, *args, **kwargs):
        try:
            response = view_func(request, *args, **kwargs)
        except PermissionDenied:
            return TemplateResponse(request, "403.html", status=403)
        return response

    return wrapped


class ForbidOnDenialViewSetMixin:
    """Wraps every URL of a Wagtail viewset with ``forbid_on_denial``."""

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            pattern.callback = forbid_on_denial(pattern.callback)
        return patterns
