"""Shared listing logic for index pages: category/tag filters and pagination."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from taggit.models import Tag

from . import site_cache
from .models.categories import ScamCategory


@dataclass
class Listing:
    page_obj: object
    categories: list
    tags: list
    active_category: ScamCategory | None = None
    active_tag: Tag | None = None
    # Filter values from the URL that match nothing; shown to the reader, never an error.
    unknown_filters: list = field(default_factory=list)

    @property
    def is_filtered(self):
        return bool(self.active_category or self.active_tag)


def paginate(request, queryset, per_page=None):
    """Django's get_page already turns ``?page=abc`` into page 1 and ``?page=99999`` into the last."""
    paginator = Paginator(queryset, per_page or settings.EDUCATION_PAGE_SIZE)
    return paginator.get_page(request.GET.get("page"))


def build_listing(request, queryset, *, category_lookup, tag_through):
    """Filter ``queryset`` by ``?category=<slug>`` and ``?tag=<slug>`` and paginate it.

    ``category_lookup`` is the queryset field holding categories ("category" or "categories");
    ``tag_through`` is the page type's taggit through model, used to offer only tags in use.
    """
    categories = site_cache.scam_categories()
    used_tag_ids = tag_through.objects.filter(content_object__in=queryset).values("tag_id")
    tags = list(Tag.objects.filter(id__in=used_tag_ids).order_by("name"))

    listing = Listing(page_obj=None, categories=categories, tags=tags)
    category_slug = request.GET.get("category", "").strip()
    if category_slug:
        listing.active_category = next((c for c in categories if c.slug == category_slug), None)
        if listing.active_category:
            queryset = queryset.filter(**{category_lookup: listing.active_category})
        else:
            listing.unknown_filters.append(category_slug)
    tag_slug = request.GET.get("tag", "").strip()
    if tag_slug:
        listing.active_tag = next((t for t in tags if t.slug == tag_slug), None)
        if listing.active_tag:
            queryset = queryset.filter(tags=listing.active_tag)
        else:
            listing.unknown_filters.append(tag_slug)
    listing.page_obj = paginate(request, queryset.distinct())
    return listing
