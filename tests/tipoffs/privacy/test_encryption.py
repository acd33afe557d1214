"""Sensitive data at rest: reporters' and appellants' details and bank-card numbers are encrypted, found by a
keyed hash, decrypted only where needed; keys rotate; existing rows are migrated."""

import io

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.core.exceptions import FieldError, ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from tests.factories import make_appeal, make_contact, make_tipoff, make_user
from tipoffs.models import ContactAppeal, ContactStatus, SuspectContact, TipOff, TipOffContact
from tipoffs.privacy import crypto
from tipoffs.riskcheck.services import answer_for, record_check
from tipoffs.suspects.normalise import normalise_contact

pytestmark = pytest.mark.django_db
CARD = "6222021234567890128"
KEY_A = "dGVzdC1vbmx5LWRhdGEta2V5LW5vdC1hLXNlY3JldCE="  # the test settings' key
KEY_B = Fernet.generate_key().decode()


def stored(table, column, pk):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608 - test's own names
        return cursor.fetchone()[0]


def everything_stored():
    """Every value in every tip-off table, as stored."""
    text = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            if table.startswith("tipoffs_"):
                cursor.execute(f"SELECT * FROM {table}")  # noqa: S608
                text += [str(value) for row in cursor.fetchall() for value in row]
    return "\n".join(text)


def test_a_report_through_the_form_stores_no_card_number_or_reporter_contact_in_the_clear(client, form_page):
    import uuid

    data = {
        "form_token": str(uuid.uuid4()),
        "category": "unsure",
        "description": "有人让我把钱转到一张银行卡上，说是安全账户，我转了以后就联系不上了。",
        "reporter_name": "王女士",
        "reporter_contact": "139 0000 1234",
        "consent": "on",
        "contacts-TOTAL_FORMS": "1",
        "contacts-INITIAL_FORMS": "0",
        "contacts-MIN_NUM_FORMS": "0",
        "contacts-MAX_NUM_FORMS": "10",
        "contacts-0-kind": "bank_card",
        "contacts-0-value": "6222 0212 3456 7890 128",
    }
    assert client.post(form_page.url, data).status_code == 302
    tipoff = TipOff.objects.get()
    assert (tipoff.reporter_name, tipoff.reporter_contact) == ("王女士", "+8613900001234")
    at_rest = everything_stored()
    for secret in (CARD, "6222 0212 3456 7890 128", "+8613900001234", "王女士"):
        assert secret not in at_rest
    assert "622202*********0128" in at_rest  # the masked form is what is in the clear
    link = TipOffContact.objects.get()
    assert (link.raw_value, link.full_raw_value) == ("622202*********0128", "6222 0212 3456 7890 128")


def test_reporter_and_appellant_details_are_fernet_tokens_at_rest():
    tipoff = make_tipoff(reporter_name="王女士", reporter_contact="+8613900000000")
    token = stored("tipoffs_tipoff", "reporter_contact", tipoff.pk)
    assert token.startswith("gAAAA") and crypto.decrypt(token) == "+8613900000000"
    assert TipOff.objects.get().reporter_contact == "+8613900000000"
    anonymous = make_tipoff(contacts=())
    assert stored("tipoffs_tipoff", "reporter_contact", anonymous.pk) == ""  # emptiness stays queryable
    assert set(TipOff.objects.filter(reporter_contact="").values_list("pk", flat=True)) == {anonymous.pk}

    appeal = make_appeal(make_contact("qq", "12345678"))
    assert stored("tipoffs_contactappeal", "appellant_contact", appeal.pk).startswith("gAAAA")
    assert ContactAppeal.objects.get().appellant_contact == "a@example.com"


def test_encrypted_fields_refuse_comparisons_that_could_never_match():
    with pytest.raises(ValueError, match="encrypted"):
        list(TipOff.objects.filter(reporter_contact="+8613900000000"))
    with pytest.raises(FieldError):
        list(TipOff.objects.filter(reporter_contact__icontains="139"))


def test_a_card_is_one_contact_however_it_is_typed_found_by_its_digest():
    first = make_tipoff(contacts=(("bank_card", "6222 0212 3456 7890 128"),))
    make_tipoff(contacts=(("bank_card", "6222-0212-3456-7890-128"),))
    contact = SuspectContact.objects.get()
    assert contact.report_count == 2 and contact.value == "622202*********0128" and contact.full_value == CARD
    assert contact.value_digest == crypto.lookup_digest("bank_card", CARD)
    assert stored("tipoffs_suspectcontact", "value_encrypted", contact.pk).startswith("gAAAA")
    assert first.contacts.get() == contact
    assert SuspectContact.objects.matching("bank_card", CARD).get() == contact


def test_the_risk_check_finds_a_confirmed_card_and_counts_it_masked():
    make_contact("bank_card", CARD, status=ContactStatus.CONFIRMED)
    normalised = normalise_contact("bank_card", "6222 0212 3456 7890 128")
    assert answer_for(normalised, frozenset()).verdict == "confirmed"
    record_check(normalised)
    assert CARD not in everything_stored()


