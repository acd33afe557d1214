"""Demo content: one quiz per main scam category, valid, answerable, and loaded only once."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from education.demo import content
from education.models import GuidePage, QuizIndexPage, QuizPage, QuizQuestionStats
from education.quizzes.blocks import QuizQuestionBlock
from tests.education.test_demo_content import demo, demo_site, load  # noqa: F401 (fixtures)

from .conftest import answers_for, right

pytestmark = pytest.mark.django_db


def test_there_is_a_quiz_for_each_main_scam_category(demo):  # noqa: F811
    index = QuizIndexPage.objects.get()
    assert index.get_parent().specific == demo and index.live and index.show_in_menus
    quizzes = list(QuizPage.objects.child_of(index).live().select_related("category", "related_guide"))
    titles = " ".join(quiz.title for quiz in quizzes)
    for topic in ("代理维权", "征信修复", "冒充客服", "刷单返利"):
        assert topic in titles
    assert {quiz.category.slug for quiz in quizzes} >= {"daili-weiquan", "zhengxin-xiufu", "maochong-kefu"}
    block = QuizQuestionBlock()
    for quiz in quizzes:
        assert quiz.related_guide and quiz.related_guide.live, quiz.title
        assert len(quiz.questions) >= 3
        for child in quiz.questions:
            block.clean(child.value)  # exactly one right option, an explanation
            assert all(option.id for option in quiz.quiz.questions[0].options), "stable option ids"


def test_a_demo_guide_holds_a_quiz_block(demo):  # noqa: F811
    guide = GuidePage.objects.get(slug="maochong-kefu", locale__language_code=settings.LANGUAGE_CODE)
    (quiz,) = guide.quizzes()
    assert quiz.id and len(quiz.questions) == 2


def test_demo_quizzes_can_be_answered(demo, client):  # noqa: F811
    page = QuizPage.objects.get(slug="maochong-kefu")
    listing = BeautifulSoup(client.get(page.get_parent().url).content, "html.parser")
    assert len(listing.select(".card--quiz")) == len(content.QUIZZES)
    response = client.post(page.url, answers_for(page.quiz, right))
    assert "您答对了 4 题，共 4 题。" in response.content.decode()
    assert QuizQuestionStats.objects.filter(page=page, answered=1, wrong=0).count() == 4


def test_loading_again_adds_no_quiz(demo):  # noqa: F811
    count = QuizPage.objects.count()
    assert load() == "演示内容已存在，没有任何改动。\n"
    assert QuizPage.objects.count() == count == len(content.QUIZZES)
