"""Free text bound for a log keeps no phone number, card or e-mail address in clear."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from common.masking import mask_personal_text
from tests.factories import make_tipoff, make_user


@pytest.mark.parametrize(
    "text, masked",
    [
        ("139 1234 5678", "139******78"),
        ("+86-139-1234-5678", "861********78"),
        ("6222021234567890128", "622**************28"),
        ("scam.agent@example.com", "s***@example.com"),
        ("代理维权 400-000-0000", "代理维权 400*****00"),
        ("JB-20261124-7K3Q", "JB-202****47K3Q"),
        ("代理维权", "代理维权"),
        ("12345", "12345"),
    ],
)
def test_mask_personal_text(text, masked):
    assert mask_personal_text(text) == masked


@pytest.mark.django_db
def test_an_export_search_is_logged_masked(client):
    client.force_login(make_user("team"))
    make_tipoff(contacts=(("phone", "13912345678"),))
    response = client.get(reverse("tipoffs_tipoff:index"), {"q": "139 1234 5678", "export": "csv"})
    b"".join(response.streaming_content)
    entry = ModelLogEntry.objects.get(action="tipoffs.export")
    assert entry.data["filters"] == {"q": "139******78"}
    assert "1234" not in str(entry.data)
