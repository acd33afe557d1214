"""Permissions-Policy everywhere, the admin's Content-Security-Policy, and no calls to outside services."""

import pytest
from django.http import HttpResponse

from common.middleware import SecurityHeadersMiddleware
from tests.factories import make_user

pytestmark = pytest.mark.django_db

OUTSIDE_HOSTS = ("gravatar.com", "releases.wagtail.org")


def directives(policy):
    return dict((part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";"))


@pytest.fixture
def superuser_client(client):
    client.force_login(make_user("superuser", username="boss"))
    return client


@pytest.mark.parametrize("path", ["/", "/report/", "/admin/login/"])
def test_every_page_turns_off_browser_features_the_site_does_not_use(client, form_page, path):
    policy = client.get(path)["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "serial", "display-capture"):
        assert f"{feature}=()" in policy


def test_the_public_site_keeps_its_own_strict_policy(client, home):
    csp = directives(client.get("/")["Content-Security-Policy"])
    assert csp["script-src"] == "'self'"
    assert csp["frame-ancestors"] == "'none'"


def test_admin_pages_have_a_content_security_policy(superuser_client, home):
    csp = directives(superuser_client.get("/admin/")["Content-Security-Policy"])
    assert csp["default-src"] == "'self'"
    assert csp["script-src"] == "'self' 'unsafe-inline'"  # Wagtail's inline widget set-up scripts
    assert csp["object-src"] == "'none'"
    assert csp["frame-ancestors"] == "'none'"
    policy = " ".join(csp.values())
    assert "unsafe-eval" not in policy
    assert "http" not in policy and "*" not in policy  # no other host, for anything


@pytest.mark.parametrize("path", ["/admin/login/", "/admin/password_reset/"])
def test_sign_in_pages_allow_no_inline_script_or_style(client, path):
    csp = directives(client.get(path)["Content-Security-Policy"])
    assert csp["script-src"] == "'self'"
    assert csp["style-src"] == "'self'"


def test_the_two_factor_pages_allow_no_inline_script_or_style(client, settings):
    settings.ADMIN_2FA_REQUIRED = True
    client.force_login(make_user("superuser", username="boss"))
    csp = directives(client.get("/admin/2fa/enrol/")["Content-Security-Policy"])
    assert csp["script-src"] == "'self'"
    assert csp["style-src"] == "'self'"


def test_the_live_preview_may_be_framed_by_the_admin_only(rf, settings):
    """Wagtail renders a preview by running a public-site request through the middleware, so the preview
    arrives with the public policy (frame-ancestors 'none'); the admin's policy must replace it.
    The browser test (tests/browser/test_admin_csp.py) opens the real preview panel."""

    def preview(request):
        response = HttpResponse("<h1>防骗指南</h1>")
        response["Content-Security-Policy"] = settings.CONTENT_SECURITY_POLICY
        response["X-Frame-Options"] = "SAMEORIGIN"  # Wagtail's preview views say so
        return response

    request = rf.get("/admin/pages/7/edit/preview/?in_preview_panel=true")
    request.resolver_match = None
    response = SecurityHeadersMiddleware(preview)(request)
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == "'self'"
    assert response["Content-Security-Policy"].startswith(settings.ADMIN_CONTENT_SECURITY_POLICY)


@pytest.mark.parametrize(
    "path", ["/admin/", "/admin/account/", "/admin/users/", "/admin/reports/site-history/", "/admin/pages/"]
)
def test_no_admin_page_calls_outside_services(superuser_client, home, path):
    page = superuser_client.get(path).content.decode()
    assert not [host for host in OUTSIDE_HOSTS if host in page]
    assert 'data-controller="w-upgrade' not in page


def test_the_page_editor_calls_no_outside_service(superuser_client, make_guide):
    guide = make_guide()
    page = superuser_client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert not [host for host in OUTSIDE_HOSTS if host in page]
