"""The organisers' sign-up list and its export: their own permission, formula-safe files, audit log."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import ModelLogEntry

from education.signups.models import SignupStatus
from tests.factories import make_signup, make_user

pytestmark = pytest.mark.django_db
LIST = "/admin/education/signups/"


def organiser():
    user = make_user()
    user.groups.add(Group.objects.get(name=settings.EVENT_ORGANISER_GROUP))
    return user


def test_the_organiser_group_exists_and_needs_two_factor_login():
    group = Group.objects.get(name="活动组织者")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "view_eventsignup", "export_eventsignup"} <= codenames
    assert not {c for c in codenames if c.startswith(("change_", "add_", "delete_"))}
    assert "活动组织者" in settings.ADMIN_2FA_GROUPS


def test_organisers_see_and_export_the_list(client, signup_event):
    event = signup_event()
    make_signup(event, name='=HYPERLINK("http://evil.example")', phone="+8613800138000")
    make_signup(event, name="王女士", email="wang@example.com", status=SignupStatus.WAITLISTED)
    client.force_login(organiser())
    response = client.get(LIST)
    assert response.status_code == 200
    assert "wang@example.com" in response.content.decode()
    response = client.get(LIST + "?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    assert "候补" in text and "+8613800138000" in text and event.title in text
    entry = ModelLogEntry.objects.get(action="education.signup_export")
    assert entry.data["rows"] == 2 and entry.data["format"] == "csv"
    assert client.get(LIST + "?export=xlsx").status_code == 200


@pytest.mark.parametrize(("role", "status"), [("editor", 403), ("moderator", 403), ("plain", 302)])
def test_nobody_else_sees_the_list(client, signup_event, role, status):
    make_signup(signup_event())
    client.force_login(make_user(role))
    assert client.get(LIST).status_code == status  # 302: no admin access at all, to the login page
    assert client.get(LIST + "?export=csv").status_code == status
    assert not ModelLogEntry.objects.filter(action="education.signup_export").exists()


def test_viewing_without_export_permission_shows_no_export(client, signup_event):
    from django.contrib.auth.models import Permission

    make_signup(signup_event())
    user = make_user()
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_eventsignup")
    )
    client.force_login(user)
    assert client.get(LIST).status_code == 200
    assert client.get(LIST + "?export=csv").status_code == 403
