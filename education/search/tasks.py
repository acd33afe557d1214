"""Recording search queries for editors (设置 → 搜索词 shows the popular ones).

The results page never writes to the database itself: it enqueues this task, which the task
worker runs (immediately in development and tests).
"""

from django_tasks import task
from wagtail.contrib.search_promotions.models import Query


@task()
def record_search_query(query_string):
    Query.get(query_string).add_hit()


def record_search(query_string):
    """Count one search; the page cache calls this too when it serves the results page."""
    record_search_query.enqueue(query_string)
