"""The public page view: Wagtail's (through ``common.pageposts``), routed from the cached home page.

Wagtail's ``Page.route_for_request`` finds the site with a query on every request, then starts from
``site.root_page.localized``, which asks the database for the active Locale on every request and for the
home page's translation on every English one. The site cache knows the site of each host and each
language's home page (``site_cache.site_for_request``, ``locale_homes``), so the walk starts there; the
rest is Wagtail's (``HomePage.route``, see ``education.routing``).
"""

from django.http import Http404
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt

from common import pageposts
from education import site_cache


@csrf_exempt
def serve(request, path):
    if not hasattr(request, "_wagtail_route_for_request"):  # Page.route_for_request's per-request memo
        request._wagtail_route_for_request = route_for_request(request, path)
    return pageposts.serve(request, path)


def route_for_request(request, path):
    """``Page.route_for_request(request, path)`` without the Locale and translation queries."""
    site = site_cache.site_for_request(request)
    if site is None:
        return None
    root = site.root_page
    home_id = site_cache.locale_homes(root.pk).get(get_language(), root.pk)
    # A translation is of the same page type as the page it translates.
    home = root.specific if home_id == root.pk else root.specific_class.objects.get(pk=home_id)
    try:
        return home.route(request, [component for component in path.split("/") if component])
    except Http404:
        return None
