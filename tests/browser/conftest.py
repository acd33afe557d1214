"""Browser fixtures: Debian's chromium driven by Playwright's sync API against pytest-django's live server.

No browser is ever downloaded: the tests use /usr/bin/chromium and are skipped when it is missing.
"""

import os

import pytest

from .support import CHROMIUM, CHROMIUM_ARGS, PHONE, SCREENSHOT_DIR

# Playwright's sync API runs an asyncio event loop in the test thread; the ORM calls made by the
# tests (creating pages) would otherwise be refused as "called from an async context".
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.fixture(scope="session")
def _playwright(django_db_setup):
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    from django.db import connections

    # Django keeps database connections in asgiref Locals, which switch to separate, per-context
    # storage while an asyncio loop is running in the thread, as it is for as long as Playwright's
    # sync API is started. Without this, the ORM would open a second connection object that lacks
    # what the test database set-up stored on the first one (the serialized contents behind
    # serialized_rollback), and whether a test got one or the other would depend on whether a
    # non-browser test happened to set the database up first. Keep using the connections that
    # django_db_setup (required above, so it always runs before the loop starts) created.
    sync_connections = {alias: connections[alias] for alias in connections}
    with sync_api.sync_playwright() as playwright:
        for alias, connection in sync_connections.items():
            connections[alias] = connection
        yield playwright


@pytest.fixture(scope="session")
def browser(_playwright):
    browser = _playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def new_context(browser):
    """Factory for browser contexts (``new_context(**options)``), all closed after the test."""
    contexts = []

    def make(**options):
        options.setdefault("locale", "zh-CN")
        options.setdefault("timezone_id", "Asia/Shanghai")
        context = browser.new_context(**options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context):
    """A desktop-sized page with JavaScript on."""
    return new_context(viewport={"width": 1280, "height": 800}).new_page()


@pytest.fixture
def phone_page(new_context):
    return new_context(**PHONE).new_page()


@pytest.fixture
def screenshot_dir():
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR


@pytest.fixture
def report_page(home, form_page):
    """The published 举报线索 form set as the home page's report_page (published through a revision)."""
    from django.core.cache import cache

    cache.clear()  # the report rate limit counts per client, and every test's client is 127.0.0.1
    home.report_page = form_page
    home.save_revision().publish()
    home.refresh_from_db()
    return form_page
