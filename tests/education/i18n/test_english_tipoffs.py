"""Reports sent through the English form join the same queue, marked English, and can be filtered."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories import make_tipoff, make_user, report_data
from tipoffs.models import TipOff, TipOffLanguage

pytestmark = pytest.mark.django_db
INDEX = reverse("tipoffs_tipoff:index")


def test_a_report_through_the_english_form_is_marked_english(client, form_page, english_report):
    response = client.post("/en/report/", report_data())
    assert response.status_code == 302
    assert response["Location"].startswith("/en/report/thanks/")
    thanks = BeautifulSoup(client.get("/en/report/thanks/").content, "html.parser")
    assert "Thank you for your report" in thanks.get_text()
    tipoff = TipOff.objects.get()
    assert tipoff.language == TipOffLanguage.ENGLISH


def test_a_report_through_the_chinese_form_is_marked_chinese_whatever_the_browser(
    client, form_page, english_report
):
    client.post("/report/", report_data(), HTTP_ACCEPT_LANGUAGE="en")
    assert TipOff.objects.get().language == TipOffLanguage.CHINESE


def test_the_queue_shows_and_filters_by_language(client):
    client.force_login(make_user("team"))
    chinese = make_tipoff()
    english = make_tipoff(language=TipOffLanguage.ENGLISH)
    response = client.get(INDEX)
    assert "English" in response.content.decode()
    filtered = client.get(INDEX, {"language": "en"})
    assert [t.reference for t in filtered.context["object_list"]] == [english.reference]
    filtered = client.get(INDEX, {"language": "zh-hans"})
    assert [t.reference for t in filtered.context["object_list"]] == [chinese.reference]


def test_the_case_page_names_the_language(client):
    client.force_login(make_user("team"))
    tipoff = make_tipoff(language=TipOffLanguage.ENGLISH)
    soup = BeautifulSoup(client.get(reverse("tipoffs_tipoff:edit", args=[tipoff.pk])).content, "html.parser")
    assert soup.find("dt", string="提交语言").find_next_sibling("dd").get_text(strip=True) == "English"


def test_the_team_is_told_in_chinese_that_a_report_is_in_english(
    client, team_mail, form_page, english_report, django_capture_on_commit_callbacks
):
    from django.core import mail

    team_mail.TIPOFF_NOTIFY_EMAILS = ["team@example.com"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/report/", report_data())
    (message,) = mail.outbox
    assert "提交语言：English" in message.body
    assert "分类：冒充客服" in message.body  # the team's language, whatever the reporter's
