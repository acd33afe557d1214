"""The header's 长辈模式 switch: sets or clears the cookie, then goes back to the page the reader was on.

A POST from a plain form, so it works without JavaScript. Public pages are cached without a CSRF token, so
the view is CSRF-exempt and accepts only requests sent by our own pages (``common.origin``); the worst a
forged one could do is change how pages look.
"""

import datetime

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from common.origin import is_same_site, safe_next

from . import ON


@csrf_exempt
@require_POST
def switch(request):
    if not is_same_site(request):
        return TemplateResponse(request, "403.html", status=403)
    response = HttpResponseRedirect(safe_next(request, request.POST.get("next")))
    response.status_code = 303  # see the page with GET
    response["Cache-Control"] = "no-store"
    if request.POST.get("elder") == "on":
        response.set_cookie(
            settings.ELDER_MODE_COOKIE,
            ON,
            max_age=int(datetime.timedelta(days=settings.ELDER_MODE_COOKIE_DAYS).total_seconds()),
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
    else:
        response.delete_cookie(settings.ELDER_MODE_COOKIE, samesite="Lax")
    return response
