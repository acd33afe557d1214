"""Answering a quiz without JavaScript (a POST to the page) and with it (the same POST asking for JSON)."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from education.models import QuizOptionCount, QuizQuestionStats

from .conftest import answers_for, right, wrong

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_quiz_page_is_a_form_without_a_csrf_token_and_without_answers(client, quiz_page):
    response = client.get(quiz_page.url)
    assert response.status_code == 200
    html = soup(response)
    form = html.select_one("form[data-quiz-form]")
    assert form["method"] == "post"
    assert form["action"] == quiz_page.url + "#quiz-page"
    assert not html.select("input[name=csrfmiddlewaretoken]")
    assert not response.cookies, "a cached page sets no cookie"
    assert len(html.select(".quiz__question")) == 2
    legends = [legend.get_text(strip=True) for legend in html.select("legend")]
    assert "有人说交 2000 元就能删除逾期记录，可信吗？" in legends
    # Every radio has its label; explanations and right answers are not in the page before answering.
    for radio in html.select("input[type=radio]"):
        assert html.select_one(f"label[for='{radio['id']}']")
    assert "免费申请" not in response.content.decode()
    assert "正确答案" not in response.content.decode()
    assert html.select_one("script[src$='js/quiz.js']")


def test_quiz_page_is_kept_in_the_page_cache(page_cache, client, quiz_page):
    assert client.get(quiz_page.url)["X-Page-Cache"] == "miss"
    assert client.get(quiz_page.url)["X-Page-Cache"] == "hit"


def test_answering_marks_every_question_and_counts_anonymously(client, quiz_page):
    quiz = quiz_page.quiz
    first, second = quiz.questions
    data = answers_for(quiz, lambda q: right(q) if q is first else wrong(q))

    response = client.post(quiz_page.url, data)

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    html = soup(response)
    assert "您答对了 1 题，共 2 题。" in html.select_one(".quiz__score").get_text()
    marked = html.select(".quiz__question")
    assert "quiz__question--right" in marked[0]["class"]
    assert "quiz__question--wrong" in marked[1]["class"]
    assert "✓ 回答正确。" in marked[0].get_text()
    assert "✗ 回答错误。正确答案是：不可信，逾期记录不能花钱删除" in marked[1].get_text()
    assert "征信记录只能依法更正错误" in marked[1].get_text()
    assert "（您的选择，正确）" in marked[0].select_one(".quiz__option--right").get_text()
    assert "（您的选择）" in marked[1].select_one(".quiz__option--wrong").get_text()
    assert "（正确答案）" in marked[1].select_one(".quiz__option--right").get_text()
    # What was chosen stays chosen; no new submission from a marked quiz, only a fresh start.
    assert html.select_one(f"input[value='{data[first.field_name]}']").has_attr("checked")
    assert not html.select("form[data-quiz-form] button[type=submit]")
    assert html.select_one("a[data-quiz-again]")["href"] == quiz_page.url

    stats = {s.question_id: s for s in QuizQuestionStats.objects.filter(page=quiz_page)}
    assert (stats[first.id].answered, stats[first.id].wrong) == (1, 0)
    assert (stats[second.id].answered, stats[second.id].wrong) == (1, 1)
    assert stats[second.id].question == second.text
    chosen = dict(QuizOptionCount.objects.filter(question__page=quiz_page).values_list("option_id", "chosen"))
    assert chosen[right(first).id] == 1 and chosen[wrong(second).id] == 1
    assert chosen[wrong(first).id] == 0 and chosen[right(second).id] == 0
    assert sum(chosen.values()) == 2
    assert not any(
        field.name in {"ip", "client_ip_hash", "user", "session"}
        for model in (QuizQuestionStats, QuizOptionCount)
        for field in model._meta.get_fields()
    )


def test_every_answer_adds_to_the_counts(client, quiz_page):
    quiz = quiz_page.quiz
    for choose in (right, wrong, wrong):
        client.post(quiz_page.url, answers_for(quiz, choose))
    stats = QuizQuestionStats.objects.get(page=quiz_page, question_id=quiz.questions[0].id)
    assert (stats.answered, stats.wrong) == (3, 2)
    assert stats.wrong_rate == pytest.approx(2 / 3)


def test_a_question_left_out_is_pointed_at_keeping_the_other_answers_and_nothing_is_counted(
    client, quiz_page
):
    quiz = quiz_page.quiz
    first, second = quiz.questions
    data = answers_for(quiz, lambda q: right(q) if q is first else None)

    response = client.post(quiz_page.url, data)

    assert response.status_code == 200
    html = soup(response)
    summary = html.select_one(".error-summary")
    assert "还有 1 道题没有选答案" in summary.get_text()
    assert summary.select_one("a")["href"] == "#quiz-page-q2"
    fieldsets = html.select(".quiz__question")
    assert "field--error" in fieldsets[1]["class"] and "请选择一个答案。" in fieldsets[1].get_text()
    assert fieldsets[1]["aria-describedby"] == "quiz-page-q2-error"
    assert html.select_one(f"input[value='{data[first.field_name]}']").has_attr("checked")
    assert "回答正确" not in response.content.decode(), "no answer is given away before all are chosen"
    assert html.select_one("form[data-quiz-form] button[type=submit]")
    assert not QuizQuestionStats.objects.exists()


def test_options_of_another_question_or_quiz_do_not_count(client, quiz_page):
    quiz = quiz_page.quiz
    first, second = quiz.questions
    data = {"quiz": quiz.id, first.field_name: right(second).id, second.field_name: "nonsense"}
    response = client.post(quiz_page.url, data)
    assert "还有 2 道题没有选答案" in response.content.decode()
    assert not QuizQuestionStats.objects.exists()


def test_the_honeypot_drops_the_count_quietly(client, quiz_page):
    data = answers_for(quiz_page.quiz, right) | {"website": "http://spam.example"}
    response = client.post(quiz_page.url, data)
    assert response.status_code == 200
    assert "您答对了 2 题" in response.content.decode()
    assert not QuizQuestionStats.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example/page/"},
    ],
)
def test_answers_posted_from_another_site_are_refused(client, quiz_page, headers):
    response = client.post(quiz_page.url, answers_for(quiz_page.quiz, right), **headers)
    assert response.status_code == 403
    assert not QuizQuestionStats.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_REFERER": "http://testserver/quizzes/"},
        {},
    ],
)
def test_answers_from_this_site_are_taken(client, quiz_page, headers):
    response = client.post(quiz_page.url, answers_for(quiz_page.quiz, right), **headers)
    assert response.status_code == 200
    assert QuizQuestionStats.objects.filter(page=quiz_page).count() == 2


def test_answers_are_rate_limited_per_client(client, quiz_page, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "quiz": (2, 3600)}
    data = answers_for(quiz_page.quiz, wrong)
    for _ in range(2):
        assert client.post(quiz_page.url, data).status_code == 200
    response = client.post(quiz_page.url, data)
    assert response.status_code == 429
    assert response["Cache-Control"] == "no-store"
    html = soup(response)
    assert "同一网络每 60 分钟最多提交 2 次答案" in html.select_one(".error-summary").get_text()
    # The choices are kept for a later try; nothing is marked or counted.
    assert html.select_one(f"input[value='{data[quiz_page.quiz.questions[0].field_name]}']").has_attr(
        "checked"
    )
    assert "回答错误" not in response.content.decode()
    assert QuizQuestionStats.objects.filter(page=quiz_page).first().answered == 2


def test_with_javascript_the_answer_comes_back_as_the_marked_quiz(client, quiz_page):
    response = client.post(quiz_page.url, answers_for(quiz_page.quiz, right), HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    payload = response.json()
    assert payload["marked"] is True
    fragment = BeautifulSoup(payload["html"], "html.parser")
    section = fragment.select_one("section[data-quiz]")
    assert section["id"] == "quiz-page"
    assert "您答对了 2 题，共 2 题。" in section.get_text()
    assert not fragment.select("header, footer, main")
    assert QuizQuestionStats.objects.filter(page=quiz_page, answered=1).count() == 2


def test_with_javascript_a_rate_limited_answer_says_so(client, quiz_page, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "quiz": (0, 3600)}
    response = client.post(quiz_page.url, answers_for(quiz_page.quiz, right), HTTP_ACCEPT="application/json")
    assert response.status_code == 429
    assert "最多提交 0 次答案" in response.json()["html"]


def test_a_guide_quiz_block_is_answered_on_the_guide(client, guide_with_quiz):
    (quiz,) = guide_with_quiz.quizzes()
    page = client.get(guide_with_quiz.url)
    html = soup(page)
    section = html.select_one(f"#quiz-{quiz.id}")
    assert section.select_one("h2").get_text() == "读完考考自己"
    assert section.select_one("form")["action"] == f"{guide_with_quiz.url}#quiz-{quiz.id}"
    assert not html.select("input[name=csrfmiddlewaretoken]")
    assert html.select_one("script[src$='js/quiz.js']")

    response = client.post(guide_with_quiz.url, answers_for(quiz, wrong))

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert "您答对了 0 题，共 1 题。" in soup(response).select_one(f"#quiz-{quiz.id} .quiz__score").get_text()
    assert "正规客服不会让您向“安全账户”转账。" in response.content.decode(), "the whole guide comes back"
    stats = QuizQuestionStats.objects.get(page=guide_with_quiz)
    assert (stats.question_id, stats.answered, stats.wrong) == (quiz.questions[0].id, 1, 1)


def test_a_guide_without_a_quiz_loads_no_quiz_script(client, make_guide):
    response = client.get(make_guide().url)
    assert "js/quiz.js" not in response.content.decode()


def test_two_quizzes_on_one_guide_are_answered_separately(client, make_guide):
    from .conftest import QUESTIONS

    guide = make_guide(
        body=[
            ("quiz", {"title": "第一组", "questions": QUESTIONS[:1]}),
            ("quiz", {"title": "第二组", "questions": QUESTIONS[1:]}),
        ]
    )
    first, second = guide.quizzes()
    html = soup(client.get(guide.url))
    assert len({element["id"] for element in html.select("[id]")}) == len(html.select("[id]")), "ids unique"

    response = client.post(guide.url, answers_for(second, right))
    html = soup(response)
    assert html.select_one(f"#quiz-{second.id} .quiz__score")
    assert not html.select_one(f"#quiz-{first.id} .quiz__score")
    assert html.select_one(f"#quiz-{first.id} button[type=submit]")
    assert list(QuizQuestionStats.objects.values_list("question_id", flat=True)) == [second.questions[0].id]


def test_an_answer_to_a_quiz_no_longer_on_the_page_shows_the_page(client, guide_with_quiz):
    response = client.post(guide_with_quiz.url, {"quiz": "gone", "answer-x": "y"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert not QuizQuestionStats.objects.exists()


def test_the_answer_never_enters_the_page_cache(page_cache, client, quiz_page):
    client.get(quiz_page.url)
    answered = client.post(quiz_page.url, answers_for(quiz_page.quiz, right))
    assert "X-Page-Cache" not in answered
    fresh = client.get(quiz_page.url)
    assert fresh["X-Page-Cache"] == "hit"
    assert "您答对了" not in fresh.content.decode()


class TestCsrf:
    """Only quiz answers skip the CSRF check; every other POST to a page still needs the token."""

    @pytest.fixture
    def strict_client(self):
        return Client(enforce_csrf_checks=True)

    def test_a_quiz_answer_needs_no_token(self, strict_client, quiz_page, guide_with_quiz):
        assert strict_client.post(quiz_page.url, answers_for(quiz_page.quiz, right)).status_code == 200
        (quiz,) = guide_with_quiz.quizzes()
        assert strict_client.post(guide_with_quiz.url, answers_for(quiz, right)).status_code == 200

    def test_other_posts_to_a_guide_need_the_token(self, strict_client, guide_with_quiz):
        assert strict_client.post(guide_with_quiz.url, {"comment": "x"}).status_code == 403

    def test_the_report_form_still_needs_the_token(self, strict_client, form_page):
        response = strict_client.post(form_page.url, {"quiz": "page", "description": "x"})
        assert response.status_code == 403

    def test_posts_to_other_page_types_need_the_token(self, strict_client, home, guide_index):
        assert strict_client.post(guide_index.url, {"quiz": "page"}).status_code == 403
