"""Share cards in the page head: ``{% share_card_meta page %}`` writes og:image (and what WeChat, Weibo and
other link previews read) for pages that have a card."""

from django import template

from education.sharecards.content import CARD_SIZE

register = template.Library()


@register.inclusion_tag("includes/share_card_meta.html", takes_context=True)
def share_card_meta(context, page):
    if not getattr(page, "card_kind", None):
        return {"card_url": None}
    return {
        "card_url": page.share_card_url(context.get("request")),
        "title": page.seo_title or page.title,
        "width": CARD_SIZE[0],
        "height": CARD_SIZE[1],
    }
