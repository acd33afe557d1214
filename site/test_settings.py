"""Test settings: the real settings with a fast password hasher, two-factor login not required.

PBKDF2 costs about 0.4 s a hash on purpose; tests create many users and would spend minutes on it.
Tests of admin pages sign in with force_login; the two-factor tests (tests/common/twofactor/) turn
ADMIN_2FA_REQUIRED on themselves, and one of them checks every admin URL with it on.
"""

from settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ADMIN_2FA_REQUIRED = False

# Tests that exercise the page cache turn it on themselves (tests/page_cache_support.py).
PAGE_CACHE_ENABLED = False
