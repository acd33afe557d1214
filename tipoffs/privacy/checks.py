"""System checks for personal data: keys for encryption at rest, and the audit log's minimum retention.

``check --deploy`` fails without keys when debug is off (development derives them from the secret key);
a key that is set but malformed, or an audit-log retention under six months, fails every check.
"""

import binascii

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.checks import Error, Tags

from tipoffs.promises import AUDIT_LOG_MIN_DAYS


def check_data_keys_set(app_configs, **kwargs):
    """Deploy: both keys must come from the environment when debug is off."""
    if settings.DEBUG:
        return []
    errors = []
    if not [key for key in settings.TIPOFF_DATA_KEYS if key]:
        errors.append(
            Error(
                "TIPOFF_DATA_KEYS is not set: reporters' contact details and bank-card numbers cannot be "
                "encrypted at rest.",
                hint='Generate a key with: python -c "from cryptography.fernet import Fernet; '
                'print(Fernet.generate_key().decode())" and set TIPOFF_DATA_KEYS (see README).',
                id="tipoffs.E001",
            )
        )
    if not settings.TIPOFF_LOOKUP_KEY:
        errors.append(
            Error(
                "TIPOFF_LOOKUP_KEY is not set: encrypted contacts cannot be looked up.",
                hint="Set TIPOFF_LOOKUP_KEY to a long random string and never change it (see README).",
                id="tipoffs.E002",
            )
        )
    return errors


def check_data_keys_valid(app_configs, **kwargs):
    errors = []
    for position, key in enumerate(settings.TIPOFF_DATA_KEYS, start=1):
        try:
            Fernet(key)
        except (ValueError, binascii.Error):
            errors.append(
                Error(
                    f"Key {position} of TIPOFF_DATA_KEYS is not a Fernet key "
                    "(32 url-safe base64-encoded bytes).",
                    id="tipoffs.E003",
                )
            )
    return errors


def check_audit_log_retention(app_configs, **kwargs):
    days = settings.TIPOFF_RETENTION_DAYS.get("audit_log", 0)
    if days < AUDIT_LOG_MIN_DAYS:
        return [
            Error(
                f'TIPOFF_RETENTION_DAYS["audit_log"] is {days} days; audit logs must be kept at least '
                f"{AUDIT_LOG_MIN_DAYS} days (等保). The purge keeps them that long regardless.",
                id="tipoffs.E004",
            )
        ]
    return []


def register():
    from django.core.checks import register as register_check

    register_check(check_data_keys_set, Tags.security, deploy=True)
    register_check(check_data_keys_valid, Tags.security)
    register_check(check_audit_log_retention, Tags.security)
