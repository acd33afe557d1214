"""Constants and marks shared by the browser tests and their fixtures."""

from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
# Screenshots for people to look at; outside the repository on purpose.
SCREENSHOT_DIR = Path("/tmp/xbhh-browser-screenshots")

# Every browser test needs the live server to see the pages the test creates, hence transactional
# access; serialized_rollback restores what the migrations seeded (Wagtail's root page and default
# site, the scam categories) after the previous transactional test flushed the database.
browser_db = pytest.mark.django_db(transaction=True, serialized_rollback=True)
