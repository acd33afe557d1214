"""The public results page's search: one backend call over the page types, then ranking by title.

The backend returns live, public pages that contain every query word, best first. Two steps on
top of that, done here because neither backend can do them:

- pages whose title or topic holds more of the query's words come first (SQLite's FTS5 scores the
  whole entry at once, so a long body could outrank a title match). The topic is the page's scam
  categories: the guide filed under 被骗后自救 answers 被骗了怎么办 even though its title says
  已经转账了怎么办. Among pages that match equally well there, ended events come last: a guide
  or an alert on the same words is what a reader can still act on;
- counts per type for the type filter, taken from the same result list.

If no page holds every word, pages holding any of them are shown, marked as partial matches.

Both database backends get slow on common words when asked for ranked pages: on SQLite every
result is scored by a correlated sub-query that runs the FTS5 match again (seconds for a word in
thousands of pages); on PostgreSQL every index entry's title and body vectors are concatenated
before matching (about 100 ms for 5,000 guides). So the ranked list is read straight from the
search index (``_sqlite_entries``: one FTS5 match ordered by bm25; ``_postgres_entries``: each word
in the title or body vector, which GIN indexes serve, ordered by title rank × 2 + body rank), then
narrowed to live, public pages of the searched types. Any other backend is used as is.
"""

import operator as operator_module
from collections import Counter
from dataclasses import dataclass, field
from functools import reduce
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db import router
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone
from django.utils.html import conditional_escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelsearch.conf import get_app_config
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from education import site_cache
from education.models import AlertPage, EventPage, GuidePage, QuizPage, StandardPage
from education.models.base import private_pages_q

from .text import normalise, query_text, query_words

#: Most results considered for one query; nobody pages past this.
MAX_RESULTS = 500
OVERFETCH = MAX_RESULTS + MAX_RESULTS // 4
SNIPPET_CHARS = 110
SNIPPET_LEAD = 30

#: ?type= values and their labels; standard pages (关于我们 ...) only appear under 全部.
RESULT_TYPES = {
    "guide": (GuidePage, _("指南")),
    "alert": (AlertPage, _("风险提示")),
    "event": (EventPage, _("活动")),
    "quiz": (QuizPage, _("小测验")),
}
SEARCHED_MODELS = (GuidePage, AlertPage, EventPage, QuizPage, StandardPage)


@dataclass
class Outcome:
    words: list
    ids: list = field(default_factory=list)
    type_counts: dict = field(default_factory=dict)
    total_all_types: int = 0
    partial: bool = False
    capped: bool = False


def _type_keys():
    types = ContentType.objects.get_for_models(*(model for model, _label in RESULT_TYPES.values()))
    by_model = {model: key for key, (model, _label) in RESULT_TYPES.items()}
    return {content_type.pk: by_model[model] for model, content_type in types.items()}


def search_pages(query, type_key=""):
    """Ordered page ids matching ``query`` (of type ``type_key`` if given), with type counts."""
    words = query_words(query)
    outcome = Outcome(words=words)
    if not words:
        return outcome
    pages = Page.objects.live().exclude(private_pages_q()).type(*SEARCHED_MODELS)  # public(), cached
    locale_id = site_cache.locale_ids().get(get_language())
    if locale_id is not None:  # pages in the language being served only (issue 13)
        pages = pages.filter(locale_id=locale_id)
    hits = _ranked(pages, query, "and")
    if not hits and len(words) > 1:
        hits = _ranked(pages, query, "or")
        outcome.partial = bool(hits)

    type_keys = _type_keys()
    topics = _topics([hit.pk for hit in hits], words)

    # sorted() is stable: otherwise the backend's relevance order stays.
    def rank(hit):
        headline = normalise(hit.title) + " " + topics.get(hit.pk, "")
        return (-sum(word in headline for word in words), hit.ended)

    hits.sort(key=rank)
    counts = Counter(type_keys.get(hit.content_type) for hit in hits)
    outcome.type_counts = {key: counts.get(key, 0) for key in RESULT_TYPES}
    outcome.total_all_types = len(hits)
    outcome.capped = len(hits) >= MAX_RESULTS
    outcome.ids = [hit.pk for hit in hits if not type_key or type_keys.get(hit.content_type) == type_key]
    return outcome


def _topics(ids, words):
    """{page id: its categories' names} for the pages among ``ids`` filed under a category whose
    name holds a query word; a query naming no category costs no query."""
    names = {
        category.pk: normalise(category.name)
        for category in site_cache.scam_categories()
        if any(word in normalise(category.name) for word in words)
    }
    if not names or not ids:
        return {}
    filed = []
    for model in (GuidePage, QuizPage):  # filed under one category each
        filed += model.objects.filter(pk__in=ids, category__in=names).values_list("pk", "category_id")
    filed += AlertPage.categories.through.objects.filter(
        alertpage_id__in=ids, scamcategory_id__in=names
    ).values_list("alertpage_id", "scamcategory_id")
    topics = {}
    for pk, category_id in filed:
        topics[pk] = f"{topics.get(pk, '')} {names[category_id]}"
    return topics


