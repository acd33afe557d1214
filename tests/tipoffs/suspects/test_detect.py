"""Working out what kind of identifier a value is, and showing it the way people write it."""

import pytest

from tipoffs.suspects.detect import candidates, needs_platform
from tipoffs.suspects.display import display_value


def readings(value, platform=""):
    return [(c.kind, c.value) for c in candidates(value, platform)]


@pytest.mark.parametrize(
    "value, expected",
    [
        (
            "170 2024 8888",
            [
                ("phone", "+8617020248888"),
                ("wechat", "17020248888"),
                ("alipay", "+8617020248888"),
                ("qq", "17020248888"),
            ],
        ),
        (
            "+86 138-0013-8000",
            [("phone", "+8613800138000"), ("wechat", "13800138000"), ("alipay", "+8613800138000")],
        ),
        ("400-000-0000", [("phone", "+864000000000")]),
        ("010-12345678", [("phone", "+861012345678")]),
        ("0755-1234 5678", [("phone", "+8675512345678")]),
        ("95588", [("phone", "95588"), ("qq", "95588")]),
        ("12345678", [("qq", "12345678")]),
        ("6222 0212 3456 7890 128", [("bank_card", "6222021234567890128")]),  # passes Luhn
        ("6222021234567890127", [("bank_card", "6222021234567890127")]),  # an account number
        ("kefu_8899", [("wechat", "kefu_8899")]),
        ("www.Example.com/download", [("url", "example.com")]),
        ("https://例子.中国/app", [("url", "xn--fsqu00a.xn--fiqs8s")]),
        ("Scam@Example.com", [("alipay", "scam@example.com")]),
        ("你好", []),
        ("", []),
    ],
)
def test_candidates_most_likely_first(value, expected):
    assert readings(value) == expected


def test_a_social_account_needs_its_platform():
    assert needs_platform("@fake_kefu") and readings("@fake_kefu") == []
    assert readings("@fake_kefu", "douyin") == [("social", "douyin:fake_kefu")]


@pytest.mark.parametrize(
    "kind, value, shown",
    [
        ("phone", "+8617020248888", "170 2024 8888"),
        ("phone", "+864000000000", "400-000-0000"),
        ("phone", "+861012345678", "010 1234 5678"),
        ("phone", "95588", "95588"),
        ("phone", "+14155550123", "+1 415-555-0123"),
        ("alipay", "+8613800138000", "138 0013 8000"),
        ("bank_card", "6222021234567890128", "622202*********0128"),
        ("wechat", "kefu_8899", "kefu_8899"),
    ],
)
def test_display_value(kind, value, shown):
    assert display_value(kind, value) == shown
