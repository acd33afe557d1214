"""What a share card shows, and the hash that names its file.

A card changes when anything drawn on it changes: the hash covers every value drawn plus
``CARD_DESIGN_VERSION`` (bump it when ``render`` draws differently), so an edit gives a new file name and a
new ``og:image`` URL, which WeChat and Weibo fetch afresh instead of showing their cached copy.
"""

import dataclasses
import hashlib
import json

from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext as _

CARD_DESIGN_VERSION = 1
CARD_SIZE = (1200, 630)

# The alert levels' colours: the site's own (static/css/site.css, --notice/--warning/--urgent).
LEVEL_COLOURS = {
    "notice": ("#0b5cad", "#ffffff"),
    "warning": ("#b35900", "#ffffff"),
    "urgent": ("#b3261e", "#ffffff"),
}
KIND_COLOURS = {"guide": ("#0f6e5a", "#ffffff"), "event": ("#5b3a9e", "#ffffff")}


@dataclasses.dataclass(frozen=True)
class CardContent:
    kind: str  # guide, alert, event
    kind_label: str  # 防骗指南 / 风险提示 / 宣教活动
    title: str
    badge: str  # the alert level word (紧急), else the kind
    badge_colour: str
    badge_text_colour: str
    categories: tuple
    detail: str  # the event's date and place; an alert's issue date
    brand: str
    tagline: str

    def digest(self):
        data = json.dumps(
            [CARD_DESIGN_VERSION, dataclasses.astuple(self)], ensure_ascii=False, sort_keys=True
        )
        return hashlib.sha256(data.encode()).hexdigest()[:16]


def card_content(page, site_settings):
    """The card of a guide, alert or event (their ``card_kind``), from the page as published."""
    brand = site_settings.brand_name if site_settings else "消保护航"
    tagline = site_settings.tagline if site_settings else ""
    kind = page.card_kind
    if kind == "alert":
        bg, fg = LEVEL_COLOURS.get(page.level, LEVEL_COLOURS["notice"])
        return CardContent(
            kind=kind,
            kind_label=_("风险提示"),
            title=page.title,
            badge=str(page.get_level_display()),
            badge_colour=bg,
            badge_text_colour=fg,
            categories=tuple(category.display_name for category in page.categories.all()),
            detail=_("发布于 %(date)s") % {"date": format_date(page.issued_on, _("Y年n月j日"))},
            brand=brand,
            tagline=tagline,
        )
    if kind == "event":
        bg, fg = KIND_COLOURS["event"]
        start = timezone.localtime(page.start)
        place = _("线上直播") if page.is_online else " ".join(filter(None, [page.city, page.venue]))
        return CardContent(
            kind=kind,
            kind_label=_("宣教活动"),
            title=page.title,
            badge=page.get_format_display(),
            badge_colour=bg,
            badge_text_colour=fg,
            categories=(),
            detail=format_date(start, _("Y年n月j日 H:i")) + (f" · {place}" if place else ""),
            brand=brand,
            tagline=tagline,
        )
    bg, fg = KIND_COLOURS["guide"]
    return CardContent(
        kind=kind,
        kind_label=_("防骗指南"),
        title=page.title,
        badge=_("防骗指南"),
        badge_colour=bg,
        badge_text_colour=fg,
        categories=(page.category.display_name,) if page.category_id else (),
        detail="",
        brand=brand,
        tagline=tagline,
    )
