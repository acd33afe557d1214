"""Retrying background tasks.

django-tasks has no automatic retries: a task that fails re-enqueues itself with an attempt counter
(deferred when the backend supports it), waiting ``TASK_RETRY_SECONDS`` doubled after each failure, up to
``TASK_MAX_ATTEMPTS`` attempts.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)


def retry_delay(attempt):
    """Wait before attempt ``attempt + 1``: the base delay, doubled after each failure."""
    return timedelta(seconds=settings.TASK_RETRY_SECONDS * 2 ** (attempt - 1))


def enqueue_with_retry(task_obj, attempt, *args):
    """Re-enqueue ``task_obj`` for attempt ``attempt + 1`` unless attempts are used up.

    Returns whether a retry was enqueued. Backends that cannot defer (the immediate backend of
    development and tests) run the retry at once.
    """
    if attempt >= max(1, settings.TASK_MAX_ATTEMPTS):
        logger.error("%s: giving up after %d attempts", task_obj.name, attempt)
        return False
    if task_obj.get_backend().supports_defer:
        task_obj = task_obj.using(run_after=timezone.now() + retry_delay(attempt))
    logger.warning("%s: attempt %d failed; retrying (attempt %d)", task_obj.name, attempt, attempt + 1)
    task_obj.enqueue(*args, attempt=attempt + 1)
    return True
