"""A new tip-off e-mails the team after commit, without personal data, and survives a broken mail server."""

import datetime
import logging
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from tests.factories import report_data
from tipoffs.models import TipOff
from tipoffs.triage import notifications

pytestmark = pytest.mark.django_db

TEAM = ["team@example.com", "duty@example.com"]
SECRET_BITS = [
    "校园贷账户要注销",  # the description
    "13800138000",  # the suspect's phone, any format
    "138-0013-8000",
    "fakekefu",  # the suspect's WeChat ID, any case
    "FakeKefu",
    "13900139000",  # the reporter's contact
    "王小明",  # the reporter's name
    "3000",  # the amount
]


@pytest.fixture(autouse=True)
def team_settings(team_mail):
    team_mail.TIPOFF_NOTIFY_EMAILS = TEAM
    team_mail.TASK_MAX_ATTEMPTS = 3
    from django.core.cache import cache

    cache.clear()  # the form's rate limit counts in the cache


def post_report(client, **overrides):
    data = report_data(reporter_name="王小明", reporter_contact="13900139000", amount_lost="3000.50")
    data.update(overrides)
    return client.post("/report/", data)


def test_new_report_emails_the_team_after_commit(client, form_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = post_report(client)
    assert response.status_code == 302
    assert mail.outbox == [], "nothing is sent while the report's transaction is open"
    assert len(callbacks) == 1

    callbacks[0]()
    tipoff = TipOff.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == TEAM
    assert tipoff.reference in message.subject
    assert "冒充客服" in message.subject
    assert tipoff.reference in message.body
    assert "分类：冒充客服" in message.body
    assert f"https://xbhh.example.com/admin/tipoffs/tipoff/edit/{tipoff.pk}/" in message.body
    assert message.body == notifications.new_tipoff_message(tipoff)[1]


def test_email_never_carries_personal_data(client, form_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_report(client)
    tipoff = TipOff.objects.get()
    assert tipoff.amount_lost == Decimal("3000.50") and tipoff.reporter_name == "王小明"
    message = mail.outbox[0]
    text = message.subject + message.body + "".join(str(a) for a in message.alternatives)
    for secret in SECRET_BITS:
        assert secret.lower() not in text.lower(), secret
    assert not message.attachments


def test_rolled_back_report_notifies_nobody(
    client, form_page, django_capture_on_commit_callbacks, monkeypatch
):
    def broken_link(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("tipoffs.intake.submit.link_contact", broken_link)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = post_report(client)
    assert response.status_code == 500
    assert TipOff.objects.count() == 0
    assert callbacks == []
    assert mail.outbox == []


def test_failed_email_keeps_the_report_and_retries(
    client,
    form_page,
    django_capture_on_commit_callbacks,
    monkeypatch,
    caplog,
):
    calls = []

    def flaky_send(*args, **kwargs):
        calls.append(args)
        if len(calls) < 3:
            raise ConnectionRefusedError("mail server down")
        return 1

    monkeypatch.setattr(notifications, "send_mail", flaky_send)
    with (
        caplog.at_level(logging.WARNING, "tipoffs.notifications"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = post_report(client)
    assert response.status_code == 302, "the reporter still gets a receipt"
    assert TipOff.objects.count() == 1
    assert len(calls) == 3, "sent on the third attempt"
    assert "retrying (attempt 3)" in caplog.text


def test_retries_are_bounded(client, form_page, django_capture_on_commit_callbacks, monkeypatch, caplog):
    calls = []

    def dead_send(*args, **kwargs):
        calls.append(args)
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(notifications, "send_mail", dead_send)
    with (
        caplog.at_level(logging.ERROR, "tipoffs.notifications"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = post_report(client)
    assert response.status_code == 302
    assert TipOff.objects.count() == 1
    assert len(calls) == 3  # TASK_MAX_ATTEMPTS
    assert "giving up after 3 attempts" in caplog.text


def test_a_deferring_backend_gets_a_delayed_retry(monkeypatch):
    """Backends that can defer (the database backend) retry later with a growing delay."""
    tipoff = TipOff.objects.create(
        reference="JB-20261125-RTRY", status_key_hash="x", description="d", consent_given_at=timezone.now()
    )
    now = timezone.make_aware(datetime.datetime(2026, 11, 25, 10, 0))
    monkeypatch.setattr(notifications.timezone, "now", lambda: now)
    enqueued = []

    class DeferringBackend:
        supports_defer = True

    class FakeTask:
        name = "notify_new_tipoff"
        run_after = None

        def get_backend(self):
            return DeferringBackend()

        def using(self, run_after):
            task = FakeTask()
            task.run_after = run_after
            return task

        def enqueue(self, *args, **kwargs):
            enqueued.append((self.run_after, args, kwargs))

    assert notifications.enqueue_with_retry(FakeTask(), 2, tipoff.pk) is True
    assert enqueued == [(now + datetime.timedelta(seconds=120), (tipoff.pk,), {"attempt": 3})]
    assert notifications.enqueue_with_retry(FakeTask(), 3, tipoff.pk) is False
    assert len(enqueued) == 1


def test_enqueue_failure_after_commit_keeps_the_report(
    client,
    form_page,
    django_capture_on_commit_callbacks,
    monkeypatch,
):
    class QueueDown:
        def enqueue(self, *args, **kwargs):
            raise OSError("task database unavailable")

    monkeypatch.setattr(notifications, "notify_new_tipoff", QueueDown())
    with django_capture_on_commit_callbacks(execute=True):
        response = post_report(client)
    assert response.status_code == 302
    assert TipOff.objects.count() == 1


def test_no_recipients_sends_nothing(settings, client, form_page, django_capture_on_commit_callbacks):
    settings.TIPOFF_NOTIFY_EMAILS = []
    with django_capture_on_commit_callbacks(execute=True):
        post_report(client)
    assert TipOff.objects.count() == 1
    assert mail.outbox == []


def test_admin_url_uses_the_admin_base_url():
    tipoff = TipOff.objects.create(
        reference="JB-20261125-URL2", status_key_hash="x", description="d", consent_given_at=timezone.now()
    )
    assert (
        notifications.admin_url(tipoff) == f"https://xbhh.example.com/admin/tipoffs/tipoff/edit/{tipoff.pk}/"
    )
