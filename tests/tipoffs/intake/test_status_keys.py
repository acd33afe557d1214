"""Status keys are stored as a keyed HMAC; keys from before the switch keep working and are upgraded."""

import pytest
from django.contrib.auth.hashers import make_password

from tests.factories import make_tipoff
from tipoffs.models import TipOff, hash_status_key, verify_status_key
from tipoffs.models import tipoff as tipoff_module

pytestmark = pytest.mark.django_db
KEY = "ABCD-EFGH-JKMN"


def test_a_key_is_stored_as_hmac_and_verifies_in_any_spelling(settings):
    stored = hash_status_key(KEY)
    assert stored.startswith("hmac-sha256$") and KEY not in stored
    tipoff = make_tipoff(contacts=(), status_key_hash=stored)
    assert verify_status_key(tipoff, "abcd efgh jkmn")
    assert not verify_status_key(tipoff, "ABCD-EFGH-JKMP")


def test_the_hmac_depends_on_the_server_secret(settings):
    settings.TIPOFF_STATUS_KEY_SECRET = "one"
    first = hash_status_key(KEY)
    settings.TIPOFF_STATUS_KEY_SECRET = "two"
    assert hash_status_key(KEY) != first


def test_a_legacy_pbkdf2_key_still_verifies_and_is_upgraded(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    tipoff = make_tipoff(contacts=(), status_key_hash=make_password(KEY))
    assert not verify_status_key(tipoff, "ABCD-EFGH-JKMP")
    assert TipOff.objects.get().status_key_hash.startswith("pbkdf2_")
    assert verify_status_key(tipoff, KEY)
    assert TipOff.objects.get().status_key_hash == hash_status_key(KEY)


@pytest.fixture
def password_checks(monkeypatch):
    calls = []
    real = tipoff_module.check_password

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(tipoff_module, "check_password", counting)
    return calls


def test_while_legacy_hashes_remain_every_lookup_does_the_same_work(settings, password_checks):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    make_tipoff(contacts=(), status_key_hash=make_password("ZZZZ-ZZZZ-ZZZZ"))
    current = make_tipoff(contacts=(), status_key_hash=hash_status_key(KEY))
    verify_status_key(current, KEY)  # right key
    verify_status_key(current, "ABCD-EFGH-JKMP")  # wrong key
    verify_status_key(None, KEY)  # unknown reference
    assert len(password_checks) == 3


def test_without_legacy_hashes_no_slow_hash_is_computed(password_checks):
    current = make_tipoff(contacts=(), status_key_hash=hash_status_key(KEY))
    assert verify_status_key(current, KEY)
    assert not verify_status_key(None, KEY)
    assert password_checks == []
