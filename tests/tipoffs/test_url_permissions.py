"""Every tip-off URL refuses everyone outside the team, enumerated from the URL conf.

A view added later is picked up automatically: anything in a ``tipoffs_*`` namespace or implemented in the
``tipoffs`` package is checked, so a new view cannot escape these tests.
"""

import itertools
import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests.factories import TEAM_GROUP, add_image_evidence, make_tipoff, make_user
from tipoffs.models import ApiToken, ContactAppeal, SuspectContact

pytestmark = pytest.mark.django_db
PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>")


def _walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = (
                f"{namespace}:{entry.namespace}"
                if namespace and entry.namespace
                else entry.namespace or namespace
            )
            yield from _walk(entry.url_patterns, route, inner or "")
        elif isinstance(entry, URLPattern):
            yield route, namespace, entry


def _is_tipoff_view(namespace, pattern):
    callback = pattern.callback
    module = getattr(callback, "__module__", "") or ""
    view_class = getattr(callback, "view_class", None)
    if view_class is not None:
        module = view_class.__module__
    wrapped = getattr(callback, "__wrapped__", None)
    if wrapped is not None:
        module = getattr(getattr(wrapped, "view_class", wrapped), "__module__", module)
    return namespace.split(":")[-1].startswith("tipoffs_") or module.startswith("tipoffs.")


# Public on purpose: monthly aggregates with small counts hidden, no personal data (tipoffs/statistics).
# Listed one by one, so a route added there is checked here until someone decides it is public too.
PUBLIC_AGGREGATES = {"statistics/", "statistics/handling/", "statistics/<slug:slug>.csv"}
# Public forms outside the report page's own routes: the search page's one-click risk check (the public risk
# check's answer, nothing of any tip-off; tests/tipoffs/riskcheck/test_search_action.py).
PUBLIC_FORMS = {"search/risk-check/"}


def tipoff_routes():
    routes = [(route, ns) for route, ns, p in _walk(get_resolver().url_patterns) if _is_tipoff_view(ns, p)]
    public = PUBLIC_AGGREGATES | PUBLIC_FORMS
    return sorted({(route, ns) for route, ns in routes if route not in public})


def test_the_only_public_tipoff_routes_are_the_statistics():
    public = {
        route
        for route, ns, pattern in _walk(get_resolver().url_patterns)
        if _is_tipoff_view(ns, pattern) and route in PUBLIC_AGGREGATES
    }
    assert public == PUBLIC_AGGREGATES
    statistics_views = {
        route
        for route, _ns, pattern in _walk(get_resolver().url_patterns)
        if pattern.callback.__module__ == "tipoffs.statistics.views"
    }
    assert statistics_views == PUBLIC_AGGREGATES


def _urls(route, pks):
    route = route.replace("^", "").replace("$", "")
    names = PARAMETER.findall(route)
    if not names:
        return ["/" + route]
    urls = []
    for values in itertools.product(pks, repeat=len(names)):
        url = route
        for value in values:
            url = PARAMETER.sub(str(value), url, count=1)
        urls.append("/" + url)
    return urls


@pytest.fixture
def objects():
    tipoff = make_tipoff(contacts=(("phone", "13800138000"), ("bank_card", "6222021234567890128")))
    evidence = add_image_evidence(tipoff)
    token, _raw = ApiToken.issue("拦截系统", None)
    contact = SuspectContact.objects.first()
    appeal = ContactAppeal.objects.create(
        contact=contact, reason="这是我本人的号码。", appellant_contact="a@example.com"
    )
    return sorted({tipoff.pk, evidence.pk, token.pk, contact.pk, appeal.pk})


def test_the_enumeration_finds_the_tipoff_admin():
    routes = [route for route, _ns in tipoff_routes()]
    assert any("tipoffs/tipoff/edit/" in route for route in routes)
    assert any("evidence" in route for route in routes)
    assert len(routes) >= 7


@pytest.mark.parametrize("route,namespace", tipoff_routes())
def test_outsiders_are_refused(client, objects, route, namespace):
    editor = make_user("editor")
    moderator = make_user("moderator")
    for url in _urls(route, objects):
        for export in ("", "?export=csv"):
            client.logout()
            response = client.get(url + export)
            assert response.status_code in (302, 401, 403, 405), url
            if response.status_code == 302:
                assert "/login/" in response["Location"], url
            for user in (editor, moderator):
                client.force_login(user)
                for method in (client.get, client.post):
                    response = method(url + export)
                    assert response.status_code in (401, 403, 405), (user, method, url, response.status_code)


@pytest.mark.parametrize("route,namespace", tipoff_routes())
def test_the_team_and_superusers_get_in(client, objects, route, namespace):
    team_member = make_user("team")
    admin = make_user("superuser", username="admin")
    users = [admin] if "token" in namespace or "token" in route else [team_member, admin]
    if "api" in route and "admin" not in route:
        pytest.skip("token-authenticated API: covered by its own tests")
    for user in users:
        client.force_login(user)
        statuses = {client.get(url).status_code for url in _urls(route, objects)}
        assert statuses & {200, 302}, (user, route, statuses)


def test_only_the_team_group_holds_tipoff_permissions():
    from django.contrib.auth.models import Group

    def tipoff_codenames(name):
        return set(
            Group.objects.get(name=name)
            .permissions.filter(content_type__app_label="tipoffs")
            .values_list("codename", flat=True)
        )

    assert tipoff_codenames("Editors") == set() and tipoff_codenames("Moderators") == set()
    team = tipoff_codenames(TEAM_GROUP)
    assert {"view_tipoff", "change_tipoff", "export_tipoff", "view_evidence", "view_contactappeal"} <= team
    assert not {"add_tipoff", "delete_tipoff", "view_apitoken", "add_apitoken"} & team
