"""Site search over the public page types.

Searches live, public pages only, in one call over all page types; it never writes to the
database on a GET (no query logging here: popular queries are recorded by a later issue).
"""

from django.shortcuts import render
from wagtail.models import Page

from education.listing import paginate

MAX_QUERY_LENGTH = 200


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().specific().search(query)
    return render(
        request,
        "education/search.html",
        {"query": query, "page_obj": paginate(request, results)},
    )
