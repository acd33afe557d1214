"""Publishing an alert queues its e-mails (connected in ``EducationConfig.ready``)."""

from functools import partial

from django.db import transaction
from wagtail.signals import page_published


def alert_published(sender, instance, **kwargs):
    from .tasks import queue_alert

    # After the commit: the worker must see the published page, and a rolled-back publish sends nothing.
    transaction.on_commit(partial(queue_alert, instance.pk))


def connect_receivers():
    from education.models import AlertPage

    page_published.connect(alert_published, sender=AlertPage, dispatch_uid="education.subscriptions.alert")
