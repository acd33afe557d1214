"""A notice that fails every retry is shown on the team's dashboard and sent once the mail server works;
a task queue nobody works is shown too."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.factories import make_tipoff, make_user
from tipoffs.models import FailedNotification, NotificationKind
from tipoffs.triage import notifications

pytestmark = pytest.mark.django_db
FAILED = "封通知邮件多次重试仍发送失败"
STALLED = "没有人处理"


@pytest.fixture
def team(team_mail, client):
    team_mail.TIPOFF_NOTIFY_EMAILS = ["team@example.com"]
    team_mail.TASK_MAX_ATTEMPTS = 2
    client.force_login(make_user("team"))
    return client


def dashboard(client):
    return client.get("/admin/").content.decode()


def break_mail(monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(notifications, "send_mail", refuse)


def test_a_notice_that_failed_every_retry_is_shown_and_sent_when_mail_works(team, monkeypatch):
    tipoff = make_tipoff()
    break_mail(monkeypatch)
    with pytest.raises(ConnectionRefusedError):
        notifications.notify_new_tipoff.call(tipoff.pk)
    failure = FailedNotification.objects.get()
    assert failure.kind == NotificationKind.NEW_TIPOFF and failure.tipoff == tipoff
    assert failure.error == "ConnectionRefusedError"
    assert FAILED in dashboard(team)

    call_command("check_tipoff_sla")  # still down: kept, counted
    failure.refresh_from_db()
    assert failure.attempts == 2 and mail.outbox == []

    monkeypatch.undo()
    call_command("check_tipoff_sla")
    assert [message.subject for message in mail.outbox if tipoff.reference in message.subject]
    assert not FailedNotification.objects.exists()
    assert FAILED not in dashboard(team)


def test_a_failing_sla_reminder_is_shown_until_a_sweep_gets_through(team, monkeypatch):
    make_tipoff(received_at=timezone.now() - datetime.timedelta(hours=2))
    break_mail(monkeypatch)
    with pytest.raises(ConnectionRefusedError):
        notifications.sweep_sla()
    assert FailedNotification.objects.get().kind == NotificationKind.SLA_REMINDER
    assert FAILED in dashboard(team)
    monkeypatch.undo()
    assert notifications.sweep_sla()
    assert not FailedNotification.objects.exists()


def test_a_queue_nobody_works_is_shown(team, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.TASK_QUEUE_STALE_MINUTES = 10
    notifications.notify_new_tipoff.enqueue(make_tipoff().pk)
    assert STALLED not in dashboard(team)
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=11)):
        assert STALLED in dashboard(team)
