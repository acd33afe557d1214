"""Report counts stay right when several reports name the same contact at the same moment."""

import threading

import pytest
from django.db import close_old_connections, connection
from django.utils import timezone

from tipoffs.models import SuspectContact, TipOff
from tipoffs.suspects.normalise import normalise_contact
from tipoffs.suspects.services import link_contact

WORKERS = 6


@pytest.mark.django_db(transaction=True)
def test_concurrent_reports_count_every_report_once():
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith(
        ("file:memorydb", ":memory:")
    ):
        pytest.skip(
            "threads cannot share SQLite's in-memory test database; runs on PostgreSQL and file SQLite"
        )
    tipoffs = [
        TipOff.objects.create(
            reference=f"JB-20261124-C{n:03d}",
            status_key_hash="x",
            description="d",
            consent_given_at=timezone.now(),
        )
        for n in range(WORKERS)
    ]
    contact = normalise_contact("phone", "13800138000")
    barrier = threading.Barrier(WORKERS)
    errors = []

    def report(tipoff):
        try:
            barrier.wait(timeout=10)
            link_contact(tipoff, contact, timezone.now())
        except Exception as error:  # noqa: BLE001 - surfaced by the assertion below
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=report, args=(t,)) for t in tipoffs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    suspect = SuspectContact.objects.get()
    assert suspect.report_count == WORKERS
    assert suspect.tipoffs.count() == WORKERS
