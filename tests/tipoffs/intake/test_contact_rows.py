"""Issue 10 (3): a report form always comes back with usable contact rows and everything typed."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.http import QueryDict

from tests.factories import DESCRIPTION, report_data
from tipoffs.intake.contact_rows import with_usable_rows
from tipoffs.intake.forms import MIN_CONTACT_ROWS
from tipoffs.models import TipOff

pytestmark = pytest.mark.django_db
EMPTY_MANAGEMENT = {
    "contacts-TOTAL_FORMS": "0",
    "contacts-INITIAL_FORMS": "0",
    "contacts-MIN_NUM_FORMS": "3",
    "contacts-MAX_NUM_FORMS": "10",
}


@pytest.fixture(autouse=True)
def _no_rate_limit_left_over():
    cache.clear()


def without_rows(**overrides):
    data = {k: v for k, v in report_data(**overrides).items() if not k.startswith("contacts-")}
    return data | EMPTY_MANAGEMENT


def rendered(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup, soup.select("[data-contact-row]")


def test_no_rows_posted_comes_back_with_the_rows_of_a_fresh_form(client, form_page):
    response = client.post("/report/", without_rows())
    assert response.status_code == 200
    soup, rows = rendered(response)
    assert len(rows) == MIN_CONTACT_ROWS
    assert soup.find("input", attrs={"name": "contacts-0-value"})
    assert soup.find("input", attrs={"name": "contacts-TOTAL_FORMS"})["value"] == str(MIN_CONTACT_ROWS)
    assert "至少填写一个" in soup.select_one("#error-summary").get_text()
    assert soup.find("textarea", attrs={"name": "description"}).get_text().strip() == DESCRIPTION
    assert TipOff.objects.count() == 0


def test_a_missing_management_form_keeps_the_typed_rows_and_can_be_saved(client, form_page):
    data = {k: v for k, v in report_data().items() if k not in EMPTY_MANAGEMENT}
    response = client.post("/report/", data)
    assert response.status_code == 302, response.content.decode()
    assert {c.value for c in TipOff.objects.get().contacts.all()} == {"+8613800138000", "fakekefu_001"}


def test_a_missing_management_form_without_contacts_shows_rows_not_a_dead_end(client, form_page):
    data = {k: v for k, v in without_rows().items() if k not in EMPTY_MANAGEMENT}
    soup, rows = rendered(client.post("/report/", data))
    assert len(rows) == MIN_CONTACT_ROWS
    assert "ManagementForm" not in soup.get_text()
    assert "至少填写一个" in soup.get_text()


def test_adding_a_row_to_a_form_without_rows(client, form_page):
    soup, rows = rendered(client.post("/report/", without_rows(add_contact="1")))
    assert len(rows) == MIN_CONTACT_ROWS + 1
    assert soup.find("textarea", attrs={"name": "description"}).get_text().strip() == DESCRIPTION


@pytest.mark.parametrize(
    "posted, expected_total",
    [
        ({"contacts-TOTAL_FORMS": "abc"}, "3"),
        ({"contacts-TOTAL_FORMS": "-2"}, "3"),
        ({"contacts-TOTAL_FORMS": "5"}, "5"),
        ({"contacts-6-value": "x"}, "7"),  # no management form: as many rows as were typed
        ({"contacts-TOTAL_FORMS": "11"}, "11"),  # too many stays too many: the formset says so
    ],
)
def test_management_form_repair(posted, expected_total):
    query = QueryDict(mutable=True)
    query.update(posted)
    data = with_usable_rows(query, "contacts", MIN_CONTACT_ROWS)
    assert data["contacts-TOTAL_FORMS"] == expected_total
    assert data["contacts-INITIAL_FORMS"] == "0"
