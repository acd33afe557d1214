"""Test settings: the real settings with a fast password hasher.

PBKDF2 costs about 0.4 s a hash on purpose; tests create many users and would spend minutes on it.
"""

from settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Tests that exercise the page cache turn it on themselves (tests/page_cache_support.py).
PAGE_CACHE_ENABLED = False
