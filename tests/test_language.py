"""The language comes from the URL alone: Chinese at the usual URLs, English only under /en/ (issue 13).

A browser asking for English (Accept-Language, or a django_language cookie) still gets Chinese pages with
Chinese messages at the Chinese URLs, and no page varies on those headers; English is the reader's
explicit choice of an /en/ URL (the language switcher).
"""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from tests.conftest import publish

pytestmark = pytest.mark.django_db


def test_accept_language_english_still_gets_chinese_pages(client, form_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "zh-Hans"
    assert soup.select_one('meta[property="og:locale"]')["content"] == "zh_CN"
    assert "Accept-Language" not in response.get("Vary", "")


def test_django_messages_stay_chinese_for_an_english_browser(client, form_page):
    url = form_page.url + form_page.reverse_subpage("status")
    client.cookies["django_language"] = "en"
    response = client.post(url, {"reference": "J" * 40, "status_key": "x"}, HTTP_ACCEPT_LANGUAGE="en")
    text = BeautifulSoup(response.content, "html.parser").get_text()
    assert "at most 30 characters" not in text
    assert "30" in text and "字符" in text


def test_django_messages_are_english_once_english_is_chosen_by_its_url(client, form_page):
    locale = Locale.objects.get_or_create(language_code="en")[0]
    publish(form_page.get_parent().copy_for_translation(locale))  # the English home page
    publish(form_page.copy_for_translation(locale))
    response = client.post("/en/report/status/", {"reference": "J" * 40, "status_key": "x"})
    text = BeautifulSoup(response.content, "html.parser").get_text()
    assert "at most 30 characters" in text
    assert "字符" not in text
