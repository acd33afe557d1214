"""Before the second factor, every admin URL, the tip-off back office included, sends the user to it."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve

from common.twofactor.middleware import STEP_URL_NAMES

from .conftest import enrolled

pytestmark = pytest.mark.django_db

# Reachable before verifying: signing in and out, what those pages load, and the step itself.
OPEN_BEFORE_VERIFYING = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
}
_CONVERTER = re.compile(r"<(?:(\w+):)?\w+>")
_SAMPLES = {"int": "1", "path": "a/b", "uuid": "00000000-0000-0000-0000-000000000001"}


def _route(pattern):
    """A concrete path for a URL pattern: converters filled with sample values, regexes simplified."""
    route = str(pattern.pattern)
    if route.startswith("^"):  # a regex pattern
        route = re.sub(r"\(\?P<\w+>[^)]*\)|\([^)]*\)", "1", route.lstrip("^").rstrip("$"))
        return route.replace("\\", "").replace("?", "")
    return _CONVERTER.sub(lambda m: _SAMPLES.get(m.group(1), "x"), route)


def _walk(patterns, prefix=""):
    for pattern in patterns:
        path = prefix + _route(pattern)
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, path)
        elif isinstance(pattern, URLPattern):
            yield path, pattern.name


def admin_urls():
    """Every admin URL that resolves to a view of its own (the catch-all 404 view excluded)."""
    urls = {}
    for path, name in _walk(get_resolver().url_patterns, "/"):
        if not path.startswith("/admin/") or name in OPEN_BEFORE_VERIFYING or name in STEP_URL_NAMES.values():
            continue
        try:
            match = resolve(path)
        except Exception:  # noqa: S112 - a sample value that does not fit its pattern
            continue
        if name is not None and match.url_name == name:
            urls[match.view_name] = path
    return urls


def test_the_sweep_covers_the_whole_admin():
    urls = admin_urls()
    assert len(urls) > 200
    for expected in (
        "wagtailadmin_home",
        "wagtailadmin_pages:edit",
        "wagtailadmin_account",
        "wagtailusers_users:index",
        "wagtailadmin_reports:site_history",
        "tipoffs_tipoff:index",
        "tipoffs_tipoff:edit",
        "tipoffs_tipoff:evidence",
        "tipoffs_suspectcontact:index",
        "tipoffs_apitoken:index",
        "twofactor_manage",
        "twofactor_reset",
    ):
        assert expected in urls, expected


@pytest.mark.parametrize(("who", "step"), [("superuser", "enrol"), ("team_member", "verify")])
def test_every_admin_url_is_closed_until_the_second_factor(client, request, who, step):
    user = request.getfixturevalue(who)
    if step == "verify":
        enrolled(user)
    client.force_login(user)
    still_open = {}
    for path in admin_urls().values():
        for method in (client.get, client.post):
            response = method(path)
            if response.status_code != 302 or not response["Location"].startswith(
                f"/admin/2fa/{step}/?next="
            ):
                still_open[f"{method.__name__.upper()} {path}"] = response.status_code
    assert still_open == {}
