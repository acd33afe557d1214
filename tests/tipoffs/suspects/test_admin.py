"""Suspect contacts and API tokens in the admin: who sees what, status changes, official channels, export."""

import csv
import io
import json
from unittest import mock

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests.factories import make_contact, make_tipoff, make_user, set_official_channels
from tipoffs.models import ApiToken, ContactStatus, SuspectContact, TipOff, hash_api_token
from tipoffs.suspects.official import is_official, official_contact_keys

pytestmark = pytest.mark.django_db

CARD = "6222021234567890123"


@pytest.fixture
def contact(category):
    tipoff = make_tipoff(contacts=(), category=category)
    return make_contact("phone", "138 0013 8000", tipoffs=[tipoff])


@pytest.fixture
def token():
    return ApiToken.issue("拦截系统（测试）", make_user("superuser"))[0]


def login(client, role):
    user = make_user(role)
    client.force_login(user)
    return user


def contact_urls(contact, token):
    return [
        ("get", reverse("tipoffs_suspectcontact:index")),
        ("get", reverse("tipoffs_suspectcontact:index_results")),
        ("get", reverse("tipoffs_suspectcontact:index") + "?export=csv"),
        ("get", reverse("tipoffs_suspectcontact:index") + "?status=confirmed&export=xlsx"),
        ("get", reverse("tipoffs_suspectcontact:edit", args=(contact.pk,))),
        ("post", reverse("tipoffs_suspectcontact:edit", args=(contact.pk,))),
        ("get", reverse("tipoffs_suspectcontact:history", args=(contact.pk,))),
        ("get", reverse("tipoffs_suspectcontact:history_results", args=(contact.pk,))),
    ]


def token_urls(token):
    return [
        ("get", reverse("tipoffs_apitoken:index")),
        ("get", reverse("tipoffs_apitoken:index_results")),
        ("get", reverse("tipoffs_apitoken:add")),
        ("post", reverse("tipoffs_apitoken:add")),
        ("get", reverse("tipoffs_apitoken:revoke", args=(token.pk,))),
        ("post", reverse("tipoffs_apitoken:revoke", args=(token.pk,))),
    ]


# --------------------------------------------------------------------------------------------------------
# Permissions


def test_anonymous_is_sent_to_the_admin_login(client, contact, token):
    for method, url in contact_urls(contact, token) + token_urls(token):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_get_403_everywhere(client, contact, token, role):
    login(client, role)
    for method, url in contact_urls(contact, token) + token_urls(token):
        response = getattr(client, method)(url, {"status": "confirmed", "current_status": "pending"})
        assert response.status_code == 403, url
    contact.refresh_from_db()
    assert contact.status == ContactStatus.PENDING
    assert ApiToken.objects.count() == 1 and token.is_active


def test_team_may_see_change_and_export_contacts_but_not_tokens(client, contact, token):
    login(client, "team")
    for method, url in contact_urls(contact, token):
        if method == "get":
            assert client.get(url).status_code == 200, url
    for method, url in token_urls(token):
        assert getattr(client, method)(url, {"name": "x"}).status_code == 403, url
    token.refresh_from_db()
    assert token.is_active and ApiToken.objects.count() == 1


def test_view_only_member_cannot_change_status_or_export(client, contact, token):
    from django.contrib.auth.models import Permission

    user = make_user("plain")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_suspectcontact"),
    )
    client.force_login(user)
    detail = reverse("tipoffs_suspectcontact:edit", args=(contact.pk,))
    page = client.get(detail)
    assert page.status_code == 200
    assert "更改核实状态" not in page.content.decode()
    assert client.post(detail, {"status": "confirmed", "current_status": "pending"}).status_code == 403
    assert client.get(reverse("tipoffs_suspectcontact:index") + "?export=csv").status_code == 403
    listing = client.get(reverse("tipoffs_suspectcontact:index")).content.decode()
    assert "导出黑产名单" not in listing


