"""The quiz page types: where they go in the tree, what they render, what they cost."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from education.models import GuideIndexPage, HomePage, QuizIndexPage, QuizPage

from .conftest import QUESTIONS, answers_for, right

pytestmark = pytest.mark.django_db


def test_quiz_pages_live_under_the_one_quiz_index_under_home():
    assert set(QuizIndexPage.allowed_subpage_models()) == {QuizPage}
    assert QuizIndexPage.clean_parent_page_models() == [HomePage]
    assert QuizIndexPage.max_count == 1
    assert QuizPage.clean_parent_page_models() == [QuizIndexPage]
    assert set(QuizPage.allowed_subpage_models()) == set()
    assert QuizIndexPage in set(HomePage.allowed_subpage_models())
    assert QuizPage not in set(GuideIndexPage.allowed_subpage_models())


def test_the_index_lists_live_quizzes_newest_first(client, quiz_index, make_quiz):
    older = make_quiz(title="较早的小测验")
    newer = make_quiz(title="较新的小测验")
    draft = make_quiz(title="草稿小测验")
    draft.unpublish()
    html = BeautifulSoup(client.get(quiz_index.url).content, "html.parser")
    titles = [link.get_text() for link in html.select(".card--quiz .card__title a")]
    assert titles == [newer.title, older.title]
    assert html.select_one(".card--quiz .badge").get_text() == "冒充客服"


def test_an_empty_index_says_so(client, quiz_index):
    assert "小测验正在准备中" in client.get(quiz_index.url).content.decode()


def test_the_quiz_page_links_its_guide_and_describes_itself(client, make_quiz, make_guide):
    guide = make_guide(title="识别冒充客服")
    page = make_quiz(related_guide=guide)
    response = client.get(page.url)
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("h1").get_text() == page.title
    assert "共 2 道题" in html.select_one(".article__meta").get_text()
    assert html.select_one(f"a[href='{guide.url}']").get_text() == "阅读防骗指南：识别冒充客服"
    assert '"@type": "Quiz"' in response.content.decode()


def test_a_related_guide_taken_offline_is_not_linked(client, make_quiz, make_guide):
    guide = make_guide()
    page = make_quiz(related_guide=guide)
    guide.unpublish()
    assert guide.url not in client.get(page.url).content.decode()


def queries(client, url, data=None):
    (client.post(url, data) if data else client.get(url))
    with CaptureQueriesContext(connection) as captured:
        response = client.post(url, data) if data else client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_quiz_pages_keep_to_the_query_diet(client, quiz_index, make_quiz, make_guide):
    """As few queries as a guide (issue 16: ≤ 10 uncached), whatever the number of quizzes or questions."""
    for _ in range(3):
        make_quiz()
    page = make_quiz(questions=QUESTIONS * 5, related_guide=make_guide())
    assert queries(client, quiz_index.url) <= 10
    assert queries(client, page.url) <= 10
    # Answering adds the counting (a fixed handful of queries, in one transaction).
    assert queries(client, page.url, answers_for(page.quiz, right)) <= 10 + 8
