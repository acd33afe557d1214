"""Demo tip-offs: about 40 invented reports in every state, created once, never e-mailed to the team."""

import datetime
import io
import re
import zoneinfo
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from tipoffs.demo import tipoffs as demo_tipoffs
from tipoffs.models import SlaAlert, SuspectContact, TipOff, TipOffContact, TipOffNote, TipOffStatus
from tipoffs.triage import notifications
from tipoffs.triage.sla import SlaState, filter_sla_state, sla_for

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 25, 0, 20, tzinfo=zoneinfo.ZoneInfo("Asia/Shanghai"))  # just after midnight


@pytest.fixture(autouse=True)
def demo_settings(settings, monkeypatch):
    settings.DEBUG = True
    settings.TIPOFF_NOTIFY_EMAILS = ["team@example.com"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    monkeypatch.setattr(timezone, "now", lambda: NOW)


def run_command():
    out = io.StringIO()
    call_command("demo_tipoffs", stdout=out)
    return out.getvalue()


def test_about_forty_tip_offs_in_varied_states_and_idempotent():
    first = run_command()
    assert "举报线索 41" in first and "演示团队成员 3" in first
    counts = (TipOff.objects.count(), SuspectContact.objects.count(), TipOffNote.objects.count())
    assert 35 <= counts[0] <= 45

    assert "没有任何改动" in run_command()
    assert (TipOff.objects.count(), SuspectContact.objects.count(), TipOffNote.objects.count()) == counts
    assert get_user_model().objects.filter(username__startswith="demo-").count() == 3

    tipoffs = list(TipOff.objects.select_related("category"))
    statuses = Counter(t.status for t in tipoffs)
    assert set(statuses) == set(TipOffStatus.values)
    states = Counter(sla_for(t, now=NOW).state for t in tipoffs)
    assert all(
        states[state] >= 3 for state in (SlaState.ON_TIME, SlaState.DUE_SOON, SlaState.OVERDUE, SlaState.MET)
    )
    assert len({t.category_id for t in tipoffs}) >= 7  # six categories, other, and "not sure"
    assert any(t.is_anonymous for t in tipoffs) and any(not t.is_anonymous for t in tipoffs)
    assert len({t.assignee_id for t in tipoffs}) == 4  # three members and unassigned


def test_timestamps_are_consistent_with_status_and_sla():
    run_command()
    annotated = TipOff.objects.all()
    for tipoff in annotated:
        assert re.fullmatch(r"JB-\d{8}-[2-9A-HJKMNP-Z]{4}", tipoff.reference)
        stamps = [tipoff.received_at, tipoff.acknowledged_at, tipoff.investigated_at, tipoff.closed_at]
        present = [stamp for stamp in stamps if stamp]
        assert present == sorted(present) and present[-1] <= NOW
        expected_last = {
            TipOffStatus.NEW: 0,
            TipOffStatus.ACKNOWLEDGED: 1,
            TipOffStatus.INVESTIGATING: 2,
            TipOffStatus.CLOSED: 3,
        }[tipoff.status]
        assert len(present) == expected_last + 1, tipoff.reference
        assert bool(tipoff.outcome) == (tipoff.status == TipOffStatus.CLOSED)
        if tipoff.fed_back_at:
            assert tipoff.reporter_contact and tipoff.closed_at <= tipoff.fed_back_at <= NOW
        for note in tipoff.notes.all():
            assert tipoff.received_at <= note.created_at <= NOW
    for state in (SlaState.DUE_SOON, SlaState.OVERDUE, SlaState.MET):
        in_sql = set(filter_sla_state(annotated, state, NOW).values_list("pk", flat=True))
        in_python = {t.pk for t in TipOff.objects.all() if sla_for(t, now=NOW).state == state}
        assert in_sql == in_python


def test_contacts_are_normalised_and_counted():
    run_command()
    hot = SuspectContact.objects.get(kind="phone", value="+8617020248888")
    assert hot.report_count >= 8
    assert hot.report_count == hot.tipoffs.count()
    for contact in SuspectContact.objects.all():
        assert contact.report_count == TipOffContact.objects.filter(contact=contact).count()
    phones = SuspectContact.objects.filter(kind="phone").values_list("value", flat=True)
    assert all(re.fullmatch(r"\+86(170|171)\d{8}", value) for value in phones)
    assert all(
        value.endswith(("example.com", "example.net"))
        for value in SuspectContact.objects.filter(kind="url").values_list("value", flat=True)
    )


def test_team_members_are_in_the_team_group_and_cannot_log_in():
    run_command()
    for user in get_user_model().objects.filter(username__startswith="demo-"):
        assert user.groups.filter(name="消保团队").exists()
        assert not user.has_usable_password()
        assert user.has_perm("tipoffs.view_tipoff")


def test_demo_data_sends_no_email():
    run_command()
    assert notifications.sweep_sla(now=NOW) == []
    assert mail.outbox == []
    assert SlaAlert.objects.exists()


def test_refused_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("demo_tipoffs")
    assert TipOff.objects.count() == 0


def test_load_demo_content_adds_them_in_debug_only(settings):
    settings.DEBUG = False
    call_command("load_demo_content", stdout=io.StringIO())
    assert TipOff.objects.count() == 0
    settings.DEBUG = True
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert "举报线索 41" in out.getvalue()
    history = int(re.search(r"历史举报线索（统计用） (\d+)", out.getvalue()).group(1))
    call_command("load_demo_content", stdout=io.StringIO())
    assert TipOff.objects.count() == len(demo_tipoffs.TIPS) + history


def test_demo_gives_the_risk_check_a_confirmed_example(settings):
    settings.DEBUG = True
    from tipoffs.demo.tipoffs import ensure_demo_tipoffs
    from tipoffs.models import ContactStatus, SuspectContact
    from tipoffs.suspects.normalise import normalise_contact

    ensure_demo_tipoffs()
    hot = normalise_contact("phone", "170 2024 8888")
    contact = SuspectContact.objects.get(kind=hot.kind, value=hot.value)
    assert contact.status == ContactStatus.CONFIRMED and contact.status_changed_by is not None
    assert not SuspectContact.objects.filter(
        value="+8617100000000"
    ).exists()  # the README's "no record" example