def test_menu_items_follow_permissions(client):
    def menu(role):
        login(client, role)
        return client.get("/admin/").content.decode()

    contacts, tokens = json.dumps("可疑联系人")[1:-1], json.dumps("接口令牌")[1:-1]
    superuser = menu("superuser")
    assert contacts in superuser and tokens in superuser
    team = menu("team")
    assert contacts in team and tokens not in team
    editor = menu("editor")
    assert contacts not in editor and tokens not in editor


def test_superuser_manages_tokens(client, token):
    login(client, "superuser")
    assert client.get(reverse("tipoffs_apitoken:index")).status_code == 200
    assert client.get(reverse("tipoffs_apitoken:add")).status_code == 200


def test_contacts_have_no_add_or_delete(client, contact):
    login(client, "superuser")
    index = reverse("tipoffs_suspectcontact:index")
    assert client.get(index + "new/").status_code == 404
    assert client.get(index + f"delete/{contact.pk}/").status_code == 404


# --------------------------------------------------------------------------------------------------------
# List, search, filters, detail


def test_list_shows_contacts_with_categories_and_masked_cards(client, category):
    login(client, "team")
    tipoff = make_tipoff(contacts=(), category=category)
    make_contact("bank_card", CARD, tipoffs=[tipoff])
    make_contact("wechat", "Scam_Agent01", tipoffs=[tipoff])
    html = client.get(reverse("tipoffs_suspectcontact:index")).content.decode()
    assert "scam_agent01" in html
    assert "622202*********0123" in html
    assert CARD not in html
    assert category.name in html


def test_search_normalises_phone_numbers(client):
    login(client, "team")
    make_contact("phone", "+86 138 0013 8000")
    make_contact("phone", "13900139000")
    html = client.get(reverse("tipoffs_suspectcontact:index"), {"q": "138 0013 8000"}).content.decode()
    assert "+8613800138000" in html
    assert "+8613900139000" not in html
    html = client.get(reverse("tipoffs_suspectcontact:index"), {"q": "0013"}).content.decode()
    assert "+8613800138000" in html


def test_search_finds_social_accounts_typed_with_an_at_sign(client):
    login(client, "team")
    make_contact("social", "@FreeLoanHelp", platform="douyin")
    make_contact("social", "other_account", platform="kuaishou")
    html = client.get(reverse("tipoffs_suspectcontact:index"), {"q": "@freeloanhelp"}).content.decode()
    assert "douyin:freeloanhelp" in html and "other_account" not in html


def test_filters_by_kind_status_and_report_count(client):
    login(client, "team")
    make_contact("phone", "13800138000", report_count=5, status=ContactStatus.CONFIRMED)
    make_contact("phone", "13900139000", report_count=1)
    make_contact("qq", "12345678", report_count=7)
    url = reverse("tipoffs_suspectcontact:index")
    html = client.get(url, {"kind": "phone", "min_reports": 2}).content.decode()
    assert "+8613800138000" in html and "+8613900139000" not in html and "12345678" not in html
    html = client.get(url, {"status": "pending"}).content.decode()
    assert "+8613800138000" not in html and "+8613900139000" in html and "12345678" in html


def test_list_query_count_is_bounded(client, django_assert_max_num_queries, category, paid_agent_category):
    login(client, "team")
    url = reverse("tipoffs_suspectcontact:index")
    for n in range(3):
        make_contact("qq", f"1234567{n}", tipoffs=[make_tipoff(contacts=(), category=category)])
    client.get(url)  # warm caches (site settings, content types)
    with django_assert_max_num_queries(20) as few:
        assert client.get(url).status_code == 200
    for n in range(30):
        tipoffs = [
            make_tipoff(contacts=(), category=category),
            make_tipoff(contacts=(), category=paid_agent_category),
        ]
        make_contact("qq", f"2234567{n}", tipoffs=tipoffs)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200


