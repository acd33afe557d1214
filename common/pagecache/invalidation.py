"""What to purge when content changes, here and in the edge cache.

A page published (also on schedule: ``publish_scheduled`` publishes the same way), unpublished (deleting a
live page unpublishes it first) or moved purges:

- the page, with every path it declares in ``get_cached_paths()`` (feeds, calendars);
- its ancestors (index pages, the home page), with theirs;
- its descendants when it has any (their breadcrumbs show its title; a move changes their URLs);
- pages that show it: those referencing it (Wagtail's reference index: featured guides, page choosers,
  links in rich text) and those its page type names in ``get_cache_dependents()`` (related guides);
- ``PAGE_CACHE_ALWAYS_PURGE``: the sitemap and search results;
- after a move or a new slug, the old URLs of the page and its descendants too.

The home page and its children (sections, the report form) appear in every page's menu or header, and
the models in ``PAGE_CACHE_PURGE_ALL_ON`` (scam categories, site settings, sites, view restrictions) on
every page: changing one purges everything, by replacing the cache generation. Saving or deleting a model
in ``PAGE_CACHE_PURGE_PATHS_ON`` purges the paths listed for it (an image: the content API).

Purges run when the transaction commits, so no server can render the old content again after the purge.
The same URLs go to the edge cache through ``wagtail.contrib.frontend_cache`` when ``WAGTAILFRONTENDCACHE``
is configured (an HTTP purge request per URL, sent by a background task). That app is not installed: its
own signal handlers would purge the page alone, a second time.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import store

logger = logging.getLogger(__name__)
# Depth of the home page's children (the root is 1, a site's home page 2).
SITE_WIDE_DEPTH = 3


def site_paths(url_path):
    """``[(root URL, path on that site)]`` for a page's ``url_path``, on every site that serves it.

    A translated tree is served under its language's prefix (``/en/…``; the default language has none).
    """
    found = []
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            prefix = "" if root.language_code in (None, settings.LANGUAGE_CODE) else "/" + root.language_code
            found.append((root.root_url.rstrip("/"), prefix + "/" + url_path[len(root.root_path) :]))
    return found


class Purge:
    """Paths collected while the changed content is at hand, purged when the transaction commits."""

    def __init__(self):
        self.paths = set()
        self.urls = set()
        self.everything = False

    def add_url_path(self, url_path, cached_paths=("/",)):
        for root_url, path in site_paths(url_path):
            for sub_path in cached_paths:
                full = path + sub_path.lstrip("/")
                self.paths.add(full)
                self.urls.add(root_url + full)

    def add_page(self, page, url_path=None):
        self.add_url_path(url_path or page.url_path, page.specific_deferred.get_cached_paths())

    def add_pages(self, pages):
        for page in pages:
            self.add_page(page)

    def add_on_every_site(self, path):
        self.paths.add(path)
        self.urls.update(root.root_url.rstrip("/") + path for root in Site.get_site_root_paths())

    def schedule(self):
        transaction.on_commit(self.apply)

    def apply(self):
        if self.everything:
            store.purge_everything()
            if edge_cache_configured():
                self.add_pages(Page.objects.live().specific(defer=True))
        else:
            store.purge_paths(self.paths)
        if edge_cache_configured() and self.urls:
            from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

            purge_urls_from_cache(sorted(self.urls))


def edge_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _always(purge):
    for path in settings.PAGE_CACHE_ALWAYS_PURGE:
        purge.add_on_every_site(path)


def _collect_page(purge, page):
    """The page and everything that shows it, at its current place in the tree."""
    if page.depth <= SITE_WIDE_DEPTH:
        purge.everything = True
    purge.add_page(page)
    purge.add_pages(page.get_ancestors().filter(depth__gt=1).specific(defer=True))
    if page.numchild:
        purge.add_pages(page.get_descendants().specific(defer=True))
    dependents = getattr(page.specific_deferred, "get_cache_dependents", None)
    if dependents:
        purge.add_pages(dependents())
    _collect_referencing(purge, page)


def _collect_referencing(purge, page):
    page_type = ContentType.objects.get_for_model(Page)
    site_wide = {label.lower() for label in settings.PAGE_CACHE_PURGE_ALL_ON}
    referencing_pages = set()
    for base_type_id, object_id in (
        ReferenceIndex.get_references_to(page).values_list("base_content_type", "object_id").distinct()
    ):
        if base_type_id == page_type.pk:
            referencing_pages.add(object_id)
        elif ContentType.objects.get_for_id(base_type_id).model_class()._meta.label_lower in site_wide:
            purge.everything = True  # e.g. a footer link in the site settings
    purge.add_pages(Page.objects.filter(pk__in=referencing_pages).specific(defer=True))


def page_changed(sender, instance, **kwargs):
    """page_published, page_unpublished (also sent before a live page is deleted)."""
    purge = Purge()
    _collect_page(purge, instance)
    _always(purge)
    purge.schedule()


def _collect_old_urls(purge, page, url_path_before, url_path_after):
    """The URLs the page and its descendants had before a move or a new slug."""
    for moved in [page, *page.get_descendants().specific(defer=True)]:
        purge.add_page(moved, url_path=url_path_before + moved.url_path[len(url_path_after) :])


def page_moved(sender, instance, parent_page_before, url_path_before, url_path_after, **kwargs):
    purge = Purge()
    _collect_page(purge, instance)  # the new place
    if parent_page_before.depth + 1 <= SITE_WIDE_DEPTH:
        purge.everything = True
    _collect_old_urls(purge, instance, url_path_before, url_path_after)
    purge.add_pages([*parent_page_before.get_ancestors().filter(depth__gt=1), parent_page_before])
    _always(purge)
    purge.schedule()


def slug_changed(sender, instance, instance_before, **kwargs):
    """Sent after publishing with a new slug (page_published has purged the new URL and what shows it)."""
    purge = Purge()
    purge.everything = instance.depth <= SITE_WIDE_DEPTH
    _collect_old_urls(purge, instance, instance_before.url_path, instance.url_path)
    purge.schedule()


def site_wide_change(sender, **kwargs):
    purge = Purge()
    purge.everything = True
    _always(purge)
    purge.schedule()


def paths_change(sender, **kwargs):
    """A model in ``PAGE_CACHE_PURGE_PATHS_ON`` saved or deleted: purge the paths it names."""
    purge = Purge()
    for path in settings.PAGE_CACHE_PURGE_PATHS_ON[sender._meta.label]:
        purge.add_on_every_site(path)
    purge.schedule()


def connect():
    """Called from CommonConfig.ready()."""
    page_published.connect(page_changed, dispatch_uid="pagecache_published")
    page_unpublished.connect(page_changed, dispatch_uid="pagecache_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="pagecache_moved")
    page_slug_changed.connect(slug_changed, dispatch_uid="pagecache_slug_changed")
    for label in settings.PAGE_CACHE_PURGE_ALL_ON:
        model = apps.get_model(label)
        post_save.connect(site_wide_change, sender=model, dispatch_uid=f"pagecache_saved_{label}")
        post_delete.connect(site_wide_change, sender=model, dispatch_uid=f"pagecache_deleted_{label}")
    for label in getattr(settings, "PAGE_CACHE_PURGE_PATHS_ON", {}):
        model = apps.get_model(label)
        post_save.connect(paths_change, sender=model, dispatch_uid=f"pagecache_paths_saved_{label}")
        post_delete.connect(paths_change, sender=model, dispatch_uid=f"pagecache_paths_deleted_{label}")
