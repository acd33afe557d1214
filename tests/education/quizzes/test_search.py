"""Quiz pages are found by the site search: by their title, summary, questions and category, under
their own 小测验 filter, without ever quoting an answer or an explanation in the results."""

import pytest
from bs4 import BeautifulSoup

from education.search.results import load_pages, search_pages

from .conftest import question

pytestmark = pytest.mark.django_db


def titles(query, type_key=""):
    return [page.title for page in load_pages(search_pages(query, type_key).ids)]


def results_page(client, **params):
    return BeautifulSoup(client.get("/search/", params).content, "html.parser")


def test_a_quiz_is_found_by_its_title_summary_and_questions(make_quiz):
    quiz = make_quiz(
        title="征信修复小测验",
        summary="看看您能不能识破花钱洗白征信的套路。",
        questions=[question("对方让您下载屏幕共享软件，您应该怎么做？")],
    )
    assert quiz.title in titles("征信修复")
    assert quiz.title in titles("洗白征信")
    assert quiz.title in titles("屏幕共享")


def test_a_quiz_filed_under_a_category_comes_first_for_its_name(make_quiz, make_guide, category):
    quiz = make_quiz(title="考考自己", summary="几道题。", questions=[question()])
    # The guide says the words more often; the quiz is *about* them.
    guide = make_guide(
        category=None, title="别的话题", summary=f"{category.name}、{category.name}、{category.name}"
    )
    assert titles(category.name) == [quiz.title, guide.title]


def test_drafts_and_private_quizzes_are_not_found(make_quiz):
    from wagtail.models import PageViewRestriction

    draft = make_quiz(title="草稿：刷单返利小测验")
    draft.unpublish()
    private = make_quiz(title="内部：刷单返利小测验")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    live = make_quiz(title="刷单返利小测验")
    assert titles("刷单返利") == [live.title]


def test_results_page_has_a_quiz_filter_and_shows_the_summary_only(client, make_quiz, make_guide):
    quiz = make_quiz(
        title="安全账户小测验",
        summary="三道题，识破冒充客服。",
        questions=[question(explanation="这段解析只在答题后显示。")],
    )
    guide = make_guide(category=None, title="什么是安全账户", summary="安全账户是骗子的说法。")

    soup = results_page(client, q="安全账户")
    assert "小测验 (1)" in soup.select_one(".search-types").get_text()
    found = {a.get_text(): a["href"] for a in soup.select(".search-results h2 a")}
    assert found == {quiz.title: quiz.url, guide.title: guide.url}
    assert "这段解析只在答题后显示" not in soup.select_one(".search-results").get_text()
    assert "防骗小测验" in soup.select_one(".search-results").get_text()  # the result's type

    soup = results_page(client, q="安全账户", type="quiz")
    assert [a.get_text() for a in soup.select(".search-results h2 a")] == [quiz.title]
