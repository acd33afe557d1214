"""The risk check works out the kind from the value and asks only when readings disagree."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from tests.factories import make_contact, set_official_channels
from tipoffs.models import ContactStatus, RiskCheckCount

pytestmark = pytest.mark.django_db


@pytest.fixture
def check_url(form_page):
    cache.clear()
    return form_page.url + form_page.reverse_subpage("risk_check")


def check(client, url, value, **extra):
    response = client.post(url, {"value": value, **extra})
    soup = BeautifulSoup(response.content, "html.parser")
    answer = soup.select_one(".risk-answer")
    return response, soup, " ".join(answer.get_text().split()) if answer else ""


@pytest.mark.parametrize(
    "kind, stored, typed, shown",
    [
        ("phone", "17020248888", "+86 170-2024-8888", "170 2024 8888"),
        ("wechat", "Kefu_8899", "KEFU_8899", "kefu_8899"),
        ("url", "https://fake-loan.example.net/app", "fake-loan.example.net", "fake-loan.example.net"),
        ("bank_card", "6222021234567890128", "6222 0212 3456 7890 128", "622202*********0128"),
        ("alipay", "scam@example.com", "Scam@Example.com", "scam@example.com"),
    ],
)
def test_a_confirmed_value_is_found_without_choosing_its_kind(client, check_url, kind, stored, typed, shown):
    make_contact(kind, stored, status=ContactStatus.CONFIRMED)
    _response, _soup, answer = check(client, check_url, typed)
    assert "已被确认为黑灰产" in answer
    assert shown in answer
    assert "+86" not in answer


def test_our_hotline_is_recognised_and_shown_as_written(client, check_url):
    set_official_channels("400-000-0000")
    _response, _soup, answer = check(client, check_url, "4000000000")
    assert "这是我们的官方渠道" in answer and "400-000-0000" in answer


def test_no_record_is_answered_for_the_likeliest_reading_and_counted_once(client, check_url):
    _response, _soup, answer = check(client, check_url, "171 0000 0000")
    assert "暂无记录" in answer and "171 0000 0000" in answer
    assert list(RiskCheckCount.objects.values_list("kind", "value", "count")) == [
        ("phone", "+8617100000000", 1)
    ]


def test_readings_that_disagree_are_asked_about(client, check_url):
    set_official_channels("95588")  # our short service number …
    make_contact("qq", "95588", status=ContactStatus.CONFIRMED)  # … is also a scammer's QQ number
    response, soup, answer = check(client, check_url, "95588")
    assert answer == ""
    assert "请在下面选择您要查的是哪一种" in soup.get_text()
    choices = {radio["value"] for radio in soup.select("#kind-choice input[type=radio]")}
    assert choices == {"phone", "qq"}
    assert soup.select_one("#id_value")["value"] == "95588"  # what was typed is kept
    assert not RiskCheckCount.objects.exists()

    _response, _soup, answer = check(client, check_url, "95588", kind="qq")
    assert "已被确认为黑灰产" in answer
    _response, _soup, answer = check(client, check_url, "95588", kind="phone")
    assert "这是我们的官方渠道" in answer


def test_a_value_that_is_nothing_recognisable_gets_help_and_a_choice(client, check_url):
    response, soup, answer = check(client, check_url, "骗子")
    assert answer == "" and response.status_code == 200
    assert "看不出这是电话号码、微信号、QQ 号、网址还是账号" in soup.get_text()
    assert len(soup.select("#kind-choice input[type=radio]")) == 7
    assert soup.select_one("#id_value")["value"] == "骗子"


def test_a_social_account_asks_for_its_platform(client, check_url):
    make_contact("social", "@fake_kefu", platform="douyin", status=ContactStatus.CONFIRMED)
    _response, soup, answer = check(client, check_url, "@fake_kefu")
    assert answer == "" and "请选择它在哪个平台" in soup.get_text()
    _response, _soup, answer = check(client, check_url, "@fake_kefu", platform="douyin")
    assert "已被确认为黑灰产" in answer


def test_an_empty_value_is_refused_kindly(client, check_url):
    _response, soup, _answer = check(client, check_url, "   ")
    assert "请填写要查询的号码、账号或网址" in soup.get_text()
