"""The interception system's watchlist endpoint: bearer tokens only, confirmed contacts, cursor pages."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from tests.factories import make_contact, make_user
from tipoffs.models import ApiToken, ContactStatus, SuspectContact

pytestmark = pytest.mark.django_db

CARD = "6222021234567890123"
URL = "/api/watchlist/"


@pytest.fixture
def issuer():
    return make_user("superuser")


@pytest.fixture
def issued(issuer):
    return ApiToken.issue("拦截系统", issuer)


@pytest.fixture
def raw_key(issued):
    return issued[1]


def get(client, raw_key, params=None, **headers):
    if raw_key is not None:
        headers.setdefault("HTTP_AUTHORIZATION", f"Bearer {raw_key}")
    return client.get(URL, params or {}, **headers)


def confirmed(raw, kind="phone", **fields):
    return make_contact(kind, raw, status=ContactStatus.CONFIRMED, **fields)


def test_valid_token_lists_only_confirmed_contacts_with_full_values(client, issued, raw_key):
    token = issued[0]
    confirmed(CARD, kind="bank_card")
    confirmed("Scam_Agent01", kind="wechat")
    make_contact("qq", "12345678")
    make_contact("phone", "13900139000", status=ContactStatus.CLEARED)
    response = get(client, raw_key)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    body = response.json()
    assert {row["value"] for row in body["results"]} == {CARD, "scam_agent01"}
    assert body["next"] is None
    row = body["results"][0]
    assert set(row) == {
        "listed",
        "kind",
        "value",
        "platform",
        "report_count",
        "first_reported_at",
        "last_reported_at",
        "status_changed_at",
        "updated_at",
    }
    token.refresh_from_db()
    assert token.last_used_at is not None


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "Bearer",
        "Bearer ",
        "Bearer not-a-real-token",
        "Token {key}",
        "Basic {key}",
        "Bearer {key} extra",
        "{key}",
    ],
)
def test_missing_or_malformed_token_is_401(client, raw_key, header):
    confirmed("13800138000")
    headers = {} if header is None else {"HTTP_AUTHORIZATION": header.format(key=raw_key)}
    response = client.get(URL, **headers)
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_token"
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response["Cache-Control"] == "no-store"


def test_query_string_token_is_not_accepted(client, raw_key):
    for name in ("token", "access_token", "key"):
        assert client.get(URL, {name: raw_key}).status_code == 401


def test_revoked_token_is_401(client, issued, raw_key):
    token = issued[0]
    token.revoked_at = timezone.now()
    token.save()
    assert get(client, raw_key).status_code == 401
    token.refresh_from_db()
    assert token.last_used_at is None


@pytest.mark.parametrize("change", ["deactivate", "demote"])
def test_a_token_stops_working_when_its_issuer_leaves_office(client, issuer, raw_key, change):
    confirmed("13800138000")
    assert get(client, raw_key).status_code == 200
    if change == "deactivate":
        issuer.is_active = False
    else:
        issuer.is_superuser = False
    issuer.save()
    assert get(client, raw_key).status_code == 401


def test_deleting_the_issuer_revokes_the_token_for_the_record(client, issued, issuer, raw_key):
    confirmed("13800138000")
    issuer.delete()
    assert get(client, raw_key).status_code == 401
    token = ApiToken.objects.get(pk=issued[0].pk)
    assert token.revoked_at is not None and token.created_by is None
    entry = ModelLogEntry.objects.get(action="tipoffs.token_revoke", object_id=str(token.pk))
    assert entry.data == {"reason": "issuer_deleted"}


def test_a_session_is_not_enough(client):
    client.force_login(make_user("superuser"))
    assert client.get(URL).status_code == 401


def test_get_only(client, raw_key):
    response = client.post(URL, HTTP_AUTHORIZATION=f"Bearer {raw_key}")
    assert response.status_code == 405


def test_pagination_with_cursor_visits_every_row_once(client, raw_key):
    values = []
    for n in range(7):
        values.append(confirmed(f"1234567{n}", kind="qq").value)
    # Same updated_at for several rows: the id breaks the tie.
    SuspectContact.objects.filter(value__in=values[2:5]).update(updated_at=timezone.now())
    seen = []
    response = get(client, raw_key, {"page_size": 3})
    pages = 0
    while True:
        assert response.status_code == 200
        body = response.json()
        pages += 1
        seen += [row["value"] for row in body["results"]]
        assert len(body["results"]) <= 3
        if not body["next"]:
            break
        assert "page_size=3" in body["next"] and "token" not in body["next"]
        response = client.get(body["next"], HTTP_AUTHORIZATION=f"Bearer {raw_key}")
    assert pages == 3
    assert sorted(seen) == sorted(values)
    assert len(seen) == len(set(seen))
    ordered = list(
        SuspectContact.objects.filter(status=ContactStatus.CONFIRMED)
        .order_by("updated_at", "pk")
        .values_list("value", flat=True)
    )
    assert seen == ordered


@pytest.mark.parametrize("page_size", ["0", "501", "abc", "-1", "1.5", "²", "³", "¹", "١٠", "１０"])
def test_bad_page_size_is_400(client, raw_key, page_size):
    response = get(client, raw_key, {"page_size": page_size})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_page_size"


def test_page_size_500_is_allowed(client, raw_key):
    assert get(client, raw_key, {"page_size": "500"}).status_code == 200


@pytest.mark.parametrize("cursor", ["garbage", "eyJ4Ijog", "W10", "WyJ4IiwgMV0"])
def test_bad_cursor_is_400(client, raw_key, cursor):
    response = get(client, raw_key, {"cursor": cursor})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_cursor"


def test_updated_since_filters(client, raw_key):
    old = confirmed("13800138000")
    new = confirmed("13900139000")
    long_ago = timezone.now() - datetime.timedelta(days=10)
    SuspectContact.objects.filter(pk=old.pk).update(updated_at=long_ago)
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    body = get(client, raw_key, {"updated_since": since}).json()
    assert [row["value"] for row in body["results"]] == [new.value]
    # A date alone, and a naive date-time (site time zone), are understood too.
    day = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    assert [r["value"] for r in get(client, raw_key, {"updated_since": day}).json()["results"]] == [new.value]
    naive = (timezone.localtime() - datetime.timedelta(days=20)).replace(tzinfo=None).isoformat()
    assert len(get(client, raw_key, {"updated_since": naive}).json()["results"]) == 2


def test_incremental_sync_reports_delisted_contacts(client, raw_key):
    from tipoffs.suspects.services import change_contact_status

    before = (timezone.now() - datetime.timedelta(minutes=1)).isoformat()
    listed = confirmed("13800138000")
    delisted = confirmed("13900139000")
    make_contact("qq", "12345678")  # reported, never decided: not the interception system's business
    change_contact_status(delisted, ContactStatus.CLEARED, None)
    body = get(client, raw_key, {"updated_since": before}).json()
    assert {(row["value"], row["listed"]) for row in body["results"]} == {
        (listed.value, True),
        (delisted.value, False),
    }
    full = get(client, raw_key).json()
    assert [(row["value"], row["listed"]) for row in full["results"]] == [(listed.value, True)]


def test_updated_since_is_kept_in_the_next_link(client, raw_key):
    for n in range(3):
        confirmed(f"1234567{n}", kind="qq")
    since = "2000-01-01T00:00:00+08:00"
    body = get(client, raw_key, {"updated_since": since, "page_size": 2}).json()
    assert "updated_since=2000-01-01T00%3A00%3A00%2B08%3A00" in body["next"]


@pytest.mark.parametrize(
    "value",
    [
        "yesterday",
        "2026-13-01",
        "2026-11-24T25:00",
        "1700000000",
        "0001-01-01T00:00:00+23:59",
        "9999-12-31T23:59:59-23:59",
    ],
)
def test_invalid_updated_since_is_400(client, raw_key, value):
    response = get(client, raw_key, {"updated_since": value})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_updated_since"


def test_query_count_is_constant(client, raw_key, django_assert_max_num_queries):
    for n in range(20):
        confirmed(f"1234567{n}", kind="qq")
    with django_assert_max_num_queries(3):
        assert get(client, raw_key, {"page_size": 10}).status_code == 200
