"""Issue 10, defect 6: a search for a phone number, link or account offers a one-click risk check of it,
through a POST form that carries no CSRF token (search pages are cached for everyone) and posts to a view
that accepts only our own pages' requests."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from tests.factories import make_contact
from tipoffs.models import ContactStatus, RiskCheckCount
from tipoffs.riskcheck.search import recognise

pytestmark = pytest.mark.django_db
FROM_SEARCH = "/search/risk-check/"


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("138 0013 8000", "phone"),
        ("+86 170-2024-8888", "phone"),
        ("400-000-0000", "phone"),
        ("www.example.com", "url"),
        ("https://dai-kuan.example.cn/app", "url"),
        ("6222021234567890128", "bank_card"),  # Luhn
        ("kefu_8899", "wechat"),
        ("agent@example.com", "alipay"),
    ],
)
def test_numbers_links_and_accounts_are_recognised(query, kind):
    assert recognise(query).kind == kind


@pytest.mark.parametrize("query", ["被骗了怎么办", "征信修复", "password", "wechat", "", "@kefu", "2024"])
def test_words_are_not(query):
    assert recognise(query) is None


def offer(response):
    return BeautifulSoup(response.content, "html.parser").select_one(".search-risk-check")


def test_the_search_page_offers_a_post_button_without_a_csrf_token(client, form_page):
    response = client.get("/search/", {"q": "170 2024 8888"})
    section = offer(response)
    assert "电话号码" in section.h2.get_text()
    assert "170 2024 8888" in section.get_text()
    form = section.form
    assert form["method"] == "post" and form["action"] == FROM_SEARCH
    assert form.select_one("input[name=value]")["value"] == "170 2024 8888"
    assert form.select_one("[name=csrfmiddlewaretoken]") is None
    assert not response.cookies
    assert offer(client.get("/search/", {"q": "代理维权"})) is None


def test_the_search_page_with_the_offer_stays_in_the_page_cache(form_page, page_cache):
    anonymous = Client()
    first = anonymous.get("/search/", {"q": "17020248888"})
    second = anonymous.get("/search/", {"q": "17020248888"})
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert offer(second) is not None
    assert "csrfmiddlewaretoken" not in second.content.decode()
    assert not second.cookies


def test_one_click_answers_with_the_risk_check(form_page):
    make_contact("phone", "17020248888", status=ContactStatus.CONFIRMED)
    client = Client(enforce_csrf_checks=True)
    response = client.post(FROM_SEARCH, {"value": "170 2024 8888"}, headers={"Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    page = BeautifulSoup(response.content, "html.parser")
    assert "已被确认为黑灰产" in page.select_one(".risk-answer").get_text()
    assert page.select_one("input[name=value]")["value"] == "170 2024 8888"
    # Further checks go to the risk check itself, with its CSRF token.
    assert page.select_one("form.tipoff-form")["action"] == "/report/check/"
    assert RiskCheckCount.objects.get().value == "+8617020248888"


@pytest.mark.parametrize(
    "headers",
    [{"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}, {"Origin": "https://evil.example"}],
)
def test_other_sites_cannot_post_to_it(form_page, headers):
    response = Client().post(FROM_SEARCH, {"value": "170 2024 8888"}, headers=headers)
    assert response.status_code == 403
    assert not RiskCheckCount.objects.exists()


def test_it_counts_against_the_risk_check_limit(form_page, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "check": (1, 3600)}
    headers = {"Origin": "http://testserver"}
    assert Client().post(FROM_SEARCH, {"value": "17020248888"}, headers=headers).status_code == 200
    assert Client().post(FROM_SEARCH, {"value": "17020248888"}, headers=headers).status_code == 429


def test_a_get_goes_to_the_risk_check_form(client, form_page):
    response = client.get(FROM_SEARCH)
    assert response.status_code == 302 and response["Location"] == "/report/check/"
