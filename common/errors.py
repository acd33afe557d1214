"""Error views that never read the request body again.

Django's default error views are decorated with ``requires_csrf_token``, which runs the CSRF check once
more, and that check reads ``request.POST``. When the body itself was what failed (a form declared as
latin-1 or utf-16, too many fields, too large), reading it raises the same BadRequest again inside the
400 handler; the 500 handler then does the same, and the exception reaches gunicorn. These views render
the same templates without that check; the CSRF cookie was already handled by the middleware.
"""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def bad_request(request, exception):
    return render(request, "400.html", status=400)


def permission_denied(request, exception):
    return render(request, "403.html", status=403)


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    # Standalone template, rendered without the request: nothing that could fail again.
    return HttpResponseServerError(loader.get_template("500.html").render())
