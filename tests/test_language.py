"""The public site speaks Chinese whatever the browser asks for; the language is never guessed."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def test_accept_language_english_still_gets_chinese_pages(client, form_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "zh-Hans"
    assert soup.select_one('meta[property="og:locale"]')["content"] == "zh_CN"
    assert "Accept-Language" not in response.get("Vary", "")


def test_django_messages_stay_chinese_for_an_english_browser(client, form_page):
    url = form_page.url + form_page.reverse_subpage("status")
    response = client.post(url, {"reference": "J" * 40, "status_key": "x"}, HTTP_ACCEPT_LANGUAGE="en")
    text = BeautifulSoup(response.content, "html.parser").get_text()
    assert "at most 30 characters" not in text
    assert "30" in text and "字符" in text
