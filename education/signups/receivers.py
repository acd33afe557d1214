"""Publishing an event with more places moves its waitlist up (connected in ``EducationConfig.ready``)."""

from functools import partial

from django.db import transaction
from wagtail.signals import page_published


def event_published(sender, instance, **kwargs):
    from .services import promote_waitlist

    if instance.signup_enabled:
        transaction.on_commit(partial(promote_waitlist, instance.pk))


def connect_receivers():
    from education.models import EventPage

    page_published.connect(event_published, sender=EventPage, dispatch_uid="education.signups.event")
