"""Signing up, cancelling and moving the waitlist up: always under a row lock on the event.

Every change that counts places takes ``SELECT ... FOR UPDATE`` on the event's row first, so concurrent
sign-ups for one event queue up and the capacity is never exceeded (PostgreSQL; SQLite serialises writers
anyway). E-mails are queued after the commit, by primary key: an address never goes into the task queue.
"""

import logging
from dataclasses import dataclass
from functools import partial

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from education.models import EventPage

from .models import EventSignup, SignupStatus

logger = logging.getLogger(__name__)


class SignupClosed(Exception):
    """The event takes no (more) sign-ups: not enabled, or already started."""


class AlreadySignedUp(Exception):
    """This phone number or e-mail address is already on the event's list."""


@dataclass(frozen=True)
class Places:
    capacity: int
    taken: int

    @property
    def left(self):
        return max(0, self.capacity - self.taken)


def _lock(event_pk):
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_pk)


def places(event):
    taken = EventSignup.objects.filter(event=event, status=SignupStatus.CONFIRMED).count()
    return Places(capacity=event.signup_capacity or 0, taken=taken)


def waitlist_position(signup):
    """1 for the first on the waitlist; None for a confirmed place."""
    if not signup.is_waitlisted:
        return None
    ahead = EventSignup.objects.filter(event_id=signup.event_id, status=SignupStatus.WAITLISTED).filter(
        Q(created_at__lt=signup.created_at) | Q(created_at=signup.created_at, pk__lt=signup.pk)
    )
    return ahead.count() + 1


def sign_up(event, *, name, phone="", email="", now=None):
    """A confirmed place while there is one, else a place on the waitlist. Raises SignupClosed or
    AlreadySignedUp."""
    from .tasks import send_signup_confirmation

    now = now or timezone.now()
    with transaction.atomic():
        event = _lock(event.pk)
        if not event.live or not event.signup_open(now):
            raise SignupClosed
        same_person = Q(pk__in=[])
        if phone:
            same_person |= Q(phone=phone)
        if email:
            same_person |= Q(email=email)
        if EventSignup.objects.filter(same_person, event=event).exists():
            raise AlreadySignedUp
        full = places(event).left == 0
        signup = EventSignup.objects.create(
            event=event,
            name=name,
            phone=phone,
            email=email,
            status=SignupStatus.WAITLISTED if full else SignupStatus.CONFIRMED,
        )
    logger.info("event %s: %s (%s)", event.pk, signup, signup.status)
    if email:
        transaction.on_commit(partial(send_signup_confirmation.enqueue, signup.pk))
    return signup


def promote_waitlist(event_pk, now=None):
    """Give free places to the waitlist in sign-up order; returns the sign-ups promoted. Call inside a
    transaction that holds the event's lock, or on its own (it takes the lock)."""
    from .tasks import send_promotion

    now = now or timezone.now()
    with transaction.atomic():
        event = _lock(event_pk)
        if not event.signup_enabled or now >= event.start:
            return []
        free = places(event).left
        if not free:
            return []
        promoted = list(
            EventSignup.objects.filter(event=event, status=SignupStatus.WAITLISTED).order_by(
                "created_at", "pk"
            )[:free]
        )
        EventSignup.objects.filter(pk__in=[s.pk for s in promoted]).update(
            status=SignupStatus.CONFIRMED, promoted_at=now
        )
    for signup in promoted:
        logger.info("event %s: %s moved up from the waitlist", event_pk, signup)
        if signup.email:
            transaction.on_commit(partial(send_promotion.enqueue, signup.pk))
    return promoted


def cancel(signup, now=None):
    """Delete the sign-up (and with it the person's name and contact); a freed place goes to the first
    on the waitlist. Returns the sign-ups promoted."""
    with transaction.atomic():
        _lock(signup.event_id)
        deleted, _by_model = EventSignup.objects.filter(pk=signup.pk).delete()
        if not deleted:
            return []
        logger.info("event %s: a sign-up was cancelled", signup.event_id)
        return promote_waitlist(signup.event_id, now)
