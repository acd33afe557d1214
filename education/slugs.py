"""Short ASCII slugs from Chinese titles, so shared links stay readable in WeChat.

The one place slugs are made: the page model (pages created in code, the demo) and the admin
form (an editor leaving the slug empty) both call ``available_pinyin_slug``.
"""

from django.utils.text import slugify
from pypinyin import lazy_pinyin
from wagtail.models import Page

MAX_SLUG_LENGTH = 50
#: For a title with nothing pinyin or slugify can spell (emoji only, say).
FALLBACK_SLUG = "page"


def ascii_slug(title, max_length=MAX_SLUG_LENGTH):
    """Return a pinyin/English slug for ``title``, cut at a word boundary.

    >>> ascii_slug("警惕代理维权骗局")
    'jing-ti-dai-li-wei-quan-pian-ju'
    """
    words = lazy_pinyin(title or "", errors="default")
    slug = slugify(" ".join(words))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


def available_pinyin_slug(title, parent_page, page=None):
    """The pinyin slug of ``title``, made unique among ``parent_page``'s children as Wagtail does
    (``-2``, ``-3`` ...); ``page`` itself does not count as a clash."""
    base_slug = ascii_slug(title) or FALLBACK_SLUG
    candidate, suffix = base_slug, 1
    while not Page._slug_is_available(candidate, parent_page, page):
        suffix += 1
        candidate = f"{base_slug}-{suffix}"
    return candidate
