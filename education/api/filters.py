"""The content API's filters. Each endpoint names the ones it takes (``content_filters``); a parameter an
endpoint does not know, or a value that makes no sense, is a 400 whose message says what is expected."""

import datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError, parse_boolean

from education import site_cache
from education.models import AlertPage, GuidePage
from education.models.alerts import AlertLevel

TYPE_NAMES = {"guide": "education.GuidePage", "alert": "education.AlertPage", "event": "education.EventPage"}


def parse_updated_since(value):
    """An ISO 8601 moment (2026-12-01T08:00:00+08:00, or Z) or date (2026-12-01); Beijing time when no
    offset is given."""
    moment = None
    try:
        moment = parse_datetime(value)
        if moment is None and (day := parse_date(value)) is not None:
            moment = datetime.datetime.combine(day, datetime.time())
    except ValueError:
        moment = None
    if moment is None:
        raise BadRequestError(
            "updated_since must be an ISO 8601 date or time, e.g. 2026-12-01 or 2026-12-01T08:00:00+08:00 "
            "(updated_since 应为 ISO 8601 日期或时间)"
        )
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def category_from_slug(slug):
    for category in site_cache.scam_categories():
        if category.slug == slug:
            return category
    raise BadRequestError(
        f"unknown category '{slug}': use a slug from /api/v2/categories/ "
        "(未知的骗局分类，请使用分类接口给出的 slug)"
    )


def _in(model, **lookup):
    return Q(pk__in=model.objects.filter(**lookup).values("pk"))


class ContentFilter(BaseFilterBackend):
    """category, tag, level, upcoming, updated_since; what each means on each endpoint is below."""

    def filter_queryset(self, request, queryset, view):
        params = request.GET
        model = queryset.model
        if "category" in params:
            category = category_from_slug(params["category"])
            if model is GuidePage:
                queryset = queryset.filter(category=category)
            elif model is AlertPage:
                queryset = queryset.filter(_in(AlertPage, categories=category))
            else:  # pages: guides in the category and alerts naming it
                queryset = queryset.filter(
                    _in(GuidePage, category=category) | _in(AlertPage, categories=category)
                )
        if "tag" in params:
            slug = params["tag"]
            if model in (GuidePage, AlertPage):
                queryset = queryset.filter(_in(model, tags__slug=slug))
            else:
                queryset = queryset.filter(_in(GuidePage, tags__slug=slug) | _in(AlertPage, tags__slug=slug))
        if "level" in params:
            levels = params["level"].split(",")
            if not set(levels) <= set(AlertLevel.values):
                raise BadRequestError(
                    "level must be one or more of notice, warning, urgent, comma-separated "
                    "(风险等级只能是 notice、warning、urgent)"
                )
            queryset = queryset.filter(level__in=levels)
        if "upcoming" in params:
            try:
                upcoming = parse_boolean(params["upcoming"])
            except ValueError as error:
                raise BadRequestError(
                    "upcoming must be true or false (upcoming 只能是 true 或 false)"
                ) from error
            now = timezone.now()
            # Upcoming: not ended yet (an event in progress counts), soonest first; else past, latest first.
            if upcoming:
                queryset = queryset.filter(end__gt=now).order_by("start", "pk")
            else:
                queryset = queryset.filter(end__lte=now).order_by("-start", "-pk")
        if "updated_since" in params:
            since = parse_updated_since(params["updated_since"])
            # Incremental sync: oldest change first, so a client can page through and keep the last one.
            queryset = queryset.filter(last_published_at__gte=since).order_by("last_published_at", "pk")
        return queryset
