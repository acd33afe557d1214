"""Issue 10 (1): the upload script's request gets the next address, so it never uses up the status key."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from tests.factories import png_upload, report_data
from tipoffs.models import TipOff

pytestmark = pytest.mark.django_db
FROM_SCRIPT = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture(autouse=True)
def _no_rate_limit_left_over():
    cache.clear()


def test_a_saved_upload_gets_the_thanks_address_and_the_key_is_still_there(client, form_page):
    response = client.post("/report/", report_data(evidence=png_upload()), **FROM_SCRIPT)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    assert response.json() == {"next": "/report/thanks/#thanks"}

    tipoff = TipOff.objects.get()
    assert tipoff.evidence.count() == 1
    key = BeautifulSoup(client.get(response.json()["next"]).content, "html.parser").select_one(".status-key")
    assert key is not None, "the receipt was not used up by the upload request"
    assert tipoff.check_status_key(key.get_text())


def test_an_upload_with_mistakes_gets_the_form_page_with_its_error_summary(client, form_page):
    response = client.post("/report/", report_data(consent=None, evidence=png_upload()), **FROM_SCRIPT)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#error-summary")
    assert "重新选择证据文件" in soup.get_text()
    assert TipOff.objects.count() == 0


def test_a_repeated_upload_also_gets_the_address_rather_than_a_redirect(client, form_page):
    data = report_data()
    client.post("/report/", data, **FROM_SCRIPT)
    again = client.post("/report/", data, **FROM_SCRIPT)
    assert again.json() == {"next": "/report/thanks/#thanks"}
    assert TipOff.objects.count() == 1


def test_a_browser_without_the_script_is_redirected(client, form_page):
    response = client.post("/report/", report_data())
    assert response.status_code == 302
    assert response["Location"] == "/report/thanks/#thanks"
