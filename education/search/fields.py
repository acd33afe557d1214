"""Search fields whose indexed value is the segmented text (see ``education.search.text``)."""

from django.utils.html import strip_tags
from wagtail.search import index

from .text import index_text


def _flatten(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_flatten(item) for item in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_flatten(item) for item in value)
    return str(value)


class SegmentedSearchField(index.SearchField):
    def get_value(self, obj):
        return index_text(strip_tags(_flatten(super().get_value(obj))))


class SegmentedAutocompleteField(index.AutocompleteField):
    def get_value(self, obj):
        return index_text(strip_tags(_flatten(super().get_value(obj))))


def segmented(search_fields):
    """``search_fields`` with every full-text field segmented (filter fields stay as they are).

    Field names are kept, so "title" is still the backends' title column. Wagtail's own
    ``Page.search_fields`` are kept as well (its system check looks for them) and get a segmented
    twin: the title column then holds the title both whole and as words.
    """
    from wagtail.models import Page

    result = []
    for field in search_fields:
        if any(field is core for core in Page.search_fields):
            result.append(field)
        if type(field) is index.SearchField:
            field = SegmentedSearchField(field.field_name, boost=field.boost, **field.kwargs)
        elif type(field) is index.AutocompleteField:
            field = SegmentedAutocompleteField(field.field_name, **field.kwargs)
        elif isinstance(field, index.RelatedFields):
            field = index.RelatedFields(field.field_name, segmented(field.fields))
        result.append(field)
    return result
