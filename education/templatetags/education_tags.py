"""Template tags for navigation, feeds links and structured data."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from education.models import AlertIndexPage

register = template.Library()

# Characters that could end a <script> element or confuse an HTML parser inside JSON-LD.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    data = page.get_json_ld(context["request"])
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    ancestors = page.get_ancestors().filter(depth__gt=1).specific(defer=True) if page.pk else []
    return {"ancestors": ancestors, "page": page, "request": context["request"]}


@register.inclusion_tag("includes/alert_feed_links.html", takes_context=True)
def alert_feed_links(context):
    """<link rel=alternate> to the alert feeds, cached on the request (one query per page view)."""
    request = context["request"]
    if not hasattr(request, "_alert_index_page"):
        request._alert_index_page = AlertIndexPage.objects.live().public().first()
    return {"alert_index": request._alert_index_page, "request": request}


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = getattr(request, "_wagtail_site", None)
    from wagtail.models import Site

    site = site or Site.find_for_request(request)
    items = site.root_page.get_children().live().public().in_menu() if site else []
    return {"items": items, "request": request, "current": context.get("page")}
