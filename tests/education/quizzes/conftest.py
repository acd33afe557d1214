"""Fixtures of the quiz tests: a quiz index, quiz pages and guides holding a quiz block."""

import itertools

import pytest

from education.models import QuizIndexPage, QuizPage
from tests.conftest import publish

_counter = itertools.count(1)


def question(text="冒充客服要您把钱转到“安全账户”，您应该怎么做？", right=1, options=None, explanation=None):
    """A question block value: ``options`` (texts), the ``right`` one by index."""
    options = options or ["马上转账，免得账户被冻结", "挂断电话，自己拨打官方客服核实", "先转一半试试"]
    return {
        "question": text,
        "options": [{"text": option, "correct": index == right} for index, option in enumerate(options)],
        "explanation": explanation or "正规机构没有“安全账户”。挂断后用官方渠道核实。",
    }


QUESTIONS = [
    question(),
    question(
        "有人说交 2000 元就能删除逾期记录，可信吗？",
        right=0,
        options=["不可信，逾期记录不能花钱删除", "可信，对方有内部渠道"],
        explanation="征信记录只能依法更正错误，有异议可以免费申请。",
    ),
]


@pytest.fixture
def quiz_index(home):
    return home.add_child(instance=QuizIndexPage(title="防骗小测验", slug="quizzes", show_in_menus=True))


@pytest.fixture
def make_quiz(quiz_index, category):
    def make(questions=QUESTIONS, **fields):
        n = next(_counter)
        fields.setdefault("title", f"冒充客服小测验 {n}")
        fields.setdefault("slug", f"quiz-{n}")
        fields.setdefault("summary", "三道题，看看您能不能识破冒充客服。")
        fields.setdefault("category", category)
        page = quiz_index.add_child(
            instance=QuizPage(questions=[("question", value) for value in questions], **fields)
        )
        return publish(page)

    return make


@pytest.fixture
def quiz_page(make_quiz):
    return make_quiz()


@pytest.fixture
def guide_with_quiz(make_guide):
    return make_guide(
        body=[
            ("paragraph", "<p>正规客服不会让您向“安全账户”转账。</p>"),
            ("quiz", {"title": "读完考考自己", "intro": "", "questions": QUESTIONS[:1]}),
        ]
    )


def answers_for(quiz, choose):
    """POST data answering ``quiz`` (education.quizzes.quiz.Quiz): ``choose(question)`` picks the option."""
    data = {"quiz": quiz.id}
    for q in quiz.questions:
        option = choose(q)
        if option is not None:
            data[q.field_name] = option.id
    return data


def right(question):
    return question.right_option


def wrong(question):
    return next(option for option in question.options if not option.correct)
