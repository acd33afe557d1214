"""AnonymousWithoutSessionMiddleware: a request that carries no session cookie is anonymous.

Django finds that out by reading the (empty) session, and any read of the session makes the response
``Vary: Cookie``, so no shared cache could keep it. On the public site the Wagtail user bar asks for
``request.user`` on every page. Answering "anonymous" without the session keeps public pages free of
``Vary: Cookie``; a request with a session cookie is untouched, and logging in still works (``login()``
sets ``request.user`` itself). Goes right after AuthenticationMiddleware.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser


class AnonymousWithoutSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            request.user = AnonymousUser()

            async def auser():
                return request.user

            request.auser = auser
        return self.get_response(request)
