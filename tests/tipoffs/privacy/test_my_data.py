""" "My data": with the reference and status key a reporter downloads what they submitted, and nobody else
learns anything."""

import hashlib
import io
import json
import re
import zipfile

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import ModelLogEntry

from tests.factories import add_image_evidence, make_tipoff
from tipoffs.models import hash_status_key
from tipoffs.privacy import crypto
from tipoffs.privacy.services import erase_personal_data

pytestmark = pytest.mark.django_db
KEY = "ABCD-EFGH-JKMN"
CARD = "6222 0212 3456 7890 128"


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def url(form_page):
    return form_page.url + form_page.reverse_subpage("my_data")


@pytest.fixture
def tipoff():
    tipoff = make_tipoff(
        contacts=(("phone", "138-0013-8000"), ("bank_card", CARD)),
        status_key_hash=hash_status_key(KEY),
        reporter_name="王女士",
        reporter_contact="+8613900000000",
        amount_lost="3000.50",
    )
    add_image_evidence(tipoff, name="转账截图.png")
    return tipoff


def download(client, url, reference, key=KEY):
    return client.post(url, {"reference": reference, "status_key": key})


def page_without_input(response, reference):
    """The page minus what differs between any two requests: the reference typed, the CSRF token."""
    html = response.content.decode().replace(reference, "")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def archive(response):
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_page_explains_and_asks_for_reference_and_key(client, url):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    assert "report.json" in html and 'method="post"' in html and "保存多久" in html


def test_the_right_key_downloads_everything_submitted(client, url, tipoff):
    response = download(client, url, tipoff.reference.lower(), "abcd efgh jkmn")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == f'attachment; filename="{tipoff.reference}-my-data.zip"'
    assert (
        response["Cache-Control"] == "private, no-store" and response["X-Content-Type-Options"] == "nosniff"
    )

    files = archive(response)
    assert set(files.namelist()) == {"report.json", "说明.txt", "evidence/01-转账截图.png"}
    data = json.loads(files.read("report.json"))
    submitted = data["submitted"]
    assert data["reference"] == tipoff.reference and data["stage"] == {"code": "received", "label": "已收到"}
    assert submitted["description"] == tipoff.description and submitted["amount_lost"] == "3000.50"
    assert (submitted["reporter_name"], submitted["reporter_contact"]) == ("王女士", "+8613900000000")
    assert [c["as_typed"] for c in submitted["suspect_contacts"]] == ["138-0013-8000", CARD]  # as typed
    evidence = tipoff.evidence.get()
    assert data["evidence"][0]["file"] == "evidence/01-转账截图.png"
    assert (
        hashlib.sha256(files.read("evidence/01-转账截图.png")).digest()
        == hashlib.sha256(evidence.file.open("rb").read()).digest()
    )
    assert "notes" not in data and "assignee" not in json.dumps(data)
    assert "保存期限" in files.read("说明.txt").decode()
    assert ModelLogEntry.objects.get(action="tipoffs.data_download").object_id == str(tipoff.pk)


def test_a_wrong_key_and_an_unknown_reference_get_the_same_answer_after_the_same_work(
    client, url, tipoff, monkeypatch
):
    decrypted = []
    real_decrypt = crypto.decrypt
    monkeypatch.setattr(crypto, "decrypt", lambda token: decrypted.append(token) or real_decrypt(token))
    client.get(url)  # what every page reads from the shared cache is there for both requests
    with CaptureQueriesContext(connection) as wrong_key:
        wrong = download(client, url, tipoff.reference, "ABCD-EFGH-JKMP")
    with CaptureQueriesContext(connection) as unknown_reference:
        unknown = download(client, url, "JB-20260101-XXXX", "ABCD-EFGH-JKMP")
    assert wrong.status_code == unknown.status_code == 200
    assert "没有找到与编号和查询码相符的举报" in wrong.content.decode()
    assert page_without_input(wrong, tipoff.reference) == page_without_input(unknown, "JB-20260101-XXXX")
    assert len(wrong_key) == len(unknown_reference)
    assert decrypted == []  # the existing report was not loaded (or decrypted) to refuse the key
    assert not ModelLogEntry.objects.filter(action="tipoffs.data_download").exists()


def test_the_key_never_works_in_a_url(client, url, tipoff):
    response = client.get(url, {"reference": tipoff.reference, "status_key": KEY})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    assert client.put(url).status_code == 405


def test_downloads_are_rate_limited_and_mistakes_do_not_count(client, url, tipoff, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "my_data": (2, 3600)}
    for _ in range(3):
        assert client.post(url, {"reference": tipoff.reference}).status_code == 200  # no key: a mistake
    assert download(client, url, tipoff.reference).status_code == 200
    assert download(client, url, tipoff.reference, "ABCD-EFGH-JKMP").status_code == 200
    response = download(client, url, tipoff.reference)
    assert response.status_code == 429 and "每 60 分钟最多 2 次" in response.content.decode()


def test_what_was_erased_is_listed_as_erased(client, url, tipoff):
    erase_personal_data(tipoff, reason="应要求")
    data = json.loads(archive(download(client, url, tipoff.reference)).read("report.json"))
    assert data["submitted"]["description"] is None and data["submitted"]["reporter_contact"] is None
    assert data["erased"]["reporter_details"] and data["erased"]["report_text"]
    assert data["erased"]["evidence_files"] == 1
    assert data["evidence"][0]["file"] is None and data["evidence"][0]["erased_at"]
    assert data["submitted"]["amount_lost"] == "3000.50"


def test_the_status_page_and_the_report_form_link_here(client, form_page, url):
    assert url in client.get(form_page.url + form_page.reverse_subpage("status")).content.decode()
    assert url in client.get(form_page.url).content.decode()
