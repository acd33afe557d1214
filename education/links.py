"""Absolute links for e-mails: built without a request, from ``PUBLIC_BASE_URL`` or the default site."""

from django.conf import settings
from wagtail.models import Site


def base_url():
    if settings.PUBLIC_BASE_URL:
        return settings.PUBLIC_BASE_URL
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url.rstrip("/") if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path):
    """``path`` (starting with /) on the public site."""
    return base_url() + path


def page_url(page):
    """A page's public address; ``PUBLIC_BASE_URL`` wins over the site's root URL when set."""
    parts = page.get_url_parts()
    if parts is None:
        return absolute_url("/")
    _site_id, root_url, page_path = parts
    if settings.PUBLIC_BASE_URL:
        return settings.PUBLIC_BASE_URL + page_path
    return root_url.rstrip("/") + page_path