def test_list_reads_categories_without_loading_the_tipoffs(client, category, paid_agent_category):
    """A number reported hundreds of times must not load hundreds of tip-offs to show two category names."""
    login(client, "team")
    tipoffs = [make_tipoff(contacts=(), category=category) for _ in range(12)]
    tipoffs.append(make_tipoff(contacts=(), category=paid_agent_category))
    tipoffs.append(make_tipoff(contacts=()))  # no category: adds nothing
    make_contact("qq", "12345678", tipoffs=tipoffs)
    make_contact("qq", "87654321")  # never categorised
    built = []
    real_from_db = TipOff.from_db.__func__

    def counting_from_db(cls, *args):
        built.append(args)
        return real_from_db(cls, *args)

    with mock.patch.object(TipOff, "from_db", classmethod(counting_from_db)):
        response = client.get(reverse("tipoffs_suspectcontact:index"))
    html = response.content.decode()
    assert built == []
    expected = "、".join(sorted([category.name, paid_agent_category.name]))
    assert html.count(expected) == 1
    assert "—" in html  # the uncategorised contact


def test_detail_shows_linked_tipoffs_and_full_card_to_the_team(client, category):
    login(client, "team")
    tipoff = make_tipoff(contacts=(), category=category)
    card = make_contact("bank_card", CARD, tipoffs=[tipoff])
    html = client.get(reverse("tipoffs_suspectcontact:edit", args=(card.pk,))).content.decode()
    assert CARD in html
    assert tipoff.reference in html
    assert category.name in html


def test_status_change_records_who_when_and_audit_log(client, contact):
    user = login(client, "team")
    url = reverse("tipoffs_suspectcontact:edit", args=(contact.pk,))
    response = client.post(url, {"status": "confirmed", "current_status": "pending"})
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.status == ContactStatus.CONFIRMED
    assert contact.status_changed_by == user
    assert contact.status_changed_at is not None
    entry = ModelLogEntry.objects.get(action="tipoffs.contact_status")
    assert entry.user == user and entry.object_id == str(contact.pk)
    assert entry.data["from"] == "pending" and entry.data["to"] == "confirmed"
    history = client.get(reverse("tipoffs_suspectcontact:history", args=(contact.pk,)))
    assert "更改了可疑联系人的核实状态" in history.content.decode()
    page = client.get(url).content.decode()
    assert user.get_username() in page


def test_stale_status_change_is_refused(client, contact):
    login(client, "team")
    url = reverse("tipoffs_suspectcontact:edit", args=(contact.pk,))
    client.post(url, {"status": "cleared", "current_status": "pending"})
    response = client.post(url, {"status": "confirmed", "current_status": "pending"}, follow=True)
    assert "刚被其他同事修改过" in response.content.decode()
    contact.refresh_from_db()
    assert contact.status == ContactStatus.CLEARED
    assert ModelLogEntry.objects.filter(action="tipoffs.contact_status").count() == 1


def test_invalid_status_is_rejected(client, contact):
    login(client, "team")
    url = reverse("tipoffs_suspectcontact:edit", args=(contact.pk,))
    assert client.post(url, {"status": "evil", "current_status": "pending"}).status_code == 400
    contact.refresh_from_db()
    assert contact.status == ContactStatus.PENDING


# --------------------------------------------------------------------------------------------------------
# Official channels


def test_official_keys_are_normalised_from_settings(rf):
    set_official_channels(
        "400-000-0000", [("website", "https://www.Example-Bank.com/help"), ("wechat", "ExampleBank")]
    )
    keys = official_contact_keys(rf.get("/"))
    assert ("phone", "+864000000000") in keys
    assert ("url", "example-bank.com") in keys
    assert ("wechat", "examplebank") in keys


def test_official_keys_are_cached_per_request_only(rf, django_assert_num_queries):
    set_official_channels("400-000-0000")
    request = rf.get("/")
    first = official_contact_keys(request)
    with django_assert_num_queries(0):
        assert official_contact_keys(request) is first
    set_official_channels("95588")
    assert ("phone", "95588") in official_contact_keys(rf.get("/"))
    assert ("phone", "95588") not in first


def test_official_marking_follows_a_settings_change(client):
    login(client, "team")
    ours = make_contact("phone", "4000000000")
    index = reverse("tipoffs_suspectcontact:index")
    detail = reverse("tipoffs_suspectcontact:edit", args=(ours.pk,))
    assert "我司官方渠道" not in client.get(index).content.decode()
    set_official_channels("400-000-0000")
    assert "我司官方渠道" in client.get(index).content.decode()
    assert "我司官方渠道" in client.get(detail).content.decode()
    assert is_official(ours, official_contact_keys())
    set_official_channels("95588")
    assert "我司官方渠道" not in client.get(detail).content.decode()


