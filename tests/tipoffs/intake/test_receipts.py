"""Issue 12 (8): the reference and status key stay in the session only until shown, 10 minutes at most,
and never in clear in ``django_session``."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.utils import timezone

from tests.factories import report_data
from tipoffs.intake.receipts import RECEIPT_TTL, SESSION_KEY, keep_receipt, take_receipt

pytestmark = pytest.mark.django_db

RECEIPT = {"reference": "JB-20261124-7K3Q", "status_key": "ABCD-EFGH-JKMN", "has_contact": False}


@pytest.fixture
def clock(monkeypatch):
    """timezone.now() stands still until the test moves it on: no sleeping."""

    class Clock:
        now = timezone.now()

        def advance(self, **delta):
            self.now += datetime.timedelta(**delta)

    frozen = Clock()
    monkeypatch.setattr(timezone, "now", lambda: frozen.now)
    cache.clear()  # the report rate limit
    return frozen


def thanks(client):
    soup = BeautifulSoup(client.get("/report/thanks/").content, "html.parser")
    reference, key = soup.select_one(".reference"), soup.select_one(".status-key")
    return (reference.get_text() if reference else None), (key.get_text() if key else None)


def stored_session(client):
    row = Session.objects.get(session_key=client.session.session_key)
    return row.session_data + repr(row.get_decoded())


def test_the_session_table_never_holds_the_reference_or_key_in_clear(client, form_page, clock):
    client.post("/report/", report_data())
    stored = stored_session(client)
    reference, key = thanks(client)
    assert re.fullmatch(r"[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){2}", key)
    for secret in (key, key.replace("-", ""), reference):
        assert secret not in stored
    assert SESSION_KEY in client.session, "sealed, not absent: a reload still shows the reference"


def test_key_is_shown_once_and_the_reference_until_ten_minutes_after_submitting(client, form_page, clock):
    client.post("/report/", report_data())
    clock.advance(minutes=9, seconds=59)
    reference, key = thanks(client)
    assert reference and key
    assert thanks(client) == (reference, None), "the key is handed out once"
    clock.advance(seconds=2)
    assert thanks(client) == (None, None)
    assert SESSION_KEY not in client.session


def test_a_receipt_never_shown_expires_after_ten_minutes(client, form_page, clock):
    client.post("/report/", report_data())
    clock.advance(minutes=10, seconds=1)
    assert thanks(client) == (None, None)
    assert SESSION_KEY not in client.session
    assert "如果您刚刚提交过举报，它已经被记录" in client.get("/report/thanks/").content.decode()


def test_an_expired_or_tampered_receipt_is_dropped(clock):
    session = {}
    keep_receipt(session, RECEIPT)
    clock.advance(seconds=RECEIPT_TTL.total_seconds() + 1)
    assert take_receipt(session) is None
    assert session == {}

    keep_receipt(session, RECEIPT)
    session[SESSION_KEY] = session[SESSION_KEY][:-4] + "AAAA"
    assert take_receipt(session) is None
    assert session == {}
    session[SESSION_KEY] = {"reference": "from an older release", "status_key": "ABCD-EFGH-JKMN"}
    assert take_receipt(session) is None
    assert session == {}


def test_the_ten_minutes_count_from_submitting_not_from_the_first_view(clock):
    session = {}
    keep_receipt(session, RECEIPT)
    clock.advance(minutes=9)
    assert take_receipt(session)["status_key"] == RECEIPT["status_key"]
    clock.advance(minutes=1, seconds=1)
    assert take_receipt(session) is None


def test_a_receipt_sealed_just_before_a_secret_key_rotation_still_opens(settings, clock):
    session = {}
    keep_receipt(session, RECEIPT)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-" + "x" * 40
    assert take_receipt(session)["reference"] == RECEIPT["reference"]
