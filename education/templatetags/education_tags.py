"""Template tags for navigation, feeds links and structured data."""

import json

from django import template
from django.urls import NoReverseMatch
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Site

from common import i18n
from common.pagecache import expire_at
from education.models import AlertIndexPage, HomePage

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
    return {"ancestors": page.get_ancestors().filter(depth__gt=1), "page": page}


@register.inclusion_tag("includes/alert_feed_links.html", takes_context=True)
def alert_feed_links(context):
    """<link rel=alternate> to the alert feeds, looked up once per request."""
    request = context["request"]
    if not hasattr(request, "_alert_index_page"):
        request._alert_index_page = AlertIndexPage.objects.live().public().first()
    return {"alert_index": request._alert_index_page, "request": request}


def _home_page(request):
    """The site's home page with its report page, looked up once per request."""
    if not hasattr(request, "_home_page"):
        site = Site.find_for_request(request)
        request._home_page = (
            HomePage.objects.filter(pk=site.root_page_id).select_related("report_page").first()
            if site
            else None
        )
    return request._home_page


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
    home = _home_page(request)
    current = context.get("page")
    items = []
    if home:
        for item in home.get_children().live().public().in_menu():
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