def test_our_official_number_cannot_be_confirmed(client):
    login(client, "team")
    set_official_channels("400-000-0000")
    ours = make_contact("phone", "400 000 0000")
    detail = reverse("tipoffs_suspectcontact:edit", args=(ours.pk,))
    response = client.post(detail, {"status": "confirmed", "current_status": "pending"}, follow=True)
    assert "不能确认为黑灰产" in response.content.decode()
    ours.refresh_from_db()
    assert ours.status == ContactStatus.PENDING
    client.post(detail, {"status": "cleared", "current_status": "pending"})
    ours.refresh_from_db()
    assert ours.status == ContactStatus.CLEARED


# --------------------------------------------------------------------------------------------------------
# Export


def read_csv(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


def test_watchlist_export(client, category):
    user = login(client, "team")
    set_official_channels("400-000-0000")
    tipoff = make_tipoff(contacts=(), category=category)
    make_contact("bank_card", CARD, tipoffs=[tipoff], status=ContactStatus.CONFIRMED)
    make_contact("name", '=HYPERLINK("http://evil")', status=ContactStatus.CONFIRMED)
    make_contact("phone", "4000000000", status=ContactStatus.CONFIRMED)
    make_contact("qq", "12345678")  # pending: not on the watchlist
    url = reverse("tipoffs_suspectcontact:index")
    response = client.get(url, {"status": "confirmed", "export": "csv"})
    assert response.status_code == 200
    rows = read_csv(response)
    header, data = rows[0], rows[1:]
    assert header[:4] == ["类型", "号码/账号", "平台", "核实状态"]
    assert len(data) == 3
    by_kind = {row[0]: row for row in data}
    card_row = by_kind["银行卡号 / 银行账户"]
    assert card_row[1] == "622202*********0123"
    assert CARD not in "".join(",".join(r) for r in rows)
    assert card_row[3] == "确认为黑灰产"
    assert by_kind["个人或公司名称"][1].startswith("'=")
    assert by_kind["电话号码（手机、座机、400/95 客服号）"][-1] == "是"
    entry = ModelLogEntry.objects.get(action="tipoffs.contact_export")
    assert entry.user == user
    assert entry.data["rows"] == 3 and entry.data["filters"] == {"status": "confirmed"}


def test_export_button_only_for_exporters(client):
    login(client, "team")
    assert "导出黑产名单" in client.get(reverse("tipoffs_suspectcontact:index")).content.decode()


# --------------------------------------------------------------------------------------------------------
# API tokens


def test_issue_shows_the_key_once_and_audits(client):
    user = login(client, "superuser")
    response = client.post(reverse("tipoffs_apitoken:add"), {"name": "拦截系统（生产）"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    token = ApiToken.objects.get()
    raw = response.context["raw_key"]
    assert raw in response.content.decode()
    assert token.key_hash == hash_api_token(raw) and token.created_by == user
    assert ApiToken.authenticate(raw) == token
    listing = client.get(reverse("tipoffs_apitoken:index")).content.decode()
    assert raw not in listing and token.prefix in listing
    assert ModelLogEntry.objects.filter(action="tipoffs.token_issue", user=user).count() == 1


def test_issue_requires_a_name(client):
    login(client, "superuser")
    response = client.post(reverse("tipoffs_apitoken:add"), {"name": ""})
    assert response.status_code == 200
    assert not ApiToken.objects.exists()


def test_revoke_sets_revoked_at_and_audits(client):
    user = login(client, "superuser")
    token, raw = ApiToken.issue("拦截系统", user)
    url = reverse("tipoffs_apitoken:revoke", args=(token.pk,))
    assert "确定吊销" in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert ApiToken.authenticate(raw) is None
    client.post(url)
    assert ModelLogEntry.objects.filter(action="tipoffs.token_revoke", user=user).count() == 1
    assert SuspectContact.objects.count() == 0
