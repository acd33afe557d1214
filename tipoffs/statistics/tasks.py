"""The daily recomputation of the statistics snapshot, for the task worker (``manage.py db_worker``)."""

from django_tasks import task

from .services import refresh_snapshot


@task()
def refresh_statistics():
    """Recompute every chart and replace the cached snapshot; returns when it was computed (ISO 8601)."""
    return refresh_snapshot().computed_at.isoformat()
