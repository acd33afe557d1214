"""Short ASCII slugs from Chinese titles, so shared links stay readable in WeChat."""

from django.utils.text import slugify
from pypinyin import lazy_pinyin

MAX_SLUG_LENGTH = 50


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
