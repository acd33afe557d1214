"""Test settings: the real settings with a fast password hasher and fixed encryption keys.

PBKDF2 costs about 0.4 s a hash on purpose; tests create many users and would spend minutes on it. The test
runner turns DEBUG off, so the data keys must be set here as they are in production.
"""

from settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

TIPOFF_DATA_KEYS = ["dGVzdC1vbmx5LWRhdGEta2V5LW5vdC1hLXNlY3JldCE="]  # base64 of 32 bytes, tests only
TIPOFF_LOOKUP_KEY = "test-only-lookup-key"  # noqa: S105 - tests only
