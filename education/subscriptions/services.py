"""Subscribing, confirming, unsubscribing, and which subscriptions an alert goes to.

Nothing here logs an address: log lines name subscriptions by primary key and counts only.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from education.models import AlertPage

from .models import Frequency, Subscription

logger = logging.getLogger(__name__)
CONFIRM_SALT = "education.subscriptions.confirm"


def confirm_days():
    return settings.ALERT_SUBSCRIPTION_CONFIRM_DAYS


def confirmation_token(subscription, preferences):
    return signing.dumps({"k": subscription.key, "p": preferences}, salt=CONFIRM_SALT, compress=True)


def read_confirmation_token(token):
    """``(subscription, preferences)``, or ``(None, None)`` for a bad, expired or unsubscribed link."""
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=timedelta(days=confirm_days()))
    except signing.BadSignature:
        return None, None
    subscription = Subscription.objects.filter(key=data.get("k", "")).first()
    return subscription, (data.get("p") if subscription else None)


def request_subscription(email, preferences):
    """Record a new address (unconfirmed, with its choices) and queue the confirmation e-mail.

    An address already known gets a confirmation e-mail too: following it applies the new choices. The
    person filling in the form is told the same thing either way, so the form reveals nobody's address.
    """
    from .tasks import send_confirmation

    subscription, created = Subscription.objects.get_or_create(
        email=email, defaults={"min_level": preferences["l"], "frequency": preferences["f"]}
    )
    if created:
        subscription.categories.set(preferences["c"])
    elif not subscription.confirmed_at:
        # A fresh link: the unconfirmed address is kept for another ALERT_SUBSCRIPTION_CONFIRM_DAYS.
        Subscription.objects.filter(pk=subscription.pk).update(created_at=timezone.now())
    transaction.on_commit(lambda: send_confirmation.enqueue(subscription.pk, preferences))
    logger.info("subscription %s: confirmation requested (new: %s)", subscription.pk, created)
    return subscription


def confirm(subscription, preferences, now=None):
    subscription.min_level = preferences.get("l", subscription.min_level)
    subscription.frequency = preferences.get("f", subscription.frequency)
    if not subscription.confirmed_at:
        subscription.confirmed_at = now or timezone.now()
    subscription.save(update_fields=["min_level", "frequency", "confirmed_at"])
    subscription.categories.set(preferences.get("c", []))
    logger.info("subscription %s confirmed", subscription.pk)
    return subscription


def unsubscribe(key):
    """Delete the subscription with this key, its address and delivery records; returns whether one was."""
    deleted, _by_model = Subscription.objects.filter(key=key).delete()
    if deleted:
        logger.info("a subscription was cancelled and its address erased")
    return bool(deleted)


def recipients_for(alert):
    """Confirmed immediate subscriptions this alert matches and has not been sent to, by primary key.

    Only people who had confirmed before the alert was first published: republishing an old alert after
    an edit does not send it to people who subscribed since.
    """
    subscriptions = (
        Subscription.objects.confirmed()
        .filter(frequency=Frequency.IMMEDIATE)
        .for_level(alert.level)
        .for_categories(alert.categories.values_list("pk", flat=True))
        .exclude(deliveries__alert=alert)
    )
    if alert.first_published_at:
        subscriptions = subscriptions.filter(confirmed_at__lte=alert.first_published_at)
    return list(subscriptions.order_by("pk").values_list("pk", flat=True))


def is_sendable(alert):
    """Live, public (no view restriction), not expired."""
    return alert.live and not alert.get_view_restrictions().exists() and not alert.is_expired()


def alerts_for_digest(subscription, now):
    """Live public alerts first published in the last week that match ``subscription`` and that it has not
    been sent yet, newest first."""
    alerts = (
        AlertPage.objects.live()
        .public()
        .filter(first_published_at__gt=now - timedelta(days=7), first_published_at__lte=now)
        .exclude(deliveries__subscription=subscription)
        .order_by("-first_published_at", "-pk")
        .prefetch_related("categories")
    )
    level_ok = set(_levels_at_or_above(subscription.min_level))
    chosen = {category.pk for category in subscription.categories.all()}
    today = timezone.localdate(now)
    return [
        alert
        for alert in alerts
        if alert.level in level_ok
        and not alert.is_expired(today)
        and (not chosen or not alert.categories.all() or chosen & {c.pk for c in alert.categories.all()})
    ]


def _levels_at_or_above(level):
    from .models import LEVEL_ORDER

    return LEVEL_ORDER[LEVEL_ORDER.index(level) :]


def expired_unconfirmed(now):
    """Addresses never confirmed within ``ALERT_SUBSCRIPTION_CONFIRM_DAYS``: erased by the daily purge."""
    return Subscription.objects.unconfirmed().filter(created_at__lte=now - timedelta(days=confirm_days()))
