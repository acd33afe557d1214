"""Publishing draws the page's new card (and removes its old ones); unpublishing or deleting removes them.

A card that cannot be drawn (no font) is logged and never stops a page from being published: the page's
``share-card.png`` route draws it on first request once the font is there.
"""

import logging

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

logger = logging.getLogger(__name__)


def _card_page_types():
    from education.models import AlertPage, EventPage, GuidePage

    return (AlertPage, EventPage, GuidePage)


def page_published_handler(sender, instance, **kwargs):
    from django.conf import settings

    from . import tasks

    if not settings.SHARE_CARD_DRAW_ON_PUBLISH:
        return
    try:
        tasks.refresh_share_card.enqueue(instance.pk)
    except Exception:
        logger.exception("share card of page %s: could not be queued", instance.pk)


def page_removed_handler(sender, instance, **kwargs):
    from .storage import remove_cards

    remove_cards(instance.pk)


def connect():
    """Called from EducationConfig.ready()."""
    for model in _card_page_types():
        page_published.connect(
            page_published_handler, sender=model, dispatch_uid=f"sharecard_pub_{model.__name__}"
        )
        page_unpublished.connect(
            page_removed_handler, sender=model, dispatch_uid=f"sharecard_unpub_{model.__name__}"
        )
        post_delete.connect(
            page_removed_handler, sender=model, dispatch_uid=f"sharecard_del_{model.__name__}"
        )
