"""Concurrent sign-ups never exceed the capacity: 8 clients at once on PostgreSQL."""

import threading

import pytest
from django.conf import settings
from django.db import connections

from education.signups import services
from education.signups.models import EventSignup, SignupStatus


@pytest.mark.skipif(
    "postgresql" not in settings.DATABASES["default"]["ENGINE"],
    reason="needs PostgreSQL: SQLite's in-memory test database is one connection; clients cannot run at once",
)
# Transactional, so each client's connection sees the event; serialized_rollback restores what the
# migrations seeded (root page, scam categories) for the tests after it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_eight_concurrent_sign_ups_never_exceed_the_capacity(signup_event):
    event = signup_event(capacity=3)
    barrier = threading.Barrier(8)
    errors = []

    def client(n):
        try:
            barrier.wait(timeout=30)
            services.sign_up(event, name=f"客人{n}", phone=f"+861380013800{n}")
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    statuses = list(EventSignup.objects.filter(event=event).values_list("status", flat=True))
    assert statuses.count(SignupStatus.CONFIRMED) == 3
    assert statuses.count(SignupStatus.WAITLISTED) == 5
