"""Finding the page for a URL in two queries, whatever its depth.

Wagtail's ``Page.route`` walks down one path component at a time: a query for the child with that
slug, then one for its specific page, per level (four queries to reach /guides/<guide>/). The site
root (``HomePage.route``) hands the walk to ``route_below``, which reads every page the path could
pass through in one query (by ``url_path``) and then only the page found, as its specific type.

The answer is Wagtail's own: a page whose type routes for itself (routable pages with their own
sub-URLs such as feeds and calendars, anything else overriding ``route``) gets the rest of the
path exactly as Wagtail would give it; a missing page or an unpublished last page is a 404.
"""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult


def route_below(root, request, path_components):
    """``root.route(request, path_components)`` as Wagtail's Page.route would answer it."""
    url_paths, url_path = [], root.url_path
    for component in path_components:
        url_path += component + "/"
        url_paths.append(url_path)
    pages = {page.url_path: page for page in Page.objects.filter(url_path__in=url_paths)}

    parent, remaining, ancestors = root, list(path_components), [root]
    while True:
        page = pages.get(parent.url_path + remaining[0] + "/")
        if page is None:
            raise Http404
        page._cached_parent_obj = parent
        remaining = remaining[1:]
        page_class = page.specific_class
        if page_class is None or not remaining or _routes_itself(page, page_class, remaining):
            break
        ancestors.append(page)
        parent = page

    specific = _specific(page, page_class)
    specific._cached_parent_obj = parent
    specific._route_ancestors = ancestors
    if page_class is not None and page_class.route is Page.route and not remaining:
        if not specific.live:
            raise Http404
        return RouteResult(specific)
    return specific.route(request, remaining)


def _routes_itself(page, page_class, remaining):
    """Whether Wagtail would hand ``remaining`` to the page itself rather than look for a child."""
    if page_class.route is Page.route:
        return False
    if page_class.route is not RoutablePageMixin.route:
        return True  # a route of its own: let it decide
    if not page.live:
        return False  # RoutablePageMixin only serves its sub-URLs while live
    try:
        page_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
    except Http404:
        return False
    return True


def _specific(page, page_class):
    serving_queryset = getattr(page_class, "serving_queryset", None)
    if serving_queryset is None:
        return page.specific
    return serving_queryset().get(pk=page.pk)
