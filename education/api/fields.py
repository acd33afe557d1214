"""Serializer fields of the content API, named in the page types' ``api_fields``.

Every field reads only what the endpoints fetch up front (``select_related``/``prefetch_related`` in
``views``), so a response costs the same number of queries for 1 item or 50.
"""

from django.utils import timezone
from rest_framework.fields import Field
from wagtail.images.api.fields import ImageRenditionField

#: The fixed renditions every image is offered in: name -> Wagtail filter spec.
IMAGE_RENDITIONS = {
    "thumbnail": "fill-320x180",
    "medium": "fill-800x450",
    "large": "width-1200",
}
IMAGE_RENDITION_SPECS = tuple(IMAGE_RENDITIONS.values())


def rendition_set(image):
    """``image`` at each of IMAGE_RENDITIONS: {"thumbnail": {url, full_url, width, height, alt}, ...}."""
    return {
        name: dict(ImageRenditionField(spec, preserve_svg=True).to_representation(image))
        for name, spec in IMAGE_RENDITIONS.items()
    }


class ImageRenditionsField(Field):
    """An image as its fixed renditions, never the original file."""

    def to_representation(self, image):
        return {
            "id": image.pk,
            "title": image.title,
            "alt": image.default_alt_text,
            "renditions": rendition_set(image),
        }


class RenditionSetField(Field):
    def to_representation(self, image):
        return rendition_set(image)


class ImageAltField(Field):
    def to_representation(self, image):
        return image.default_alt_text


class CategoryField(Field):
    """A scam category, or a list of them (``many=True`` for an alert's categories)."""

    def __init__(self, many=False, **kwargs):
        self.many = many
        super().__init__(**kwargs)

    @staticmethod
    def _one(category):
        return {"id": category.pk, "name": category.name, "slug": category.slug}

    def to_representation(self, value):
        if self.many:
            return [self._one(category) for category in value.all()]
        return self._one(value)


class TagListField(Field):
    """Tags as name and slug (the slug is what ``?tag=`` takes), by name."""

    def to_representation(self, value):
        tags = sorted(value.all(), key=lambda tag: tag.name)
        return [{"name": tag.name, "slug": tag.slug} for tag in tags]


class ChoiceLabelField(Field):
    """The reader's word for a choice (``level_label``: 紧急) beside its stable value (``level``: urgent)."""

    def __init__(self, choice_field, **kwargs):
        self.choice_field = choice_field
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return getattr(instance, f"get_{self.choice_field}_display")()

    def to_representation(self, value):
        return str(value)


class PageMethodField(Field):
    """The value of a page method taking the request (``share_card_url``, ``print_url``)."""

    def __init__(self, method, **kwargs):
        self.method = method
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return getattr(instance, self.method)(None)

    def to_representation(self, value):
        return value


class LocalDateTimeField(Field):
    """An aware datetime in Beijing time, ISO 8601 with its offset (2026-12-20T14:00:00+08:00)."""

    def to_representation(self, value):
        return timezone.localtime(value).isoformat()


class EventStateField(Field):
    """upcoming / live / ended, by the clock (the cache entry expires when it changes, see views)."""

    def get_attribute(self, instance):
        return instance.current_state

    def to_representation(self, value):
        return str(value)
