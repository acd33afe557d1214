"""The quiz blocks: exactly one right answer per question, friendly errors in the admin."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from education.blocks import GuideStreamBlock
from education.models import GuidePage, QuizPage
from education.quizzes.blocks import QuizBlock, QuizQuestionBlock

from .conftest import question

pytestmark = pytest.mark.django_db


def clean(value):
    block = QuizQuestionBlock()
    return block.clean(block.to_python(value))


def error_messages(error):
    """Every message in a (nested) block validation error."""
    data = error.as_json_data()
    found = []

    def walk(node):
        if isinstance(node, dict):
            found.extend(node.get("messages", []))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return found


def test_a_question_with_one_right_option_is_valid():
    value = clean(question())
    assert [option["correct"] for option in value["options"]] == [False, True, False]


def test_a_question_without_a_right_option_is_refused_in_chinese():
    value = question()
    for option in value["options"]:
        option["correct"] = False
    with pytest.raises(ValidationError) as error:
        clean(value)
    assert error_messages(error.value) == ["请勾选一个正确答案：每道题必须有且只有一个正确选项。"]


def test_a_question_with_two_right_options_is_refused_in_chinese():
    value = question()
    value["options"][0]["correct"] = True
    with pytest.raises(ValidationError) as error:
        clean(value)
    assert error_messages(error.value) == ["只能有一个正确答案，现在勾选了 2 个，请只保留一个。"]


def test_a_question_needs_two_options_and_an_explanation():
    value = question(options=["只有一个选项"], right=0)
    value["explanation"] = ""
    with pytest.raises(ValidationError) as error:
        clean(value)
    assert set(error.value.as_json_data()["blockErrors"]) == {"options", "explanation"}


def test_guides_offer_the_quiz_block_with_help_for_editors():
    block = GuideStreamBlock().child_blocks["quiz"]
    assert isinstance(block, QuizBlock)
    assert block.meta.description and block.meta.icon and block.meta.preview_value
    assert QuizQuestionBlock().meta.preview_value["options"]


def test_the_admin_shows_the_one_right_answer_error_and_keeps_the_page_unsaved(
    admin_client, guide_index, category
):
    url = reverse("wagtailadmin_pages:add", args=("education", "guidepage", guide_index.pk))
    bad = question()
    bad["options"][0]["correct"] = True
    data = nested_form_data(
        {
            "title": "冒充客服小测验指南",
            "slug": "maochong-quiz",
            "summary": "读完做几道题。",
            "category": category.pk,
            "body": streamfield(
                [
                    (
                        "quiz",
                        {
                            "title": "防骗小测验",
                            "intro": "",
                            "questions": streamfield_list([bad]),
                        },
                    )
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert not GuidePage.objects.filter(slug="maochong-quiz").exists()
    # The block errors reach the admin's StreamField as JSON, on the options of the first question.
    page = response.content.decode()
    message = json.dumps("只能有一个正确答案，现在勾选了 2 个，请只保留一个。")[1:-1]
    assert f"&quot;options&quot;: {{&quot;messages&quot;: [&quot;{message}&quot;]" in page


def test_an_editor_creates_a_quiz_page(admin_client, home, category):
    from education.models import QuizIndexPage

    index = home.add_child(instance=QuizIndexPage(title="防骗小测验", slug="quizzes"))
    url = reverse("wagtailadmin_pages:add", args=("education", "quizpage", index.pk))
    form = admin_client.get(url)
    assert form.status_code == 200
    html = form.content.decode()
    assert "题目" in html and "相关指南" in html
    data = nested_form_data(
        {
            "title": "征信修复小测验",
            "slug": "",
            "summary": "三道题。",
            "category": category.pk,
            "related_guide": "",
            "questions": streamfield([("question", question_form(question()))]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(
        ".error-message"
    )
    page = QuizPage.objects.get(title="征信修复小测验")
    assert page.live and page.slug.isascii()
    (quiz,) = page.quizzes()
    assert quiz.questions[0].right_option.text == "挂断电话，自己拨打官方客服核实"


def question_form(value):
    return {
        "question": value["question"],
        "options": streamfield_list(value["options"]),
        "explanation": value["explanation"],
    }


def streamfield_list(items):
    """Form data of a ListBlock (wagtail.test.utils.form_data has no helper for it)."""
    data = {"count": len(items)}
    for index, item in enumerate(items):
        if isinstance(item, dict) and "question" in item:
            item = question_form(item)
        data[str(index)] = {"value": item, "deleted": "", "order": str(index), "id": ""}
    return data
