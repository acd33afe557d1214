"""Sign-up e-mails on the task worker, retried when sending fails; reminders before the event.

Tasks take a sign-up's primary key, never its address. Log lines never carry a name or contact.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from common.tasks import enqueue_with_retry

from .emails import confirmation_email, promotion_email, reminder_email
from .models import EventSignup, SignupStatus

logger = logging.getLogger(__name__)


def _send(task_obj, build, signup_id, attempt):
    signup = EventSignup.objects.select_related("event").filter(pk=signup_id).exclude(email="").first()
    if signup is None:  # cancelled or erased meanwhile
        return False
    try:
        build(signup).send()
    except Exception as error:
        logger.warning("%s: e-mail failed (%s)", signup, type(error).__name__)
        enqueue_with_retry(task_obj, attempt, signup_id)
        return False
    return True


@task()
def send_signup_confirmation(signup_id, attempt=1):
    return _send(send_signup_confirmation, confirmation_email, signup_id, attempt)


@task()
def send_promotion(signup_id, attempt=1):
    return _send(send_promotion, promotion_email, signup_id, attempt)


def reminders_due(now):
    """Confirmed sign-ups with an e-mail address, not yet reminded, for events starting within the next
    ``EVENT_REMINDER_HOURS`` (and not started)."""
    return EventSignup.objects.filter(
        status=SignupStatus.CONFIRMED,
        reminded_at__isnull=True,
        event__start__gt=now,
        event__start__lte=now + timedelta(hours=settings.EVENT_REMINDER_HOURS),
    ).exclude(email="")


@task()
def send_event_reminders():
    """Remind everyone due; each sign-up is claimed (``reminded_at`` set) before its e-mail is sent, so two
    runs never remind one person twice, and released again if the e-mail fails (the next run retries)."""
    now = timezone.now()
    sent = failed = 0
    for signup in reminders_due(now).select_related("event").order_by("pk"):
        claimed = EventSignup.objects.filter(pk=signup.pk, reminded_at__isnull=True).update(reminded_at=now)
        if not claimed:
            continue
        try:
            reminder_email(signup).send()
        except Exception as error:
            EventSignup.objects.filter(pk=signup.pk).update(reminded_at=None)
            logger.warning("%s: reminder failed (%s)", signup, type(error).__name__)
            failed += 1
        else:
            sent += 1
    logger.info("event reminders: %d sent, %d failed", sent, failed)
    return {"sent": sent, "failed": failed}
