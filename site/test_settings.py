"""Test settings: the real settings with a fast password hasher, fixed encryption keys, two-factor
login not required.

PBKDF2 costs about 0.4 s a hash on purpose; tests create many users and would spend minutes on it. The test
runner turns DEBUG off, so the data keys must be set here as they are in production. Tests of admin pages sign
in with force_login; the two-factor tests (tests/common/twofactor/) turn ADMIN_2FA_REQUIRED on themselves,
and one of them checks every admin URL with it on.
"""

from settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ADMIN_2FA_REQUIRED = False

# Tests that exercise the page cache turn it on themselves (tests/page_cache_support.py).
PAGE_CACHE_ENABLED = False

TIPOFF_DATA_KEYS = ["dGVzdC1vbmx5LWRhdGEta2V5LW5vdC1hLXNlY3JldCE="]  # base64 of 32 bytes, tests only
TIPOFF_LOOKUP_KEY = "test-only-lookup-key"  # noqa: S105 - tests only

# Most tests publish pages without looking at their share cards; drawing one costs a few hundred ms.
# tests/education/sharecards/ turn it back on.
SHARE_CARD_DRAW_ON_PUBLISH = False
