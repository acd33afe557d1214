"""A bank-card number is masked in lists and exports whatever field it was typed in."""

import csv
import io

import pytest
from django.urls import reverse

from tests.factories import make_contact, make_tipoff, make_user
from tipoffs.models import ContactStatus
from tipoffs.suspects.masking import luhn_ok, mask_card_numbers

CARD = "6222021234567890128"  # passes Luhn
MASKED = "622202*********0128"


def test_card_runs_are_masked_in_any_text():
    assert luhn_ok(CARD)
    assert mask_card_numbers(f"卡号 {CARD}，户名张三") == f"卡号 {MASKED}，户名张三"
    assert mask_card_numbers("6222 0212 3456 7890 128 转账") == f"{MASKED} 转账"
    assert mask_card_numbers("6222-0212-3456-7890-128") == MASKED


@pytest.mark.parametrize(
    "text",
    [
        "6222021234567890127",  # fails Luhn: not a card
        "13800138000",  # a phone number
        "622202123456789",  # 15 digits
        "62220212345678901280",  # 20 digits
        "订单号 2026112412345678",  # 16 digits, fails Luhn
    ],
)
def test_other_numbers_are_left_alone(text):
    assert mask_card_numbers(text) == text


def export(client, url):
    response = client.get(url, {"export": "csv"})
    return b"".join(response.streaming_content).decode("utf-8")


@pytest.mark.django_db
def test_a_card_typed_as_a_name_or_in_the_story_is_masked_in_lists_and_exports(client):
    client.force_login(make_user("team"))
    make_contact("name", f"张三 {CARD}", status=ContactStatus.CONFIRMED)
    make_contact("social", f"@{CARD}", platform="douyin", status=ContactStatus.CONFIRMED)
    make_tipoff(contacts=(), description=f"对方让我把钱转到 {CARD} 这张卡上，说是安全账户。")

    contact_list = client.get(reverse("tipoffs_suspectcontact:index")).content.decode()
    contact_export = export(client, reverse("tipoffs_suspectcontact:index"))
    tipoff_export = export(client, reverse("tipoffs_tipoff:index"))
    for shown in (contact_list, contact_export, tipoff_export):
        assert CARD not in shown
        assert MASKED in shown
    rows = list(csv.DictReader(io.StringIO(tipoff_export.lstrip("\ufeff"))))
    assert rows[0]["发生了什么"] == f"对方让我把钱转到 {MASKED} 这张卡上，说是安全账户。"
