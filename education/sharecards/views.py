"""The share card and poster routes of guides, alerts and events (called by their page models' routes, so
Wagtail's serving rules hold: only live pages, view restrictions enforced)."""

from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.response import TemplateResponse

from education import site_cache

from .poster import poster_context
from .storage import ensure_card

# The URL carries the card's hash (?v=…): a new card has a new URL, so a copy may be kept for a day.
CARD_MAX_AGE = 24 * 60 * 60


def share_card(request, page):
    name = ensure_card(page)
    with default_storage.open(name, "rb") as stored:
        response = HttpResponse(stored.read(), content_type="image/png")
    response["Cache-Control"] = f"public, max-age={CARD_MAX_AGE}"
    response["Content-Disposition"] = f'inline; filename="{page.slug}.png"'
    return response


def poster(request, page):
    context = poster_context(request, page, site_cache.site_settings())
    return TemplateResponse(request, "education/poster.html", context)
