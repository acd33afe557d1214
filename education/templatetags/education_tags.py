"""Template tags for navigation, feeds links and structured data."""

import json

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

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
    """The home page, menu and alert index of the site in the language being served (its translated
    home page, else the site's own), from the shared cache, once per request."""
    if not hasattr(request, "_education_navigation"):
        site = Site.find_for_request(request)
        if site:
            homes = site_cache.locale_homes(site.root_page_id)
            home_id = homes.get(translation.get_language(), site.root_page_id)
            request._education_navigation = site_cache.navigation(home_id)
        else:
            request._education_navigation = {"home": None, "menu": [], "alert_index": None}
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
    languages = [link for link in language_links(context) if not link["current"]]
    return {"items": items, "request": request, "language_links": languages}


@register.simple_tag
def html_lang():
    """The ``<html lang>`` of the page being rendered (BCP 47, e.g. zh-Hans)."""
    return i18n.html_lang()


@register.simple_tag
def og_locale():
    return i18n.og_locale()


# Languages (issue 13) ------------------------------------------------------------------------------


def _locale_home_url(request, language):
    """The home page of ``language``'s tree, or the bare language root when it has none."""
    site = Site.find_for_request(request)
    home_id = site_cache.locale_homes(site.root_page_id).get(language) if site else None
    home = site_cache.navigation(home_id)["home"] if home_id else None
    if home is not None:
        return home.get_url(request)
    return translate_url("/", language)


def language_links(context):
    """For each public language: where this page is in that language, and whether it is this very page
    (``exact``) or, lacking a translation, that language's home page. Computed once per request.

    A Wagtail page links to its live translation (with the same sub-URL for routable pages such as the
    report form's risk check); a Django view in ``i18n_patterns`` (statistics, search) to its own URL
    under the other prefix.
    """
    request = context.get("request")
    if request is None:
        return []
    if hasattr(request, "_education_language_links"):
        return request._education_language_links
    page = context.get("page")
    current = translation.get_language()
    translated = {}
    if isinstance(page, Page) and page.pk:
        page_url = page.get_url(request) or ""
        sub_path = request.path[len(page_url) :] if page_url and request.path.startswith(page_url) else ""
        for code, other in site_cache.translations(page.translation_key).items():
            url = other.get_url(request)
            if url:
                translated[code] = url + sub_path
    elif request.resolver_match and request.resolver_match.url_name not in (None, "wagtail_serve"):
        for code, _name in settings.LANGUAGES:
            url = translate_url(request.path, code)
            if code == current or url != request.path:
                translated[code] = url
    links = []
    for code, name in settings.LANGUAGES:
        url = translated.get(code)
        links.append(
            {
                "code": code,
                "name": name,
                "lang": i18n.html_lang(code),
                "url": url or _locale_home_url(request, code),
                "exact": url is not None,
                "current": code == current,
            }
        )
    request._education_language_links = links
    return links


@register.inclusion_tag("includes/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """``<link rel=alternate hreflang>`` for each language this page exists in; x-default is Chinese."""
    request = context.get("request")
    links = [link for link in language_links(context) if link["exact"]]
    if len(links) < 2:
        return {"alternates": []}
    alternates = [(link["lang"], request.build_absolute_uri(link["url"])) for link in links]
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    if default:
        alternates.append(("x-default", request.build_absolute_uri(default["url"])))
    return {"alternates": alternates}


@register.simple_tag
def content_lang():
    """``lang`` for content in the default language shown on a page in another (site settings, brand);
    empty on a page in the default language."""
    if translation.get_language() == settings.LANGUAGE_CODE:
        return ""
    return i18n.html_lang(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def localized_footer_items(context, items):
    """The footer links of the site settings, each linking to its page's translation into the language
    being served when there is one (with that page's title): ``(title, page or None, url, lang)``."""
    language = translation.get_language()
    result = []
    for title, page, url in items or ():
        lang = ""
        if page is not None and language != settings.LANGUAGE_CODE:
            other = site_cache.translations(page.translation_key).get(language)
            if other is not None:
                title, page = other.title, other
            else:
                lang = i18n.html_lang(settings.LANGUAGE_CODE)
        result.append((title, page, url, lang))
    return result
