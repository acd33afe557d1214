"""Wagtail's database search backend, with queries segmented like the index.

Configured in ``WAGTAILSEARCH_BACKENDS``; picks the SQLite FTS5 or PostgreSQL backend as
Wagtail's own ``wagtail.search.backends.database`` does, and segments the query of every search
and autocomplete over a model whose index is segmented (all pages, and models using
``education.search.fields``). Images and documents keep Wagtail's plain behaviour.
"""

from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import Phrase, PlainText
from wagtail.models import Page

from .fields import SegmentedAutocompleteField, SegmentedSearchField
from .text import query_text

_classes = {}


def _is_segmented(model):
    if issubclass(model, Page):
        return True
    fields = model.get_search_fields() if hasattr(model, "get_search_fields") else []
    return any(isinstance(f, SegmentedSearchField | SegmentedAutocompleteField) for f in fields)


def _segment(query):
    if isinstance(query, str):
        return query_text(query)
    if isinstance(query, PlainText):
        text = query_text(query.query_string)
        return PlainText(text, operator=query.operator) if text else ""
    if isinstance(query, Phrase):
        text = query_text(query.query_string)
        return Phrase(text) if text else ""
    return query


class ChineseQueryMixin:
    def search(self, query, model_or_queryset, *args, **kwargs):
        return super().search(self._prepare(query, model_or_queryset), model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(
            self._prepare(query, model_or_queryset), model_or_queryset, *args, **kwargs
        )

    def _prepare(self, query, model_or_queryset):
        model = getattr(model_or_queryset, "model", model_or_queryset)
        return _segment(query) if _is_segmented(model) else query


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = database_backend(params)
    base = type(backend)
    if base not in _classes:
        _classes[base] = type(f"Chinese{base.__name__}", (ChineseQueryMixin, base), {})
    backend.__class__ = _classes[base]
    return backend
