"""Responses that must not be cached, and a definite 403 for views holding personal data."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse


def private_response(request, template, context, status=200):
    """A page about one person's report or worry: never kept by a browser or a shared cache."""
    response = TemplateResponse(request, template, context, status=status)
    response["Cache-Control"] = "no-store"
    return response


def forbid_on_denial(view_func, permission=None):
    """Answer 403 when ``view_func`` denies access, or before it runs when the user lacks ``permission``.

    Wagtail turns a PermissionDenied in an admin view into a redirect to the dashboard with a message; for
    personal data we want a definite "no" that tests, proxies and logs can see. Checking ``permission``
    first matters for views that look up their object before their own permission check: a stranger must
    get the same 403 for a case that exists and one that does not.
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
