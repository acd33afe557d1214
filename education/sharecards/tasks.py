"""The background task that draws a page's card after it is published."""

import logging

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def refresh_share_card(page_id):
    """Draw the card of the page as now published and remove its older cards. A page no longer live (or a
    type without cards) gets nothing; a failure is logged, the next request draws the card instead."""
    from wagtail.models import Page

    from .storage import ensure_card, remove_cards

    page = Page.objects.live().filter(pk=page_id).specific().first()
    if page is None or not getattr(page, "card_kind", None):
        return None
    try:
        name = ensure_card(page)
    except Exception:
        logger.exception("share card of page %s could not be drawn", page_id)
        return None
    remove_cards(page_id, keep=name)
    return name
