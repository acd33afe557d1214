"""“对您有帮助吗？” at the end of guides and alerts: a cached page's form posting to a CSRF-exempt view that
checks the origin, drops bots, rate-limits and stores nothing about the sender."""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from education.models import PageFeedback, StandardPage

pytestmark = pytest.mark.django_db

ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


def post(client, page, helpful="yes", comment="", headers=ORIGIN, **extra):
    data = {"page": page if isinstance(page, (int, str)) else page.pk, "helpful": helpful, "comment": comment}
    data.update(extra)
    return client.post("/feedback/", data, **headers)


@pytest.fixture
def guide(make_guide):
    return make_guide(title="警惕冒充客服")


def test_guides_and_alerts_end_with_the_question_and_no_csrf_token(client, guide, make_alert):
    for page in (guide, make_alert()):
        response = client.get(page.url)
        html = response.content.decode()
        assert "对您有帮助吗？" in html
        assert 'action="/feedback/"' in html
        assert f'name="page" value="{page.pk}"' in html
        assert 'name="helpful" value="yes"' in html and 'name="helpful" value="no"' in html
        assert 'maxlength="500"' in html
        assert 'name="website"' in html  # the honeypot
        assert "csrfmiddlewaretoken" not in html
        assert not response.cookies
        # The thank-you is in the page already, shown by CSS when the reader comes back to it.
        assert 'id="feedback-thanks"' in html
        assert html.index("对您有帮助吗？") > html.index('class="prose"')


def test_the_page_with_the_form_is_still_cached(client, page_cache, guide):
    assert client.get(guide.url)["X-Page-Cache"] == "miss"
    assert client.get(guide.url)["X-Page-Cache"] == "hit"


def test_an_answer_is_saved_and_the_reader_goes_back_to_the_thank_you(client, guide):
    response = post(client, guide, "yes", "  写得很清楚，谢谢！ ")
    assert response.status_code == 303
    assert response["Location"] == guide.url + "#feedback-thanks"
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.helpful, feedback.comment) == (guide.pk, True, "写得很清楚，谢谢！")


def test_no_with_a_comment_and_yes_without_one(client, guide):
    post(client, guide, "no", "没说清楚怎么联系银行")
    post(client, guide, "yes")
    assert sorted(PageFeedback.objects.values_list("helpful", "comment")) == [
        (False, "没说清楚怎么联系银行"),
        (True, ""),
    ]


def test_a_long_comment_comes_back_with_what_was_typed_and_a_chinese_error(client, guide):
    text = "太长了" * 167  # 501 characters
    response = post(client, guide, "no", text)
    assert response.status_code == 400
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert "留言最多 500 个字，您写了 501 个字" in html
    assert text in html
    assert f'name="page" value="{guide.pk}"' in html
    assert 'aria-invalid="true"' in html
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize("helpful", ["", "maybe"])
def test_an_answer_must_be_yes_or_no(client, guide, helpful):
    response = post(client, guide, helpful, "评论")
    assert response.status_code == 400
    assert "请选择“有帮助”或“没帮助”。" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_a_bot_filling_the_honeypot_sees_success_but_nothing_is_saved_or_counted(client, guide, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "feedback": (1, 3600)}
    response = post(client, guide, "yes", website="http://spam.example")
    assert response.status_code == 303
    assert not PageFeedback.objects.exists()
    assert post(client, guide, "yes").status_code == 303  # the bot used none of the limit
    assert PageFeedback.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_REFERER": "https://evil.example/guides/"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_ORIGIN": "null"},
    ],
)
def test_only_our_own_pages_may_post(client, guide, headers):
    response = post(client, guide, headers=headers)
    assert response.status_code == 403
    assert not PageFeedback.objects.exists()


def test_a_same_site_referer_is_enough(client, guide):
    assert post(client, guide, headers={"HTTP_REFERER": "http://testserver" + guide.url}).status_code == 303


def test_answers_are_rate_limited(client, guide, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "feedback": (2, 3600)}
    cache.clear()
    assert post(client, guide).status_code == 303
    assert post(client, guide).status_code == 303
    response = post(client, guide, "no", "第三次")
    assert response.status_code == 429
    html = response.content.decode()
    assert "您在 60 分钟内已提交了 2 次反馈，请稍后再试。" in html
    assert "第三次" in html
    assert PageFeedback.objects.count() == 2


def test_only_live_public_guides_and_alerts_take_answers(client, home, guide, make_event):
    guides = guide.get_parent()
    draft = guides.add_child(instance=type(guide)(title="草稿", slug="draft", summary="x", live=False))
    restricted = guides.add_child(instance=type(guide)(title="内部", slug="internal", summary="x"))
    restricted.save_revision().publish()
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="x")
    standard = home.add_child(instance=StandardPage(title="关于我们", slug="about"))
    for page in (draft.pk, restricted.pk, standard.pk, make_event().pk, 999999, "abc", ""):
        assert post(client, page).status_code == 404
    assert not PageFeedback.objects.exists()


def test_with_javascript_the_answer_is_json(client, guide):
    ajax = {**ORIGIN, "HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
    response = post(client, guide, "yes", "好", headers=ajax)
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    response = post(client, guide, "", headers=ajax)
    assert response.status_code == 400
    assert response.json()["errors"] == {"helpful": ["请选择“有帮助”或“没帮助”。"]}
    assert PageFeedback.objects.count() == 1


def test_only_post(client):
    assert client.get("/feedback/").status_code == 405
