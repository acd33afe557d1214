"""Flags that expire: a confirmation as black-industry lapses into 待复核 at its review date, leaves the risk
check and the watchlist, and waits in the team's queue to be confirmed again or cleared."""

import datetime
import json
import zoneinfo

import pytest
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests.factories import make_contact, make_user
from tipoffs.models import ApiToken, ContactStatus, SuspectContact
from tipoffs.privacy.purge import purge_expired
from tipoffs.riskcheck.services import answer_for
from tipoffs.suspects.normalise import normalise_contact
from tipoffs.suspects.services import change_contact_status

pytestmark = pytest.mark.django_db
T0 = datetime.datetime(2026, 3, 1, 9, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Shanghai"))
PHONE = "170 2024 8888"
QUEUE_LABEL = json.dumps("待复核联系人")[1:-1]  # the admin menu is JSON in the page


@pytest.fixture
def clock(frozen_clock):
    """Frozen at T0; ``clock(days)`` moves to T0 + days."""
    return frozen_clock(T0)


@pytest.fixture
def member():
    return make_user("team", username="alice")


@pytest.fixture
def confirmed(clock, member):
    contact = make_contact("phone", PHONE)
    return change_contact_status(contact, ContactStatus.CONFIRMED, member)


def verdict(raw=PHONE):
    return answer_for(normalise_contact("phone", raw), frozenset()).verdict


def test_confirming_sets_a_review_date_from_the_setting(clock, member, settings):
    settings.TIPOFF_CONFIRMED_REVIEW_DAYS = 30
    contact = change_contact_status(make_contact("phone", PHONE), ContactStatus.CONFIRMED, member)
    assert contact.review_due_at == T0 + datetime.timedelta(days=30)
    cleared = change_contact_status(contact, ContactStatus.CLEARED, member)
    assert cleared.review_due_at is None


def test_the_daily_sweep_lapses_the_confirmation_at_its_review_date(clock, confirmed):
    assert confirmed.review_due_at == T0 + datetime.timedelta(days=180)
    clock(180, minutes=-1)
    assert purge_expired().counts["contact_reviews"] == 0
    assert verdict() == "confirmed"

    clock(180)
    assert purge_expired().counts["contact_reviews"] == 1
    contact = SuspectContact.objects.get()
    assert contact.status == ContactStatus.REVIEW_DUE
    assert (
        contact.status_changed_at == T0 + datetime.timedelta(days=180) and contact.status_changed_by is None
    )
    assert verdict() == "unknown"  # off the public risk check
    entry = ModelLogEntry.objects.get(action="tipoffs.contact_status", data__to="review_due")
    assert entry.data["from"] == "confirmed" and entry.user is None
    assert purge_expired().counts["contact_reviews"] == 0  # once only


def test_the_watchlist_reports_a_lapsed_contact_as_no_longer_listed(client, clock, confirmed):
    _token, raw = ApiToken.issue("拦截系统", make_user("superuser"))
    auth = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    since = (T0 + datetime.timedelta(days=179)).isoformat()
    clock(180)
    purge_expired()
    incremental = client.get("/api/watchlist/", {"updated_since": since}, **auth).json()["results"]
    assert [(row["value"], row["listed"]) for row in incremental] == [("+8617020248888", False)]
    assert client.get("/api/watchlist/", **auth).json()["results"] == []


def test_the_team_has_a_review_queue_and_confirming_again_sets_a_new_date(client, clock, confirmed, member):
    other = make_contact("qq", "12345678", status=ContactStatus.CONFIRMED)
    clock(181)
    purge_expired()
    client.force_login(member)
    admin = client.get(reverse("wagtailadmin_home")).content.decode()
    queue_url = reverse("tipoffs_suspectcontact:index") + "?status=review_due"
    assert QUEUE_LABEL in admin and json.dumps(queue_url)[1:-1] in admin
    queue = client.get(queue_url)
    assert list(queue.context["object_list"]) == [confirmed]
    assert other not in queue.context["object_list"]

    detail = reverse("tipoffs_suspectcontact:edit", args=[confirmed.pk])
    assert "请重新核实" in client.get(detail).content.decode()
    client.post(detail, {"status": ContactStatus.CONFIRMED, "current_status": ContactStatus.REVIEW_DUE})
    contact = SuspectContact.objects.get(pk=confirmed.pk)
    assert contact.status == ContactStatus.CONFIRMED
    assert contact.review_due_at == T0 + datetime.timedelta(days=181 + 180)
    assert verdict() == "confirmed"


def test_the_queue_is_hidden_from_people_outside_the_team(client):
    client.force_login(make_user("editor"))
    assert QUEUE_LABEL not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_public_answer_says_since_when_a_contact_is_confirmed(client, clock, confirmed, form_page):
    cache.clear()
    html = client.post(
        form_page.url + form_page.reverse_subpage("risk_check"), {"kind": "phone", "value": PHONE}
    ).content.decode()
    assert "自 2026年3月1日 起被确认" in html and "确认满 180 天的要重新复核" in html


def test_a_lapsed_contact_can_no_longer_be_appealed(client, clock, confirmed, form_page):
    clock(180)
    purge_expired()
    appeal = form_page.url + form_page.reverse_subpage("risk_appeal")
    assert client.get(appeal, {"kind": "phone", "value": PHONE}).status_code == 404
