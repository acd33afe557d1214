"""The content API's endpoints: Wagtail API v2 viewsets cut down to what the app and the mini-program need.

What every page endpoint guarantees:
- only live pages of education's content types (guides, alerts, events) on the requested site, none with a
  view restriction on itself or an ancestor, whoever asks (a signed-in editor sees the same as anybody);
- no authentication, no session, no cookies: responses are the same for everyone, so the page cache keeps
  them; ``state`` and ``out_of_date`` change with the clock, so a response expires when one of them would;
- every parameter is known and checked: anything else is a 400 with a message saying what is expected.
"""

import datetime

from django.db.models import Min, Q
from django.utils import timezone
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api import APIField
from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex, Site

from common.pagecache import expire_at
from education.models import AlertPage, EventPage, GuidePage, ScamCategory
from education.models.base import private_pages_q

from .fields import IMAGE_RENDITION_SPECS, ImageAltField, RenditionSetField
from .filters import TYPE_NAMES, ContentFilter

CONTENT_PAGE_TYPES = (GuidePage, AlertPage, EventPage)
PAGE_META_FIELDS = ["type", "detail_url", "html_url", "slug", "first_published_at", "last_published_at"]
PAGE_LISTING_FIELDS = ["id", *PAGE_META_FIELDS, "title"]


class ContentAPIMixin:
    """JSON only, nobody signed in, every query parameter checked."""

    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = [AllowAny]
    filter_backends = [ContentFilter]
    #: query parameters this endpoint takes besides limit, offset and fields
    content_filters = frozenset()

    @property
    def known_query_parameters(self):
        return frozenset(["limit", "offset", "fields"]) | self.content_filters

    def check_query_parameters(self, queryset):
        unknown = set(self.request.GET.keys()) - self.known_query_parameters
        if unknown:
            raise BadRequestError(
                "unknown query parameter: {} (known: {}) (不支持的参数)".format(
                    ", ".join(sorted(unknown)), ", ".join(sorted(self.known_query_parameters))
                )
            )

    def get_object(self):
        self.check_query_parameters(None)
        return super().get_object()

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context.pop("base_queryset", None)  # only Wagtail's "parent" field reads it
        return context

    def next_change(self):
        """When something in this endpoint's responses changes by the clock alone; None if never."""
        return None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            expire_at(request._request, self.next_change())
        return response


def public_content_pages(request, model=Page, types=CONTENT_PAGE_TYPES):
    """Live pages of ``types`` under the request's site, without view restrictions (cached: no query)."""
    site = Site.find_for_request(request)
    if site is None:
        return model.objects.none()
    queryset = model.objects.live().filter(path__startswith=site.root_page.path).exclude(private_pages_q())
    if model is Page:
        queryset = queryset.type(*types)
    return queryset


def next_event_change():
    now = timezone.now()
    found = EventPage.objects.live().aggregate(
        start=Min("start", filter=Q(start__gt=now)), end=Min("end", filter=Q(end__gt=now))
    )
    return min(filter(None, found.values()), default=None)


def next_alert_change():
    today = timezone.localdate()
    found = AlertPage.objects.live().aggregate(until=Min("valid_until", filter=Q(valid_until__gte=today)))
    if found["until"] is None:
        return None
    return timezone.make_aware(
        datetime.datetime.combine(found["until"] + datetime.timedelta(days=1), datetime.time())
    )


class PageEndpoint(ContentAPIMixin, PagesAPIViewSet):
    """One content type (``model``), newest first."""

    meta_fields = PAGE_META_FIELDS
    body_fields = ["id", "title"]
    listing_default_fields = PAGE_LISTING_FIELDS
    nested_default_fields = ["id", "type", "detail_url", "title"]
    detail_only_fields = ["body", "reading_minutes"]
    content_filters = frozenset(["updated_since"])
    ordering = ("-first_published_at", "-pk")

    @classmethod
    def get_detail_default_fields(cls, model):
        return cls.get_available_fields(model)

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.listing_default_fields[:]

    def get_base_queryset(self):
        # Wagtail's would let a signed-in user see pages their login opens; the API is the same for all.
        return public_content_pages(self.request)

    def get_queryset(self):
        return self.optimise(public_content_pages(self.request, self.model)).order_by(*self.ordering)

    @classmethod
    def optimise(cls, queryset):
        """What the listing's fields read, fetched up front (a constant number of queries per response)."""
        return queryset


class GuidesEndpoint(PageEndpoint):
    name = "guides"
    model = GuidePage
    listing_default_fields = [*PAGE_LISTING_FIELDS, "summary", "category", "tags", "image", "share_card"]
    content_filters = frozenset(["category", "tag", "updated_since"])

    @classmethod
    def optimise(cls, queryset):
        return queryset.select_related("category", "image").prefetch_related("tags", "image__renditions")