def test_the_team_finds_cards_by_number_and_sees_them_in_full_on_the_case_and_contact_pages(client):
    tipoff = make_tipoff(contacts=(("bank_card", CARD),))
    contact = SuspectContact.objects.get()
    client.force_login(make_user("team"))
    contacts = client.get(reverse("tipoffs_suspectcontact:index"), {"q": "6222 0212 3456 7890 128"})
    assert list(contacts.context["object_list"]) == [contact]
    cases = client.get(reverse("tipoffs_tipoff:index"), {"q": "6222-0212-3456-7890-128"})
    assert [t.pk for t in cases.context["object_list"]] == [tipoff.pk]
    assert CARD in client.get(reverse("tipoffs_tipoff:edit", args=[tipoff.pk])).content.decode()
    assert CARD in client.get(reverse("tipoffs_suspectcontact:edit", args=[contact.pk])).content.decode()
    listing = client.get(reverse("tipoffs_suspectcontact:index")).content.decode()
    assert CARD not in listing and "622202*********0128" in listing


def test_development_derives_keys_and_production_refuses_to_run_without_them(settings):
    settings.TIPOFF_DATA_KEYS, settings.TIPOFF_LOOKUP_KEY = [], ""
    settings.DEBUG = True
    token = crypto.encrypt("+8613900000000")
    assert crypto.decrypt(token) == "+8613900000000" and crypto.lookup_digest("phone", "x")
    settings.SECRET_KEY = "another-development-secret"
    with pytest.raises(InvalidToken):
        crypto.decrypt(token)  # the derived key follows the secret key
    settings.DEBUG = False
    with pytest.raises(ImproperlyConfigured, match="TIPOFF_DATA_KEYS"):
        crypto.encrypt("x")
    with pytest.raises(ImproperlyConfigured, match="TIPOFF_LOOKUP_KEY"):
        crypto.lookup_digest("phone", "x")


def test_a_value_under_an_unknown_key_fails_loudly_rather_than_showing_garbage(settings):
    tipoff = make_tipoff(reporter_contact="+8613900000000")
    settings.TIPOFF_DATA_KEYS = [KEY_B]
    with pytest.raises(InvalidToken):
        TipOff.objects.get(pk=tipoff.pk)


def test_rotating_keys_re_encrypts_in_batches_without_touching_the_watchlist(settings):
    tipoff = make_tipoff(
        contacts=(("bank_card", CARD),), reporter_name="王女士", reporter_contact="+8613900000000"
    )
    make_appeal(SuspectContact.objects.get())
    updated_at = SuspectContact.objects.get().updated_at
    settings.TIPOFF_DATA_KEYS = [KEY_B, KEY_A]

    with pytest.raises(CommandError, match="还有 6 个值使用旧密钥"):
        call_command("rotate_data_keys", "--check", stdout=io.StringIO())
    out = io.StringIO()
    call_command("rotate_data_keys", "--batch-size", "1", stdout=out)
    assert "重新加密 6 个值" in out.getvalue()
    call_command("rotate_data_keys", "--check", stdout=io.StringIO())  # nothing left under the old key

    settings.TIPOFF_DATA_KEYS = [KEY_B]  # the old key is gone
    tipoff.refresh_from_db()
    assert (tipoff.reporter_name, tipoff.reporter_contact) == ("王女士", "+8613900000000")
    contact = SuspectContact.objects.get()
    assert contact.full_value == CARD and contact.updated_at == updated_at
    assert TipOffContact.objects.get().full_raw_value == CARD
    assert ContactAppeal.objects.get().appellant_contact == "a@example.com"
    second = io.StringIO()
    call_command("rotate_data_keys", stdout=second)
    assert "重新加密 0 个值" in second.getvalue()


@pytest.mark.django_db(transaction=True)
def test_the_migration_encrypts_existing_rows_and_holds_referred_cases(settings):
    executor = MigrationExecutor(connection)
    executor.migrate([("tipoffs", "0004_risk_check")])
    old = executor.loader.project_state([("tipoffs", "0004_risk_check")]).apps
    OldTipOff = old.get_model("tipoffs", "TipOff")
    OldContact = old.get_model("tipoffs", "SuspectContact")
    now = "2026-01-01T00:00:00+08:00"
    tipoff = OldTipOff.objects.create(
        reference="JB-20260101-AAAA",
        status_key_hash="x",
        description="有人冒充客服让我转账到银行卡。",
        reporter_name="王女士",
        reporter_contact="+8613900000000",
        consent_given_at=now,
        status="closed",
        outcome="referred",
        closed_at=now,
    )
    card = OldContact.objects.create(kind="bank_card", value=CARD, status="confirmed", status_changed_at=now)
    old.get_model("tipoffs", "TipOffContact").objects.create(tipoff=tipoff, contact=card, raw_value=CARD)
    old.get_model("tipoffs", "RiskCheckCount").objects.create(kind="bank_card", value=CARD, hour=now, count=2)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert CARD not in everything_stored() and "+8613900000000" not in everything_stored()
    migrated = TipOff.objects.get()
    assert migrated.reporter_contact == "+8613900000000" and migrated.on_hold
    contact = SuspectContact.objects.get()
    assert contact.full_value == CARD and contact.value == "622202*********0128"
    assert SuspectContact.objects.matching("bank_card", CARD).exists()
    assert contact.review_due_at.date().isoformat() == "2026-06-29"  # 180 days after 2026-01-01 (+08:00)
