"""Saving readers' answers, and which pages may ask for them."""

from django.db.models import Count, F, FloatField, Q
from django.db.models.functions import Cast
from wagtail.models import Page

from education.models import AlertPage, GuidePage, PageFeedback

#: The page types that end with “对您有帮助吗？”.
PAGE_TYPES = (GuidePage, AlertPage)


def page_accepting_feedback(page_id):
    """The live, public guide or alert with this id, or None."""
    try:
        page_id = int(page_id)
    except (TypeError, ValueError):
        return None
    page = Page.objects.live().type(*PAGE_TYPES).filter(pk=page_id).first()
    if page is None or page.get_view_restrictions().exists():
        return None
    return page


def record(page, *, helpful, comment=""):
    return PageFeedback.objects.create(page=page, helpful=helpful, comment=comment.strip())


def pages_by_helpfulness():
    """Every page with at least one answer, annotated ``_helpful``, ``_unhelpful``, ``_answers``,
    ``_comments`` and ``_helpful_share`` (0..1), least helpful first."""
    return (
        Page.objects.annotate(
            _answers=Count("reader_feedback"),
            _helpful=Count("reader_feedback", filter=Q(reader_feedback__helpful=True)),
            _unhelpful=Count("reader_feedback", filter=Q(reader_feedback__helpful=False)),
            _comments=Count("reader_feedback", filter=~Q(reader_feedback__comment="")),
        )
        .filter(_answers__gt=0)
        .annotate(_helpful_share=Cast(F("_helpful"), FloatField()) / Cast(F("_answers"), FloatField()))
        .order_by("_helpful_share", "-_answers", "pk")
    )
