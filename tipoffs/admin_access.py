"""Plain 403 answers for the tip-off admin.

Wagtail turns a PermissionDenied in an admin view into a redirect to the dashboard with a message. For
personal data we want a definite "no" that tests, proxies and logs can see, so our views answer 403.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse


def forbid_on_denial(view_func, permission=None):
    """Answer 403 when ``view_func`` denies access, or before it runs when the user lacks ``permission``.

    Checking ``permission`` first matters for views that look up their object before their own permission
    check: a stranger must get the same 403 for a case that exists and one that does not.
    """

    @wraps(view_func)
    def wrapped(request, *args, **kwargs):
        try:
            if permission and not request.user.has_perm(permission):
                raise PermissionDenied
            response = view_func(request, *args, **kwargs)
        except PermissionDenied:
            return TemplateResponse(request, "403.html", status=403)
        return response

    return wrapped


class ForbidOnDenialViewSetMixin:
    """Wraps every URL of a Wagtail viewset with ``forbid_on_denial``."""

    required_permission = None  # "app_label.codename" checked before any view runs

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            pattern.callback = forbid_on_denial(pattern.callback, self.required_permission)
        return patterns
