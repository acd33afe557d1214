"""The one-time receipt that carries a report's reference and status key from the form to its thanks page.

It lives in the reporter's session, which Django keeps in the ``django_session`` table, so it is:
- sealed: encrypted and authenticated (Fernet) with a key derived from DJANGO_SECRET_KEY, so the
  table never holds the status key, or the reference, in clear;
- short-lived: refused, and dropped, once RECEIPT_TTL has passed since the report was submitted,
  whether or not the thanks page was ever loaded;
- shown once: taking it for the thanks page removes the status key; a reload within RECEIPT_TTL
  still shows the reference.
"""

import base64
import json
from datetime import timedelta

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.utils import timezone
from django.utils.crypto import salted_hmac

SESSION_KEY = "tipoff_receipt"
RECEIPT_TTL = timedelta(minutes=10)
_KEY_SALT = "tipoffs.intake.receipts"


def _sealer():
    # The current secret seals; previous ones (SECRET_KEY_FALLBACKS) still open receipts sealed
    # just before a key rotation.
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return MultiFernet(
        [
            Fernet(
                base64.urlsafe_b64encode(
                    salted_hmac(_KEY_SALT, "receipt", secret=s, algorithm="sha256").digest()
                )
            )
            for s in secrets
        ]
    )


def _now():
    return int(timezone.now().timestamp())


def _seal(receipt, sealed_at):
    return _sealer().encrypt_at_time(json.dumps(receipt).encode(), sealed_at).decode()


def keep_receipt(session, receipt):
    """Store ``receipt`` (a JSON-serialisable dict with ``reference`` and ``status_key``) sealed."""
    session[SESSION_KEY] = _seal(receipt, _now())


def take_receipt(session):
    """The receipt for the thanks page, or None when there is none or it has expired.

    A status key in the receipt is handed out this once: the session keeps the receipt without it,
    sealed at the original time so that the 10 minutes still count from the submission.
    """
    sealed = session.get(SESSION_KEY)
    if not isinstance(sealed, str):
        session.pop(SESSION_KEY, None)
        return None
    sealer = _sealer()
    try:
        receipt = json.loads(
            sealer.decrypt_at_time(sealed.encode(), int(RECEIPT_TTL.total_seconds()), _now())
        )
    except (InvalidToken, ValueError):
        del session[SESSION_KEY]
        return None
    if receipt.get("status_key"):
        session[SESSION_KEY] = _seal(
            {**receipt, "status_key": None}, sealer.extract_timestamp(sealed.encode())
        )
    return receipt