class AlertsEndpoint(PageEndpoint):
    name = "alerts"
    model = AlertPage
    listing_default_fields = [
        *PAGE_LISTING_FIELDS,
        "level",
        "level_label",
        "summary",
        "issued_on",
        "valid_until",
        "out_of_date",
        "categories",
        "tags",
        "share_card",
    ]
    content_filters = frozenset(["category", "tag", "level", "updated_since"])
    ordering = ("-issued_on", "-pk")

    @classmethod
    def optimise(cls, queryset):
        return queryset.prefetch_related("categories", "tags")

    def next_change(self):
        return next_alert_change()


class EventsEndpoint(PageEndpoint):
    name = "events"
    model = EventPage
    listing_default_fields = [
        *PAGE_LISTING_FIELDS,
        "summary",
        "start",
        "end",
        "state",
        "format",
        "format_label",
        "city",
        "venue",
        "stream_url",
        "registration_url",
        "share_card",
    ]
    content_filters = frozenset(["upcoming", "updated_since"])
    ordering = ("-start", "-pk")

    def next_change(self):
        return next_event_change()


class PagesEndpoint(PageEndpoint):
    """Guides, alerts and events together (``?type=guide,alert``), newest first: one feed to sync."""

    name = "pages"
    model = Page
    content_filters = frozenset(["type", "category", "tag", "updated_since"])
    endpoints = {GuidePage: GuidesEndpoint, AlertPage: AlertsEndpoint, EventPage: EventsEndpoint}

    def requested_types(self):
        value = self.request.GET.get("type")
        if not value:
            return CONTENT_PAGE_TYPES
        names = {**TYPE_NAMES, **{label: label for label in TYPE_NAMES.values()}}
        labels = [names.get(name.strip()) for name in value.split(",")]
        if None in labels:
            raise BadRequestError(
                "type must be one or more of guide, alert, event, comma-separated "
                "(type 只能是 guide、alert、event)"
            )
        return tuple(model for model in CONTENT_PAGE_TYPES if model._meta.label in labels)

    def get_queryset(self):
        types = self.requested_types()
        if len(types) == 1:  # one type: its own fields, as its own endpoint gives them
            endpoint = self.endpoints[types[0]]
            queryset = endpoint.optimise(public_content_pages(self.request, types[0]))
        else:  # as their own types (one query per type), so each links to its own endpoint
            queryset = public_content_pages(self.request, Page, types).specific()
        return queryset.order_by(*self.ordering)

    def get_serializer_class(self):
        """A guide, alert or event gets the fields its own endpoint gives it (one type listed, a detail)."""
        listing = self.action == "listing_view"
        model = self.get_queryset().model if listing else type(self.get_object())
        endpoint = self.endpoints.get(model)
        if endpoint is None:
            return super().get_serializer_class()
        try:
            fields_config = parse_fields_parameter(self.request.GET.get("fields", ""))
        except ValueError as error:
            raise BadRequestError(f"fields error: {error}") from error
        return endpoint._get_serializer_class(
            self.request.wagtailapi_router, model, fields_config, show_details=not listing
        )

    def next_change(self):
        return min(filter(None, [next_event_change(), next_alert_change()]), default=None)


class CategoriesEndpoint(ContentAPIMixin, BaseAPIViewSet):
    name = "categories"
    model = ScamCategory
    body_fields = ["id", "name", "slug", "description", "icon", "is_scam_type"]
    meta_fields = ["type", "detail_url"]
    listing_default_fields = body_fields + meta_fields
    nested_default_fields = ["id", "name", "slug"]
    filter_backends = []

    def get_queryset(self):
        return ScamCategory.objects.order_by("sort_order", "name", "pk")


class ImagesEndpoint(ContentAPIMixin, ImagesAPIViewSet):
    """Images shown on public guides, alerts and events, at fixed renditions; never the original file."""

    name = "images"
    model = get_image_model()
    body_fields = [
        "id",
        "title",
        "width",
        "height",
        APIField("alt", serializer=ImageAltField(source="*")),
        APIField("renditions", serializer=RenditionSetField(source="*")),
    ]
    meta_fields = ["type", "detail_url"]
    listing_default_fields = ["id", "type", "detail_url", "title", "width", "height", "alt", "renditions"]
    nested_default_fields = ["id", "type", "detail_url", "title"]
    filter_backends = []

    def get_queryset(self):
        page_ids = [str(pk) for pk in public_content_pages(self.request).values_list("pk", flat=True)]
        image_ids = (
            ReferenceIndex.objects.filter(
                base_content_type=ReferenceIndex._get_base_content_type(Page),
                object_id__in=page_ids,
                to_content_type=ReferenceIndex._get_base_content_type(self.model),
            )
            .values_list("to_object_id", flat=True)
            .distinct()
        )
        ids = {int(pk) for pk in image_ids if str(pk).isdigit()}
        return (
            self.model.objects.filter(pk__in=ids).order_by("pk").prefetch_renditions(*IMAGE_RENDITION_SPECS)
        )
