"""Publishing an alert e-mails the matching subscribers in batches on the task worker: once each, whatever
retries and republishing happen; the weekly digest; what editors see."""

import pytest
from django.core import mail as outbox
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command

from education.models import ScamCategory
from education.subscriptions import tasks
from education.subscriptions.models import AlertDelivery
from tests.factories import make_subscription, make_user

pytestmark = pytest.mark.django_db


def recipients():
    return sorted(address for message in outbox.outbox for address in message.to)


@pytest.fixture
def other_category():
    return ScamCategory.objects.get(slug="daili-weiquan")


def test_publishing_an_alert_mails_the_matching_subscribers(publish_alert, mail, category, other_category):
    make_subscription("all@example.com")
    make_subscription("same-category@example.com", categories=[category])
    make_subscription("other-category@example.com", categories=[other_category])
    make_subscription("urgent-only@example.com", min_level="urgent")
    make_subscription("weekly@example.com", frequency="weekly")
    make_subscription("unconfirmed@example.com", confirmed=False)
    alert = publish_alert(level="warning", categories=[category])
    assert recipients() == ["all@example.com", "same-category@example.com"]
    message = outbox.outbox[0]
    assert message.subject == f"【警示】{alert.title}"
    assert f"https://xbhh.example.com{alert.url}" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<https://xbhh.example.com/subscriptions/unsubscribe/"
    )
    assert AlertDelivery.objects.filter(alert=alert).count() == 2


def test_republishing_sends_nothing_twice(publish_alert, mail, django_capture_on_commit_callbacks):
    make_subscription()
    alert = publish_alert()
    assert len(outbox.outbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        alert.title = "更正：" + alert.title
        alert.save_revision().publish()
    assert len(outbox.outbox) == 1


def test_one_task_per_batch(publish_alert, mail, monkeypatch):
    mail.ALERT_EMAIL_BATCH_SIZE = 2
    for _ in range(5):
        make_subscription()
    queued = []

    class Recorder:
        @staticmethod
        def enqueue(alert_id, ids):
            queued.append(ids)

    monkeypatch.setattr(tasks, "send_alert_batch", Recorder)
    publish_alert()
    assert [len(ids) for ids in queued] == [2, 2, 1]
    assert not outbox.outbox


def test_a_failed_batch_is_retried_and_nobody_gets_the_alert_twice(publish_alert, mail, monkeypatch):
    for n in range(4):
        make_subscription(f"r{n}@example.com")
    real_send = EmailBackend.send_messages
    failures = {"r1@example.com": 2, "r3@example.com": 1}

    def flaky(self, messages):
        for message in messages:
            if failures.get(message.to[0]):
                failures[message.to[0]] -= 1
                raise ConnectionError("SMTP server went away")
        return real_send(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", flaky)
    alert = publish_alert()
    assert recipients() == ["r0@example.com", "r1@example.com", "r2@example.com", "r3@example.com"]
    assert AlertDelivery.objects.filter(alert=alert).count() == 4
    # Running the same batch again (a worker restarted mid-way) sends nothing.
    tasks.send_alert_batch.call(
        alert.pk, list(AlertDelivery.objects.values_list("subscription_id", flat=True))
    )
    assert len(outbox.outbox) == 4


def test_a_batch_gives_up_after_the_last_attempt(publish_alert, mail, monkeypatch, caplog):
    mail.TASK_MAX_ATTEMPTS = 2
    make_subscription("never@example.com")

    def broken(self, messages):
        raise ConnectionError("refused never@example.com")

    monkeypatch.setattr(EmailBackend, "send_messages", broken)
    alert = publish_alert()
    assert not AlertDelivery.objects.filter(alert=alert).exists()
    assert "giving up after 2 attempts" in caplog.text
    assert "never@example.com" not in caplog.text  # the SMTP error quoted the address: not logged


def test_private_or_draft_alerts_are_not_sent(
    publish_alert, mail, alert_index, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    make_subscription()
    PageViewRestriction.objects.create(page=alert_index, restriction_type="login")
    publish_alert()
    assert not outbox.outbox


def test_people_who_subscribe_later_do_not_get_old_alerts_on_republish(
    publish_alert, mail, django_capture_on_commit_callbacks
):
    from django.utils import timezone

    alert = publish_alert()
    make_subscription(confirmed_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        alert.save_revision().publish()
    assert not outbox.outbox


def test_the_weekly_digest_collects_the_week_once(
    publish_alert, mail, category, other_category, frozen_clock
):
    from django.utils import timezone

    clock = frozen_clock(timezone.now())
    make_subscription("weekly@example.com", frequency="weekly", categories=[category])
    make_subscription("instant@example.com")
    old = publish_alert(title="上上周的提示")
    outbox.outbox.clear()
    clock(days=8)
    first = publish_alert(title="本周提示一", categories=[category], level="urgent")
    second = publish_alert(title="本周提示二")  # in `category`, the fixture's default
    publish_alert(title="别的分类", categories=[other_category])
    outbox.outbox.clear()
    call_command("send_alert_digest", stdout=open("/dev/null", "w"))  # noqa: SIM115
    [digest] = outbox.outbox
    assert digest.to == ["weekly@example.com"]
    assert digest.subject == "本周风险提示汇总（2 条）"
    assert first.title in digest.body and second.title in digest.body
    assert old.title not in digest.body and "别的分类" not in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    call_command("send_alert_digest", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(outbox.outbox) == 1


def test_editors_see_subscriber_counts_per_category_without_addresses(client, home, category, other_category):
    make_subscription("a@example.com", categories=[category])
    make_subscription("b@example.com", categories=[category, other_category], frequency="weekly")
    make_subscription("c@example.com")
    make_subscription("d@example.com", confirmed=False, categories=[category])
    client.force_login(make_user("editor"))
    response = client.get("/admin/reports/subscribers/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "@example.com" not in text
    from education.subscriptions.admin import subscriber_counts

    rows, totals = subscriber_counts()
    by_label = {str(row["label"]): row for row in rows}
    assert by_label[category.name] == {"label": category.name, "immediate": 1, "weekly": 1, "total": 2}
    assert by_label[other_category.name]["total"] == 1
    assert by_label["全部分类（未选分类）"]["total"] == 1
    assert (totals["total"], totals["pending"]) == (3, 1)
    assert "风险提示订阅人数" in text


def test_personal_data_stays_out_of_the_reference_index(category, make_event):
    """A category's or an event's "usage" view in the admin must never list subscribers or sign-ups."""
    from wagtail.models import ReferenceIndex

    from education.models import EventSignup, Subscription
    from tests.factories import make_signup

    make_subscription(categories=[category])
    make_signup(make_event())
    for model in (Subscription, AlertDelivery, EventSignup):
        assert not ReferenceIndex.is_indexed(model)
    assert (
        not ReferenceIndex.objects.filter(base_content_type__app_label="education")
        .exclude(base_content_type__model__endswith="page")
        .exclude(base_content_type__model="scamcategory")
        .exists()
    )
