"""Concurrent sign-ups never exceed the capacity: 8 clients at once on PostgreSQL."""

import threading

import pytest
from django.db import connection, connections

from education.signups import services
from education.signups.models import EventSignup, SignupStatus


@pytest.mark.django_db(transaction=True)
def test_eight_concurrent_sign_ups_never_exceed_the_capacity(signup_event):
    if connection.vendor != "postgresql":
        pytest.skip(
            "needs PostgreSQL: SQLite's in-memory test database is one connection; clients cannot run at once"
        )
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
