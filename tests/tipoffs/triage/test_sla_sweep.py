"""The SLA sweep e-mails each breach (tip-off, stage, due soon / overdue) once, with no personal data."""

import datetime
import io
import zoneinfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from education.models import ScamCategory
from tests.factories import make_tipoff
from tipoffs.models import SlaAlert, SlaAlertKind, SlaStage, TipOff
from tipoffs.triage import notifications

pytestmark = pytest.mark.django_db

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
NOW = datetime.datetime(2026, 11, 25, 10, 0, tzinfo=SHANGHAI)
TEAM = ["team@example.com"]


@pytest.fixture(autouse=True)
def team_settings(team_mail):
    team_mail.TIPOFF_NOTIFY_EMAILS = TEAM


@pytest.fixture
def frozen_now(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    return NOW


def breaching(reference, minutes_ago, **fields):
    """A tip-off with personal data in every field (which no e-mail may contain), received minutes ago."""
    return make_tipoff(
        contacts=(("phone", "170 1234 5678"),),
        received_at=NOW - datetime.timedelta(minutes=minutes_ago),
        reference=reference,
        description="对方自称银行客服，让我共享屏幕注销校园贷，我转了 5000 元。",
        reporter_name="李四",
        amount_lost="5000",
        category=ScamCategory.objects.get(slug="maochong-kefu"),
        **fields,
    )


def alerts():
    return set(SlaAlert.objects.values_list("tipoff__reference", "stage", "kind"))


def test_sweep_emails_new_breaches_once():
    on_time = breaching("JB-20261125-AAAA", 10)
    due_soon = breaching("JB-20261125-BBBB", 50)
    overdue = breaching("JB-20261125-CCCC", 90, reporter_contact="+8617100000000")

    created = notifications.sweep_sla(now=NOW)
    assert {(a.tipoff.reference, a.kind) for a in created} == {
        (due_soon.reference, SlaAlertKind.DUE_SOON),
        (overdue.reference, SlaAlertKind.OVERDUE),
    }
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == TEAM
    assert "1 条已超时，1 条即将超时" in message.subject
    assert overdue.reference in message.body and due_soon.reference in message.body
    assert on_time.reference not in message.body
    assert f"https://xbhh.example.com/admin/tipoffs/tipoff/edit/{overdue.pk}/" in message.body
    assert "受理期限 2026-11-25 09:30" in message.body  # due time in the site's zone
    for secret in ("校园贷", "5000", "李四", "17012345678", "170 1234 5678", "17100000000"):
        assert secret not in message.subject + message.body

    # A second run finds nothing new.
    assert notifications.sweep_sla(now=NOW + datetime.timedelta(minutes=5)) == []
    assert len(mail.outbox) == 1


def test_due_soon_then_overdue_are_two_alerts_and_a_new_stage_a_new_one():
    tipoff = breaching("JB-20261125-DDDD", 50)
    notifications.sweep_sla(now=NOW)
    assert alerts() == {(tipoff.reference, SlaStage.ACKNOWLEDGE, SlaAlertKind.DUE_SOON)}

    later = NOW + datetime.timedelta(minutes=15)  # 65 minutes after receipt
    notifications.sweep_sla(now=later)
    notifications.sweep_sla(now=later + datetime.timedelta(minutes=5))
    assert alerts() == {
        (tipoff.reference, SlaStage.ACKNOWLEDGE, SlaAlertKind.DUE_SOON),
        (tipoff.reference, SlaStage.ACKNOWLEDGE, SlaAlertKind.OVERDUE),
    }
    assert len(mail.outbox) == 2

    # Acknowledged late; the investigation is now the open stage and goes overdue in its turn.
    tipoff.acknowledged_at = later
    tipoff.status = "acknowledged"
    tipoff.save()
    assert notifications.sweep_sla(now=later + datetime.timedelta(hours=1)) == []
    created = notifications.sweep_sla(now=NOW + datetime.timedelta(hours=24))
    assert [(a.stage, a.kind) for a in created] == [(SlaStage.INVESTIGATE, SlaAlertKind.OVERDUE)]
    assert len(mail.outbox) == 3
    assert "核查期限" in mail.outbox[-1].body


def test_failed_email_leaves_the_breach_for_the_next_sweep(monkeypatch):
    breaching("JB-20261125-EEEE", 90)

    def broken(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(notifications, "send_mail", broken)
    with pytest.raises(ConnectionRefusedError):
        notifications.sweep_sla(now=NOW)
    assert alerts() == set()
    assert TipOff.objects.count() == 1

    monkeypatch.undo()
    assert len(notifications.sweep_sla(now=NOW)) == 1
    assert len(mail.outbox) == 1


def test_no_recipients_records_nothing(settings):
    settings.TIPOFF_NOTIFY_EMAILS = []
    breaching("JB-20261125-FFFF", 90)
    assert notifications.sweep_sla(now=NOW) == []
    assert alerts() == set() and mail.outbox == []


def test_command_and_task(frozen_now):
    breaching("JB-20261125-GGGG", 90)
    out = io.StringIO()
    call_command("check_tipoff_sla", stdout=out)
    assert "已发送 1 条" in out.getvalue()
    out = io.StringIO()
    call_command("check_tipoff_sla", stdout=out)
    assert "没有新的" in out.getvalue()

    breaching("JB-20261125-HHHH", 55)
    result = notifications.check_tipoff_sla.enqueue()
    assert result.return_value == 1
    assert len(mail.outbox) == 2

    breaching("JB-20261125-JJJJ", 120)
    out = io.StringIO()
    call_command("check_tipoff_sla", "--enqueue", stdout=out)
    assert "后台任务" in out.getvalue()
    assert len(mail.outbox) == 3  # the immediate backend ran it at once


def test_closed_and_met_tip_offs_are_never_swept():
    breaching(
        "JB-20261125-KKKK",
        60 * 50,
        acknowledged_at=NOW - datetime.timedelta(hours=49),
        closed_at=NOW - datetime.timedelta(hours=30),
        status="closed",
        outcome="unfounded",
    )
    assert notifications.sweep_sla(now=NOW) == []
    assert mail.outbox == []
