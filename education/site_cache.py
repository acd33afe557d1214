"""Small data that every public page reads, kept in Django's cache instead of queried per request.

The page view restrictions, site settings, the menu and report page of each site, and the scam
categories: a handful of rows that change only when an editor changes them. The cache is Redis in
production, shared by every app server, so all servers agree.

Invalidation is by generation: every entry's key holds a version number, and any change to what the
entries are built from (a page saved, published, unpublished, moved or deleted; a view restriction,
site, site setting or scam category saved or deleted) bumps the version, so the next request on any
server rebuilds what it needs. It is bumped right away and again once the transaction commits (a
request running meanwhile may have cached what it read before the commit). ``TIMEOUT`` bounds what
no signal reports, such as rows written by a data migration or ``QuerySet.update()``.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q

KEY_PREFIX = "education:site:"
VERSION_KEY = KEY_PREFIX + "version"
TIMEOUT = 60 * 60
_MISSING = object()


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, None)
        version = cache.get(VERSION_KEY, 1)
    return version


def cached(name, build):
    """The value cached under ``name`` (None included), built and cached by ``build()`` if missing."""
    key = f"{KEY_PREFIX}{_version()}:{name}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, TIMEOUT)
    return value


def forget_everything():
    """Drop every entry, on every app server (their keys carry the old version)."""

    def bump():
        if not cache.add(VERSION_KEY, 2, None):
            try:
                cache.incr(VERSION_KEY)
            except ValueError:  # evicted between add() and incr()
                cache.add(VERSION_KEY, 2, None)

    bump()
    transaction.on_commit(bump)


# Entries ------------------------------------------------------------------------------------------


def view_restrictions():
    """(restriction id, restricted page's path) of every page view restriction, and whether any
    page is an alias (whose restrictions Wagtail reads from the aliased page)."""
    from wagtail.models import Page, PageViewRestriction

    def build():
        rows = list(PageViewRestriction.objects.values_list("pk", "page__path"))
        return rows, Page.objects.filter(alias_of__isnull=False).exists()

    return cached("view-restrictions", build)


def scam_categories():
    """Every scam category, in display order (filters, search suggestions, search topics)."""
    from education.models import ScamCategory

    return cached("scam-categories", lambda: list(ScamCategory.objects.all()))


def site_settings():
    """The site settings, with the footer links' pages already fetched (``footer_items``)."""
    from education.models import SiteSettings

    def build():
        instance = SiteSettings._get_or_create()
        instance.footer_items = [
            (link.value["title"], link.value["page"], link.value["url"]) for link in instance.footer_links
        ]
        return instance

    return cached("site-settings", build)


def navigation(root_page_id):
    """The home page of a site (with its report page), its menu items and the alert index.

    ``root_page_id`` is the home page of the language being served (``locale_homes``); a report page
    chosen in another language (a translated home page keeps the original's choice) is replaced by its
    translation into the home page's language when there is one.
    """
    from education.models import AlertIndexPage, HomePage

    def build():
        home = HomePage.objects.filter(pk=root_page_id).select_related("report_page").first()
        if home is None:
            return {"home": None, "menu": [], "alert_index": None}
        report_page = home.report_page
        if report_page is not None and report_page.locale_id != home.locale_id:
            home.report_page = report_page.get_translation_or_none(home.locale_id) or report_page
        return {
            "home": home,
            "menu": list(home.get_children().live().public().in_menu()),
            "alert_index": AlertIndexPage.objects.live().public().descendant_of(home).first(),
        }

    return cached(f"navigation:{root_page_id}", build)


def site_for_request(request):
    """``Site.find_for_request(request)``, remembered per host and port: Wagtail asks the database on every
    request. Hosts other than ALLOWED_HOSTS never get this far (Django refuses them first)."""
    from django.http.request import split_domain_port
    from wagtail.models import Site

    if not hasattr(request, "_wagtail_site"):  # Site.find_for_request's per-request memo
        hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
        request._wagtail_site = cached(f"site:{hostname}:{port}", lambda: Site._find_for_request(request))
    return request._wagtail_site


def locale_homes(root_page_id):
    """``{language code: page id}`` of a site's home page and its live translations (issue 13)."""
    from wagtail.models import Page

    def build():
        root = Page.objects.filter(pk=root_page_id).only("translation_key").first()
        if root is None:
            return {}
        rows = (
            Page.objects.filter(translation_key=root.translation_key)
            .filter(Q(live=True) | Q(pk=root_page_id))
            .values_list("locale__language_code", "pk")
        )
        return dict(rows)

    return cached(f"locale-homes:{root_page_id}", build)


def locale_ids():
    """``{language code: locale id}`` of every Wagtail locale."""
    from wagtail.models import Locale

    return cached("locale-ids", lambda: dict(Locale.objects.values_list("language_code", "pk")))


def translations(translation_key):
    """``{language code: page}`` of the live pages sharing a translation key: a page and its translations,
    for the language switcher and the ``hreflang`` alternates."""
    from wagtail.models import Page

    def build():
        pages = Page.objects.live().filter(translation_key=translation_key).select_related("locale")
        return {page.locale.language_code: page for page in pages}

    return cached(f"translations:{translation_key}", build)


# Invalidation -------------------------------------------------------------------------------------


def _on_model_change(sender, instance, **kwargs):
    from wagtail.models import Locale, Page, PageViewRestriction, Site

    from education.models import ScamCategory, SiteSettings

    if isinstance(instance, Page | PageViewRestriction | Site | ScamCategory | SiteSettings | Locale):
        forget_everything()


def _on_page_change(sender, **kwargs):
    forget_everything()


def connect_receivers():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (post_save, post_delete):
        signal.connect(_on_model_change, dispatch_uid=f"education-site-cache-{id(signal)}")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_page_change, dispatch_uid=f"education-site-cache-{id(signal)}")
