"""Template tags for navigation, feeds links and structured data."""

import json

from django import template
from django.urls import NoReverseMatch
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Site

from common import i18n
from common.pagecache import expire_at
from education import site_cache

register = template.Library()

# Characters that could end a <script> element or confuse an HTML parser inside JSON-LD.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    data = page.get_json_ld(context["request"])
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    # Safe: the escapes above leave no "<", ">" or "&" that could end the script element.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag(takes_context=True)
def page_cache_expires(context, when):
    """``{% page_cache_expires event.next_state_change %}``: this page shows a state that changes by itself
    at ``when`` (an event starting, an alert expiring), so a cached copy must not outlive that moment."""
    expire_at(context.get("request"), when)
    return ""


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(page):
    # education.routing noted the pages it passed through on the way to this one (no query);
    # pages reached otherwise (previews, other apps) ask the tree.
    ancestors = getattr(page, "_route_ancestors", None)
    if ancestors is None or not ancestors or ancestors[0].depth != 2:
        ancestors = page.get_ancestors().filter(depth__gt=1)
    return {"ancestors": ancestors, "page": page}


def _navigation(request):
    """The site's home page, menu and alert index from the shared cache, once per request."""
    if not hasattr(request, "_education_navigation"):
        site = Site.find_for_request(request)
        request._education_navigation = (
            site_cache.navigation(site.root_page_id)
            if site
            else {"home": None, "menu": [], "alert_index": None}
        )
    return request._education_navigation


@register.inclusion_tag("includes/alert_feed_links.html", takes_context=True)
def alert_feed_links(context):
    """<link rel=alternate> to the alert feeds."""
    request = context["request"]
    return {"alert_index": _navigation(request)["alert_index"], "request": request}


def _home_page(request):
    return _navigation(request)["home"]


@register.simple_tag(takes_context=True)
def report_page_url(context):
    home = _home_page(context["request"])
    target = home.report_page if home else None
    return target.get_url(context["request"]) if target and target.live else ""


@register.simple_tag(takes_context=True)
def report_page_route_url(context, route_name):
    """The URL of a named route of the report page (its risk check, say), or "" if it has none.

    ``specific_deferred`` gives the page's own class without another query; the tip-off app stays
    unknown to this one.
    """
    request = context["request"]
    home = _home_page(request)
    target = home.report_page if home else None
    if not target or not target.live:
        return ""
    try:
        return target.get_url(request) + target.specific_deferred.reverse_subpage(route_name)
    except (AttributeError, NoReverseMatch):
        return ""


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = context.get("page")
    items = []
    for item in _navigation(request)["menu"]:
        is_current = bool(current and current.path.startswith(item.path))
        items.append((item, is_current))
    return {"items": items, "request": request}


@register.simple_tag
def html_lang():
    """The ``<html lang>`` of the page being rendered (BCP 47, e.g. zh-Hans)."""
    return i18n.html_lang()


@register.simple_tag
def og_locale():
    return i18n.og_locale()
