"""Background work of the site search."""

from django_tasks import task

from . import hits


@task()
def flush_search_hits():
    """Move the searches counted in the cache into the popular-search report (see ``hits``)."""
    written = hits.flush()
    return None if written is None else sum(written.values())


@task()
def record_search_query(query_string):
    """Enqueued by every search before searches were counted in the cache; kept so the tasks still
    queued at the upgrade are counted too. Nothing enqueues it any more: delete it a release later."""
    hits.count_hit(query_string)


def record_search(query_string, found=True):
    """Count one search (in the cache, see ``hits``), and whether it ``found`` anything; the page cache
    calls this too when it serves the results page, so cached searches are counted as well."""
    hits.count_hit(query_string, found=found)
