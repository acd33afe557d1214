"""Every admin report renders with every audit action the tip-off code writes (site history once gave a
500 as soon as an API token had been issued: its viewset has no edit view to link to)."""

import pytest
from django.urls import reverse
from wagtail.log_actions import log

from tests.factories import make_contact, make_tipoff, make_user
from tipoffs import audit
from tipoffs.models import ApiToken, ContactAppeal

pytestmark = pytest.mark.django_db
REPORTS = [
    "locked_pages",
    "workflow",
    "workflow_tasks",
    "site_history",
    "site_history_results",
    "aging_pages",
    "page_types_usage",
]


@pytest.fixture
def every_action_logged(home):
    superuser = make_user("superuser")
    tipoff = make_tipoff(contacts=())
    contact = make_contact(tipoffs=[tipoff])
    appeal = ContactAppeal.objects.create(contact=contact, reason="这是我本人的号码。", appellant_contact="x")
    token, _raw = ApiToken.issue("拦截系统", superuser)
    subject = {"tipoffs.contact": contact, "tipoffs.appeal": appeal, "tipoffs.token": token}
    for action in audit.LABELS:
        instance = next((v for k, v in subject.items() if action.startswith(k)), tipoff)
        if action in (audit.EXPORT, audit.CONTACT_EXPORT):
            instance = superuser
        log(instance=instance, action=action, user=superuser, data={"from": "new", "to": "acknowledged"})
    return superuser, {"tipoff": tipoff, "contact": contact, "appeal": appeal}


@pytest.mark.parametrize("report", REPORTS)
def test_admin_reports_render_with_every_audit_action(client, every_action_logged, report):
    superuser, _objects = every_action_logged
    client.force_login(superuser)
    response = client.get(reverse(f"wagtailadmin_reports:{report}"))
    assert response.status_code == 200


def test_site_history_lists_every_tipoff_action(client, every_action_logged):
    superuser, _objects = every_action_logged
    client.force_login(superuser)
    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    for label, _message in audit.LABELS.values():
        assert str(label) in html


@pytest.mark.parametrize(
    "viewset, key",
    [
        ("tipoffs_tipoff", "tipoff"),
        ("tipoffs_suspectcontact", "contact"),
        ("tipoffs_contactappeal", "appeal"),
    ],
)
def test_object_history_pages_render(client, every_action_logged, viewset, key):
    superuser, objects = every_action_logged
    client.force_login(superuser)
    assert client.get(reverse(f"{viewset}:history", args=[objects[key].pk])).status_code == 200
