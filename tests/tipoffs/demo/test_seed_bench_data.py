"""``manage.py seed_bench_data``: bulk rows for the back-office bench, consistent, kept out of real data."""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count, F
from django.utils import timezone

from tipoffs.models import SuspectContact, TipOff, TipOffContact, TipOffStatus

pytestmark = pytest.mark.django_db


def test_refuses_a_database_not_named_bench(monkeypatch):
    monkeypatch.setitem(connection.settings_dict, "NAME", "xbhh")
    with pytest.raises(CommandError, match="bench"):
        call_command("seed_bench_data", tipoffs=10, contacts=30)
    assert not TipOff.objects.exists()


def test_makes_consistent_rows_and_tops_up_only_once():
    call_command("seed_bench_data", tipoffs=200, contacts=600, batch_size=64, force=True)

    assert TipOff.objects.count() == 200
    assert SuspectContact.objects.count() == 600
    assert TipOff.objects.values("reference").distinct().count() == 200
    # Every contact is named by a tip-off, and its count is the number of tip-offs naming it.
    counted = SuspectContact.objects.annotate(links=Count("tipoff_links"))
    assert not counted.filter(links=0).exists()
    assert all(contact.report_count == contact.links for contact in counted)
    # The bench's contact search finds a number that many tip-offs name.
    assert SuspectContact.objects.get(value="+8613800138000").report_count > 5
    # A closed case has an outcome, an open one has none; nothing happens in the future.
    assert not TipOff.objects.filter(status=TipOffStatus.CLOSED, outcome="").exists()
    assert not TipOff.objects.exclude(status=TipOffStatus.CLOSED).exclude(outcome="").exists()
    assert not TipOff.objects.filter(acknowledged_at__lt=F("received_at")).exists()
    assert not TipOff.objects.filter(closed_at__gt=timezone.now()).exists()

    links = TipOffContact.objects.count()
    call_command("seed_bench_data", tipoffs=200, contacts=600, force=True)
    assert (TipOff.objects.count(), TipOffContact.objects.count()) == (200, links)
