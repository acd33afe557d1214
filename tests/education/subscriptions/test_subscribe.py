"""Subscribing: the form, double opt-in, the confirmation link, unsubscribing, and expiry of addresses
never confirmed."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail as outbox
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from common.pagecache.rules import response_is_cacheable
from education.subscriptions.models import Subscription
from tests.factories import make_subscription

pytestmark = pytest.mark.django_db
SUBSCRIBE = "/subscriptions/"


def form_data(**overrides):
    data = {"email": "Reader@Example.com", "min_level": "notice", "frequency": "immediate", "website": ""}
    data.update(overrides)
    return data


def subscribe(client, django_capture_on_commit_callbacks, **overrides):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(SUBSCRIBE, form_data(**overrides))


def link_in(message, name):
    return re.search(rf"https://xbhh\.example\.com(/subscriptions/{name}/[^/\s]+/)", message.body).group(1)


def test_the_form_is_never_cached(client, home):
    response = client.get(SUBSCRIBE)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert not response_is_cacheable(response.wsgi_request, response)
    soup = BeautifulSoup(response.content, "html.parser")
    for name in ("email", "categories", "min_level", "frequency"):
        assert soup.select(f'[name="{name}"]'), name
    assert soup.select_one('label[for="id_email"]')
    assert [legend.get_text() for legend in soup.select("legend")] == [
        "关心哪些骗局",
        "最低风险等级",
        "发送频率",
    ]


def test_subscribing_sends_only_a_confirmation(
    client, home, mail, category, django_capture_on_commit_callbacks
):
    response = subscribe(client, django_capture_on_commit_callbacks, categories=[category.pk])
    assert response.status_code == 200
    assert "请查收确认邮件" in response.content.decode()
    subscription = Subscription.objects.get()
    assert subscription.email == "reader@example.com"
    assert not subscription.is_confirmed
    assert list(subscription.categories.all()) == [category]
    [message] = outbox.outbox
    assert message.to == ["reader@example.com"]
    assert message.subject == "请确认订阅风险提示"
    assert "/subscriptions/confirm/" in message.body
    unsubscribe = f"https://xbhh.example.com/subscriptions/unsubscribe/{subscription.key}/"
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe in message.body
    # The headers are really in the message sent.
    sent = message.message()
    assert sent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_confirming_takes_a_button_press(client, home, mail, category, django_capture_on_commit_callbacks):
    subscribe(client, django_capture_on_commit_callbacks, min_level="warning", frequency="weekly")
    confirm = link_in(outbox.outbox[0], "confirm")
    # Link scanners open links: a GET confirms nothing.
    response = client.get(confirm)
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    assert not Subscription.objects.get().is_confirmed
    response = client.post(confirm)
    assert "订阅成功" in response.content.decode()
    subscription = Subscription.objects.get()
    assert subscription.is_confirmed
    assert (subscription.min_level, subscription.frequency) == ("warning", "weekly")


def test_a_confirmation_link_expires_after_seven_days(
    client, home, mail, frozen_clock, django_capture_on_commit_callbacks
):
    clock = frozen_clock(timezone.now())
    subscribe(client, django_capture_on_commit_callbacks)
    confirm = link_in(outbox.outbox[0], "confirm")
    clock(days=7, minutes=1)
    response = client.post(confirm)
    assert response.status_code == 404
    assert "无效或已过期" in response.content.decode()
    assert not Subscription.objects.get().is_confirmed
    assert client.post("/subscriptions/confirm/not-a-token/").status_code == 404


def test_unconfirmed_addresses_are_erased_by_the_daily_purge(home, frozen_clock):
    clock = frozen_clock(timezone.now())
    pending = make_subscription(confirmed=False)
    confirmed = make_subscription()
    clock(days=6)
    call_command("purge_expired", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Subscription.objects.filter(pk=pending.pk).exists()
    clock(days=7, minutes=1)
    call_command("purge_expired", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(Subscription.objects.all()) == [confirmed]


def test_a_known_address_gets_the_same_answer_and_changes_only_when_confirmed(
    client, home, mail, category, django_capture_on_commit_callbacks
):
    existing = make_subscription("reader@example.com", min_level="notice")
    response = subscribe(
        client, django_capture_on_commit_callbacks, min_level="urgent", categories=[category.pk]
    )
    assert "请查收确认邮件" in response.content.decode()
    existing.refresh_from_db()
    assert existing.min_level == "notice" and not existing.categories.exists()
    client.post(link_in(outbox.outbox[0], "confirm"))
    existing.refresh_from_db()
    assert existing.min_level == "urgent" and list(existing.categories.all()) == [category]
    assert Subscription.objects.count() == 1


def test_a_bad_address_is_explained_and_the_input_kept(client, home, mail, category):
    response = client.post(
        SUBSCRIBE, form_data(email="reader@example", categories=[category.pk], min_level="warning")
    )
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert "这不是一个有效的电子邮箱地址" in soup.select_one("#id_email_error").get_text()
    assert soup.select_one("#id_email")["value"] == "reader@example"
    assert soup.select_one(f'input[name="categories"][value="{category.pk}"]').has_attr("checked")
    assert soup.select_one('input[name="min_level"][value="warning"]').has_attr("checked")
    assert not Subscription.objects.exists() and not outbox.outbox


def test_the_honeypot_drops_bots_quietly(client, home, mail):
    response = client.post(SUBSCRIBE, form_data(website="http://spam.example"))
    assert "请查收确认邮件" in response.content.decode()
    assert not Subscription.objects.exists() and not outbox.outbox


def test_subscribing_is_rate_limited_per_client(client, home, mail, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "subscribe": (2, 3600)}
    for n in range(2):
        assert client.post(SUBSCRIBE, form_data(email=f"r{n}@example.com")).status_code == 200
    response = client.post(SUBSCRIBE, form_data(email="r3@example.com"))
    assert response.status_code == 429
    assert "提交次数太多了" in response.content.decode()
    assert Subscription.objects.count() == 2


def test_one_click_unsubscribe_erases_the_address(home, mail):
    subscription = make_subscription()
    url = reverse("subscriptions:unsubscribe", args=[subscription.key])
    client = Client(enforce_csrf_checks=True)
    # A GET (a link scanner, or the person reading) only asks.
    response = client.get(url)
    assert response.status_code == 200 and "确认退订" in response.content.decode()
    assert Subscription.objects.exists()
    # RFC 8058: the mail provider POSTs this body, with no CSRF token.
    response = client.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert "已从我们的系统中删除" in response.content.decode()
    assert not Subscription.objects.exists()
    # Used again: a calm answer, nothing else.
    assert client.post(url).status_code == 200
    assert client.get(url).status_code == 404


def test_no_address_is_ever_logged(
    client, home, mail, caplog, publish_alert, django_capture_on_commit_callbacks
):
    caplog.set_level("DEBUG")
    subscribe(client, django_capture_on_commit_callbacks, email="secret.reader@example.com")
    client.post(link_in(outbox.outbox[0], "confirm"))
    publish_alert()
    client.post(reverse("subscriptions:unsubscribe", args=[Subscription.objects.get().key]))
    assert len(outbox.outbox) == 2
    assert "secret.reader" not in caplog.text


def test_alert_pages_link_to_the_form_and_stay_cacheable(client, publish_alert, mail):
    alert = publish_alert()
    response = client.get(alert.url)
    assert reverse("subscriptions:subscribe") in response.content.decode()
    assert not response.cookies
    assert response_is_cacheable(response.wsgi_request, response)


def test_confirm_window_is_the_setting(settings):
    from education.subscriptions.services import confirm_days

    assert confirm_days() == 7 == settings.ALERT_SUBSCRIPTION_CONFIRM_DAYS
    assert datetime.timedelta(days=confirm_days())
