"""The share card as a file in the default storage: ``share-cards/<page id>/<hash>.png``.

The hash names the content (``content.CardContent.digest``), so a file, once written, never changes: a
request finds it or draws it; publishing draws the new one and removes the page's older cards.
"""

import logging
import posixpath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import translation

from education import site_cache

from .content import card_content

logger = logging.getLogger(__name__)
FOLDER = "share-cards"


def card_name(page_pk, digest):
    return posixpath.join(FOLDER, str(page_pk), f"{digest}.png")


def current_content(page):
    """The card in the page's own language, whoever asks: an editor publishing in the Chinese admin and a
    reader's first request on /en/ must describe the same card, or they name two different files."""
    language = next((code for code, pk in site_cache.locale_ids().items() if pk == page.locale_id), None)
    with translation.override(language):
        return card_content(page, site_cache.site_settings())


def ensure_card(page):
    """The storage name of the page's current card, drawn and saved first if it does not exist yet."""
    content = current_content(page)
    name = card_name(page.pk, content.digest())
    if not default_storage.exists(name):
        from .render import draw_card  # Pillow and the font only when a card is drawn

        saved = default_storage.save(name, ContentFile(draw_card(content)))
        if saved != name:  # another request drew the same card meanwhile: keep one copy
            default_storage.delete(saved)
    return name


def remove_cards(page_pk, keep=None):
    """Delete the page's cards, except ``keep`` (a storage name)."""
    folder = posixpath.join(FOLDER, str(page_pk))
    try:
        _dirs, files = default_storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return
    for filename in files:
        name = posixpath.join(folder, filename)
        if name != keep:
            default_storage.delete(name)