class Hit(NamedTuple):
    pk: int
    title: str
    content_type: int
    ended: bool  # an event that is over


def _ended():
    """True for a page that is an event that has ended (an SQL expression, no extra query)."""
    return Exists(EventPage.objects.filter(pk=OuterRef("pk"), end__lte=timezone.now()))


def _ranked(pages, query, operator):
    """Hits for up to MAX_RESULTS ``pages`` matching ``query``, best first."""
    backend = get_search_backend()
    entries = {
        "ChineseSQLiteSearchBackend": _sqlite_entries,
        "ChinesePostgresSearchBackend": _postgres_entries,
    }.get(type(backend).__name__)
    if entries is None:
        results = list(
            pages.only("id", "title", "content_type_id").search(query, operator=operator)[:MAX_RESULTS]
        )
        ended = set(pages.filter(_ended(), pk__in=[page.pk for page in results]).values_list("pk", flat=True))
        return [Hit(page.pk, page.title, page.content_type_id, page.pk in ended) for page in results]
    # Drafts and private pages are in the index too: over-fetch, then keep the public live ones.
    ids = [int(object_id) for object_id in entries(backend, query, operator)[:OVERFETCH]]
    rows = {
        row[0]: Hit(*row)
        for row in pages.filter(pk__in=ids)
        .annotate(ended=_ended())
        .values_list("pk", "title", "content_type_id", "ended")
    }
    return [rows[pk] for pk in ids if pk in rows][:MAX_RESULTS]


def _sqlite_entries(backend, query, operator):
    from modelsearch.backends.database.sqlite.query import BM25, MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry

    compiler = backend.query_compiler_class(
        Page.objects.none(), PlainText(query_text(query), operator=operator)
    )
    match = MatchExpression(compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalize(compiler.query)))
    return (
        SQLiteFTSIndexEntry.objects.using(router.db_for_read(Page))
        .filter(match)
        .filter(index_entry__content_type__in=get_descendants_content_types_pks(Page))
        .annotate(score=BM25())
        .order_by("score")
        .values_list("index_entry__object_id", flat=True)
    )


def _postgres_entries(backend, query, operator):
    from django.contrib.postgres.search import SearchQuery, SearchRank

    IndexEntry = get_app_config().get_model("IndexEntry")  # noqa: N806
    words = [SearchQuery(word, search_type="plain", config=backend.config) for word in query_words(query)]
    combine = operator_module.and_ if operator == "and" else operator_module.or_
    condition = reduce(combine, [Q(title=word) | Q(body=word) for word in words])
    whole = reduce(combine, words)
    rank = SearchRank(F("title"), whole) * 2 + SearchRank(F("body"), whole)
    return (
        IndexEntry.objects.using(router.db_for_read(Page))
        .filter(condition, content_type__in=get_descendants_content_types_pks(Page))
        .order_by(rank.desc(), "pk")
        .values_list("object_id", flat=True)
    )


def load_pages(ids):
    """The specific pages for ``ids``, in that order (one query, plus one per page type)."""
    pages = Page.objects.filter(pk__in=ids).specific()
    by_id = {page.pk: page for page in pages}
    return [by_id[pk] for pk in ids if pk in by_id]


def page_text(page):
    """Summary and body text of a page, for the result snippet."""
    parts = [getattr(page, "summary", "") or getattr(page, "introduction", "") or page.search_description]
    body = getattr(page, "body", None)
    if body is not None:
        parts.extend(page._meta.get_field("body").get_searchable_content(body))
    return " ".join(" ".join(strip_tags(str(part)).split()) for part in parts if part)


def _match_spans(text, words):
    """(start, end) spans of ``words`` in ``text``, merged, found case- and variant-insensitively."""
    haystack = normalise(text)
    if len(haystack) != len(text):  # NFKC changed the length: match the text as it is
        haystack = text.casefold()
    spans = []
    for word in words:
        start = haystack.find(word)
        while start != -1:
            spans.append((start, start + len(word)))
            start = haystack.find(word, start + 1)
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text, words):
    """``text`` escaped, with ``words`` wrapped in <mark>."""
    out, position = [], 0
    for start, end in _match_spans(text, words):
        out.append(conditional_escape(text[position:start]))
        out.append(mark_safe("<mark>") + conditional_escape(text[start:end]) + mark_safe("</mark>"))  # noqa: S308
        position = end
    out.append(conditional_escape(text[position:]))
    return mark_safe("".join(str(part) for part in out))  # noqa: S308 - every piece escaped above


def snippet(text, words):
    """About SNIPPET_CHARS characters of ``text`` around the first match, highlighted."""
    spans = _match_spans(text, words)
    start = max(0, spans[0][0] - SNIPPET_LEAD) if spans else 0
    end = min(len(text), start + SNIPPET_CHARS)
    piece = highlight(text[start:end], words)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(prefix + piece + suffix)  # noqa: S308 - piece is escaped
