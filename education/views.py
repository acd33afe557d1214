"""Site search over the public page types (see ``education.search`` for how Chinese works).

Searches live, public guides, alerts, events and standard pages in one backend call. It never
writes to the database on a GET: the search is counted in the cache for editors' popular-search
report (``education.search.hits``).
"""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from common.pagecache import replay_on_hit
from education import site_cache
from education.models import GuideIndexPage
from education.search.results import (
    MAX_RESULTS,
    RESULT_TYPES,
    highlight,
    load_pages,
    page_text,
    search_pages,
    snippet,
)
from education.search.tasks import record_search
from education.search.text import normalise

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10


def _promotions(query):
    """Editors' best bets for this query (read only: no Query row is created on a GET)."""
    key = normalise_query_string(normalise(query))
    promotions = (
        SearchPromotion.objects.filter(query__query_string=key).select_related("page").order_by("sort_order")
    )
    return [p for p in promotions if p.page is None or (p.page.live and not p.page.get_view_restrictions())]


def query_actions(request, query):
    """HTML other apps offer for this query (``register_search_query_action`` hooks: ``fn(request, query)``
    returns HTML or ""), shown above the results. The tip-off app offers a risk check of a phone number,
    link or account this way; education knows nothing about it. The HTML must suit every reader alike:
    search pages are cached for everyone (no CSRF token, nothing personal)."""
    if not query:
        return []
    return [
        html for hook in hooks.get_hooks("register_search_query_action") if (html := hook(request, query))
    ]


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    type_key = request.GET.get("type", "")
    if type_key not in RESULT_TYPES:
        type_key = ""
    outcome = search_pages(query, type_key)
    page_obj = Paginator(outcome.ids, PAGE_SIZE).get_page(request.GET.get("page"))
    results = [
        {
            "page": page,
            "title": highlight(page.title, outcome.words),
            "snippet": snippet(page_text(page), outcome.words),
        }
        for page in load_pages(list(page_obj.object_list))
    ]
    context = {
        "query": query,
        "search_query": query,
        "searched": bool(outcome.words),
        "type_key": type_key,
        "type_filters": [
            (key, label, outcome.type_counts.get(key, 0)) for key, (_model, label) in RESULT_TYPES.items()
        ],
        "total_all_types": outcome.total_all_types,
        "partial": outcome.partial,
        "capped": outcome.capped,
        "max_results": MAX_RESULTS,
        "page_obj": page_obj,
        "results": results,
        "words": outcome.words,
        "query_actions": query_actions(request, query),
    }
    first_page = not request.GET.get("page") and not type_key
    recorded = None
    if outcome.words and first_page:
        context["promotions"] = _promotions(query)
        recorded = normalise_query_string(normalise(query))
        # Found nothing: neither a page nor an editor's promoted result (报告 → 无结果的搜索).
        found = bool(outcome.ids or context["promotions"])
        record_search(recorded, found)
    if outcome.words and not outcome.ids:
        context["categories"] = site_cache.scam_categories()
        context["guide_index"] = (
            GuideIndexPage.objects.live()
            .public()
            .filter(locale_id=site_cache.locale_ids().get(get_language()))
            .first()
        )
    if query and not outcome.words:
        context["notice"] = _("请输入文字、数字或电话号码。")
    response = render(request, "education/search.html", context)
    if recorded:
        replay_on_hit(response, "education.search.tasks.record_search", recorded, found)
    return response
