"""The Wagtail admin works under its Content-Security-Policy: no violation, nothing loaded from elsewhere."""

import pytest
from playwright.sync_api import expect

from tests.factories import add_image_evidence, make_tipoff, make_user

from .support import browser_db

# Recorded in the page before any of its own scripts run.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(
    `${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
"""


@pytest.fixture
def admin_page(live_server, new_context, screenshot_dir):
    context = new_context(viewport={"width": 1366, "height": 900})
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.problems = []
    page.on(
        "console",
        lambda message: (
            page.problems.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text or "Permissions-Policy" in message.text
            else None
        ),
    )
    page.on(
        "request",
        lambda request: (
            page.problems.append(f"outside request: {request.url}")
            if not request.url.startswith((live_server.url, "data:", "blob:", "about:"))
            else None
        ),
    )
    return page


def visit(page, url):
    page.goto(url)
    page.wait_for_load_state("networkidle")
    violations = page.evaluate("window.__cspViolations")
    page.problems.extend(f"{url}: {violation}" for violation in violations)


@pytest.mark.browser
@browser_db
def test_the_admin_works_under_its_content_security_policy(
    live_server, admin_page, home, make_event, make_guide, screenshot_dir
):
    event = make_event()
    guide = make_guide()
    tipoff = make_tipoff()
    add_image_evidence(tipoff)
    make_user("superuser", username="boss")
    page = admin_page

    visit(page, live_server.url + "/")  # the public site's Permissions-Policy is understood too
    visit(page, live_server.url + "/admin/login/")
    page.locator("#id_username").fill("boss")
    page.locator("#id_password").fill("pw")
    page.get_by_role("button", name="登录").click()
    page.wait_for_load_state("networkidle")
    assert page.url == live_server.url + "/admin/"

    for path in (
        "/admin/",
        f"/admin/pages/{event.pk}/edit/",  # date and time pickers
        f"/admin/pages/add/education/guidepage/{guide.get_parent().pk}/",
        "/admin/tipoffs/tipoff/",  # list filters with date pickers
        f"/admin/tipoffs/tipoff/edit/{tipoff.pk}/",
        "/admin/tipoffs/contact/",
        "/admin/users/",
        "/admin/account/",
        "/admin/reports/site-history/",
        "/admin/2fa/",
    ):
        visit(page, live_server.url + path)
        assert page.get_by_role("heading", level=1).count(), path

    # The page editor, with its rich-text editor and the live preview panel.
    visit(page, live_server.url + f"/admin/pages/{guide.pk}/edit/")
    page.get_by_role("button", name="预览").first.click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", name=guide.title)).to_be_visible()
    page.screenshot(path=screenshot_dir / "admin-csp-page-editor-1366.png")
    page.problems.extend(page.evaluate("window.__cspViolations"))

    assert page.problems == []
