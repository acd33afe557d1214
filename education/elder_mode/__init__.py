"""长辈模式: a reader's choice of large text, strong contrast, big tap targets and one plain column.

The choice is a cookie (``settings.ELDER_MODE_COOKIE``) set by a small form in the header that works
without JavaScript (``views.switch``); the ``context`` processor tells templates, and base.html puts the
``elder`` class on ``<html>`` for the styles in static/css/site.css. The page cache keeps one copy of a
page per value of that cookie (it is listed in ``PAGE_CACHE_VARY_COOKIES``); a normal GET sets no cookie.
"""

from django.conf import settings

ON = "1"


def is_on(request):
    return request is not None and request.COOKIES.get(settings.ELDER_MODE_COOKIE) == ON
