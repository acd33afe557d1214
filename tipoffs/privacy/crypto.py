"""Encryption at rest for sensitive personal data (个人信息保护法 §28–§29), and keyed hashes to find it.

Values are encrypted with Fernet (AES-128-CBC + HMAC-SHA256, from ``cryptography``) under
``settings.TIPOFF_DATA_KEYS``: the first key encrypts, every key decrypts (``MultiFernet``), so a new key can
be put in front while ``manage.py rotate_data_keys`` re-encrypts the old rows. Fernet tokens are random, so
an encrypted column cannot be searched or made unique: a keyed hash (HMAC-SHA256 under
``settings.TIPOFF_LOOKUP_KEY``) of the kind and canonical value does that instead. The lookup key is not
rotated with the data keys, or every stored hash would have to change at once.

With debug on and no keys set, both are derived from the secret key so development needs no setup; with
debug off a missing key is refused (here at first use, and by ``check --deploy`` before that).
"""

import base64
import functools
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

__all__ = ["InvalidToken", "decrypt", "encrypt", "lookup_digest", "needs_rotation", "rotate"]


def _derived(label):
    return hashlib.sha256(f"{label}:{settings.SECRET_KEY}".encode()).digest()


def data_keys():
    """The configured Fernet keys, newest first; a derived key in development."""
    keys = [key for key in settings.TIPOFF_DATA_KEYS if key]
    if keys:
        return tuple(keys)
    if settings.DEBUG:
        return (base64.urlsafe_b64encode(_derived("tipoffs-data-key")).decode(),)
    raise ImproperlyConfigured("TIPOFF_DATA_KEYS must be set when DJANGO_DEBUG is off.")


def lookup_key():
    if settings.TIPOFF_LOOKUP_KEY:
        return settings.TIPOFF_LOOKUP_KEY.encode()
    if settings.DEBUG:
        return _derived("tipoffs-lookup-key")
    raise ImproperlyConfigured("TIPOFF_LOOKUP_KEY must be set when DJANGO_DEBUG is off.")


@functools.lru_cache(maxsize=4)
def _fernets(keys):
    return MultiFernet([Fernet(key) for key in keys]), Fernet(keys[0])


def encrypt(text):
    """The Fernet token (text) of ``text`` under the newest key."""
    return _fernets(data_keys())[0].encrypt(text.encode()).decode()


def decrypt(token):
    """The text in ``token``; raises ``InvalidToken`` when no configured key opens it."""
    return _fernets(data_keys())[0].decrypt(token.encode()).decode()


def rotate(token):
    """``token`` re-encrypted under the newest key (same text)."""
    return _fernets(data_keys())[0].rotate(token.encode()).decode()


def needs_rotation(token):
    """True if the newest key cannot open ``token`` (it was encrypted under an older one)."""
    try:
        _fernets(data_keys())[1].decrypt(token.encode())
    except InvalidToken:
        return True
    return False


def lookup_digest(kind, value):
    """The keyed hash that finds ``value`` of contact ``kind`` without storing it in the clear."""
    message = f"{kind}\x1f{value}".encode()
    return hmac.new(lookup_key(), message, hashlib.sha256).hexdigest()
