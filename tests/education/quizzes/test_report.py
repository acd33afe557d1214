"""The editors' report (Reports → 小测验易错题): questions by wrong-answer rate, for editors only."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.test import RequestFactory
from django.urls import reverse
from wagtail.admin.menu import reports_menu

from education.quizzes.quiz import read_answers
from education.quizzes.services import record_answers
from tests.factories import make_user

from .conftest import QUESTIONS, answers_for, question, right, wrong

pytestmark = pytest.mark.django_db
URL = "/admin/reports/quiz-questions/"


def answer(page, quiz, choose, times=1):
    for _ in range(times):
        record_answers(page, quiz, read_answers(quiz, answers_for(quiz, choose)))


@pytest.fixture
def answered(make_quiz):
    """Question A: 1 of 4 wrong; question B: 3 of 4 wrong (mostly the same wrong option)."""
    page = make_quiz(
        questions=[
            question("A 题：接到 96110 的电话要接吗？", right=0, options=["要接", "不接"]),
            question("B 题：“注销校园贷”要转账吗？", right=1, options=["要转", "不转", "转一半"]),
        ]
    )
    quiz = page.quiz
    a, b = quiz.questions

    def choose(first, second):
        return lambda q: first if q is a else second

    answer(page, quiz, choose(right(a), right(b)))
    answer(page, quiz, choose(right(a), b.options[0]), times=2)
    answer(page, quiz, choose(wrong(a), b.options[2]))
    return page


def rows(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [[cell.get_text(" ", strip=True) for cell in row.select("td")] for row in soup.select("tbody tr")]


def test_the_report_lists_questions_by_wrong_answer_rate(client, answered):
    client.force_login(make_user("editor"))
    response = client.get(URL)
    assert response.status_code == 200
    assert reverse("quiz_report") == URL
    table = rows(response)
    assert [row[0] for row in table] == ["B 题：“注销校园贷”要转账吗？", "A 题：接到 96110 的电话要接吗？"]
    b, a = table
    assert b[1] == answered.title
    assert b[2:5] == ["4", "3", "75%"]
    assert b[5] == "要转（2 次）"
    assert a[2:5] == ["4", "1", "25%"]
    assert a[5] == "不接（1 次）"
    assert "小测验易错题" in response.content.decode()


def test_the_report_links_each_question_to_its_page(client, answered):
    client.force_login(make_user("moderator"))
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    assert {link["href"] for link in soup.select("tbody tr td:first-child a")} == {answered.url}


def test_the_report_filters_out_questions_answered_too_few_times(client, answered, make_quiz):
    rare = make_quiz(questions=[QUESTIONS[1]])
    answer(rare, rare.quiz, wrong)
    client.force_login(make_user("editor"))
    assert len(rows(client.get(URL))) == 3
    filtered = client.get(URL, {"min_answered": 2})
    assert [row[0] for row in rows(filtered)] == [
        "B 题：“注销校园贷”要转账吗？",
        "A 题：接到 96110 的电话要接吗？",
    ]


def test_the_report_costs_the_same_queries_for_more_questions(
    client, answered, make_quiz, django_assert_max_num_queries
):
    client.force_login(make_user("editor"))
    client.get(URL)
    with django_assert_max_num_queries(20) as few:
        client.get(URL)
    for _ in range(5):
        extra = make_quiz()
        answer(extra, extra.quiz, wrong)
    # Ten more questions cost no more queries than the admin's own caches may need (no query per row).
    with django_assert_max_num_queries(len(few.captured_queries) + 2):
        response = client.get(URL)
    assert len(rows(response)) == 12


def admin_user_without_the_permission():
    user = make_user("plain")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_people_without_the_permission_cannot_read_the_report(client, answered):
    client.force_login(admin_user_without_the_permission())
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get(URL + "results/").status_code == 302
    client.force_login(make_user("plain"))
    assert client.get(URL)["Location"].startswith("/admin/login/")


def test_the_reports_menu_offers_the_report_to_editors_only(answered):
    factory = RequestFactory()
    for user, shown in (
        (make_user("editor"), True),
        (make_user("moderator"), True),
        (make_user("superuser"), True),
        (admin_user_without_the_permission(), False),
    ):
        request = factory.get("/admin/")
        request.user = user
        names = [item.name for item in reports_menu.menu_items_for_request(request)]
        assert ("quiz-questions" in names) is shown, user
