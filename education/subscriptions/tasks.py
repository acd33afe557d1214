"""Alert e-mails on the task worker: one task per batch of recipients, each batch retried on its own.

A delivery record (unique per subscription and alert) is written in the same transaction as the e-mail is
sent: a send that fails rolls its record back and is retried; one that succeeded is never repeated, by a
retry, a republished alert or a second worker running the same batch. Log lines carry counts and primary
keys, never an address (an SMTP error can quote one, so only the error's type is logged).
"""

import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from common.tasks import enqueue_with_retry
from education.models import AlertPage

from .emails import alert_email, confirmation_email, digest_email
from .models import AlertDelivery, Frequency, Subscription
from .services import alerts_for_digest, is_sendable, recipients_for

logger = logging.getLogger(__name__)


def batches(ids, size=None):
    size = max(1, size or settings.ALERT_EMAIL_BATCH_SIZE)
    return [ids[i : i + size] for i in range(0, len(ids), size)]


@task()
def send_confirmation(subscription_id, preferences, attempt=1):
    subscription = Subscription.objects.filter(pk=subscription_id).first()
    if subscription is None:  # unsubscribed meanwhile
        return False
    try:
        confirmation_email(subscription, preferences).send()
    except Exception as error:
        logger.warning(
            "subscription %s: confirmation e-mail failed (%s)", subscription_id, type(error).__name__
        )
        enqueue_with_retry(send_confirmation, attempt, subscription_id, preferences)
        return False
    return True


def queue_alert(alert_id):
    """Enqueue one ``send_alert_batch`` per batch of the alert's recipients; returns the number of tasks."""
    alert = AlertPage.objects.filter(pk=alert_id).first()
    if alert is None or not is_sendable(alert):
        return 0
    recipient_batches = batches(recipients_for(alert))
    for batch in recipient_batches:
        send_alert_batch.enqueue(alert_id, batch)
    logger.info("alert %s: %d recipient batch(es) queued", alert_id, len(recipient_batches))
    return len(recipient_batches)


def _deliver(subscription, alerts, build):
    """Record ``alerts`` as sent to ``subscription`` and send the message ``build(subscription, alerts)``
    in one transaction. Returns the alerts sent (none when another run already sent them all)."""
    with transaction.atomic():
        fresh = []
        for alert in alerts:
            try:
                with transaction.atomic():
                    AlertDelivery.objects.create(subscription=subscription, alert=alert)
            except IntegrityError:
                continue  # already sent, by another run
            fresh.append(alert)
        if fresh:
            build(subscription, fresh).send()
        return fresh


@task()
def send_alert_batch(alert_id, subscription_ids, attempt=1):
    """E-mail the alert to these subscriptions; a failure retries the failed ones as a batch."""
    alert = AlertPage.objects.filter(pk=alert_id).first()
    if alert is None or not is_sendable(alert):
        return 0
    sent, failed = 0, []
    for subscription in Subscription.objects.confirmed().filter(pk__in=subscription_ids).order_by("pk"):
        try:
            sent += len(_deliver(subscription, [alert], lambda s, alerts: alert_email(s, alerts[0])))
        except Exception as error:
            logger.warning(
                "alert %s: e-mail to subscription %s failed (%s)",
                alert_id,
                subscription.pk,
                type(error).__name__,
            )
            failed.append(subscription.pk)
    logger.info("alert %s: batch sent %d, failed %d (attempt %d)", alert_id, sent, len(failed), attempt)
    if failed:
        enqueue_with_retry(send_alert_batch, attempt, alert_id, failed)
    return sent


@task()
def send_weekly_digest():
    """Enqueue one ``send_digest_batch`` per batch of weekly subscriptions; returns the number of tasks."""
    ids = list(
        Subscription.objects.confirmed()
        .filter(frequency=Frequency.WEEKLY)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    digest_batches = batches(ids)
    for batch in digest_batches:
        send_digest_batch.enqueue(batch)
    logger.info("weekly digest: %d batch(es) queued", len(digest_batches))
    return len(digest_batches)


@task()
def send_digest_batch(subscription_ids, attempt=1):
    now = timezone.now()
    sent, failed = 0, []
    subscriptions = (
        Subscription.objects.confirmed().filter(pk__in=subscription_ids).prefetch_related("categories")
    )
    for subscription in subscriptions.order_by("pk"):
        alerts = alerts_for_digest(subscription, now)
        if not alerts:
            continue
        try:
            if _deliver(subscription, alerts, digest_email):
                sent += 1
        except Exception as error:
            logger.warning(
                "digest: e-mail to subscription %s failed (%s)", subscription.pk, type(error).__name__
            )
            failed.append(subscription.pk)
    logger.info("weekly digest: batch sent %d, failed %d (attempt %d)", sent, len(failed), attempt)
    if failed:
        enqueue_with_retry(send_digest_batch, attempt, failed)
    return sent
