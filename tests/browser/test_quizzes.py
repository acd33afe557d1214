"""防骗小测验 on a 320 px phone, with JavaScript off (a POST that comes back marked) and on (marked in place):
both count the answer, neither scrolls sideways, and axe finds nothing wrong before or after answering."""

import pytest
from playwright.sync_api import expect

from .support import SCREENSHOT_DIR, browser_db

WIDTH = 320


@pytest.fixture
def quizzes(home):
    """A quiz page with two questions, and a guide holding a quiz block."""
    from django.core.cache import cache

    from education.models import GuideIndexPage, GuidePage, QuizIndexPage, QuizPage, ScamCategory
    from tests.conftest import publish
    from tests.education.quizzes.conftest import QUESTIONS

    cache.clear()  # the quiz rate limit counts per client, and every browser here is 127.0.0.1
    category = ScamCategory.objects.get(slug="maochong-kefu")
    index = publish(
        home.add_child(instance=QuizIndexPage(title="防骗小测验", slug="quizzes", show_in_menus=True))
    )
    quiz_page = publish(
        index.add_child(
            instance=QuizPage(
                title="冒充客服小测验",
                slug="maochong-kefu",
                summary="两道题，看看您能不能识破冒充客服。",
                category=category,
                questions=[("question", value) for value in QUESTIONS],
            )
        )
    )
    guides = publish(home.add_child(instance=GuideIndexPage(title="防骗指南", slug="guides")))
    guide = publish(
        guides.add_child(
            instance=GuidePage(
                title="识别冒充客服",
                slug="maochong-kefu",
                summary="正规客服不会做的五件事。",
                category=category,
                body=[
                    ("paragraph", "<p>正规客服不会让您向“安全账户”转账。</p>"),
                    ("quiz", {"title": "读完考考自己", "intro": "一道题。", "questions": QUESTIONS[:1]}),
                ],
            )
        )
    )
    return {"index": index, "quiz": quiz_page, "guide": guide}


def check_page(page, what, javascript):
    """No sideways scrolling at 320 px; and axe finds nothing, where it can run: axe-core needs the page's
    JavaScript (its checks wait on timers), so with scripts off it would wait for ever. The states are the
    same HTML either way (with JavaScript the marked quiz is the server's fragment)."""
    from .axe import axe_violations

    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH, what
    if javascript:
        assert axe_violations(page) == [], what


def stats():
    from education.models import QuizQuestionStats

    return sorted(QuizQuestionStats.objects.values_list("answered", "wrong"))


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("javascript", [False, True], ids=["nojs", "js"])
def test_answer_a_quiz_on_a_phone(live_server, new_context, quizzes, javascript):
    mode = "js" if javascript else "nojs"
    page = new_context(java_script_enabled=javascript, viewport={"width": WIDTH, "height": 640}).new_page()
    page.goto(live_server.url + quizzes["index"].url)
    check_page(page, "quiz index", javascript)
    page.get_by_role("link", name="冒充客服小测验").click()
    page.wait_for_load_state()
    check_page(page, "quiz, unanswered", javascript)
    page.evaluate("window.stayedOnPage = true")

    # One question left out: it is pointed at, the other answer is kept, nothing is given away.
    page.get_by_label("挂断电话，自己拨打官方客服核实").check()
    page.get_by_role("button", name="提交答案").click()
    page.wait_for_load_state()
    alert = page.get_by_role("alert")
    assert "还有 1 道题没有选答案" in alert.inner_text()
    assert page.get_by_label("挂断电话，自己拨打官方客服核实").is_checked()
    assert page.locator(".quiz__feedback").count() == 0
    check_page(page, "quiz, a question left out", javascript)
    assert stats() == []

    # Both answered, the second one wrong: marked in words, with the explanations.
    page.get_by_label("可信，对方有内部渠道").check()
    page.get_by_role("button", name="提交答案").click()
    page.wait_for_load_state()
    score = page.get_by_role("status").filter(has_text="您答对了")
    assert "您答对了 1 题，共 2 题。" in score.inner_text()
    questions = page.locator(".quiz__question")
    assert "✓ 回答正确。" in questions.nth(0).inner_text()
    assert "✗ 回答错误。正确答案是：不可信，逾期记录不能花钱删除" in questions.nth(1).inner_text()
    assert "征信记录只能依法更正错误" in questions.nth(1).inner_text()
    assert "（您的选择）" in questions.nth(1).inner_text()
    check_page(page, "quiz, marked", javascript)
    page.screenshot(path=str(SCREENSHOT_DIR / f"quiz-marked-{WIDTH}-{mode}.png"), full_page=True)
    assert stats() == [(1, 0), (1, 1)]
    if javascript:
        assert page.evaluate("window.stayedOnPage === true"), "marked in place, without loading a page"
        assert page.evaluate("document.activeElement.classList.contains('quiz__score')")
    else:
        assert page.evaluate("window.stayedOnPage === undefined"), "the page came back from the POST"

    # 再做一次: a fresh quiz, counted again.
    page.get_by_role("link", name="再做一次").click()
    page.wait_for_load_state()
    expect(page.get_by_role("button", name="提交答案")).to_be_visible()
    assert not page.get_by_label("可信，对方有内部渠道").is_checked()
    page.get_by_label("挂断电话，自己拨打官方客服核实").check()
    page.get_by_label("不可信，逾期记录不能花钱删除").check()
    page.get_by_role("button", name="提交答案").click()
    expect(page.get_by_role("status").filter(has_text="您答对了")).to_contain_text("您答对了 2 题，共 2 题。")
    assert stats() == [(2, 0), (2, 1)]


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("javascript", [False, True], ids=["nojs", "js"])
def test_answer_the_quiz_in_a_guide(live_server, new_context, quizzes, javascript):
    page = new_context(java_script_enabled=javascript, viewport={"width": WIDTH, "height": 640}).new_page()
    page.goto(live_server.url + quizzes["guide"].url)
    quiz = page.get_by_role("region", name="读完考考自己")
    check_page(page, "guide with a quiz", javascript)
    quiz.get_by_label("先转一半试试").check()
    quiz.get_by_role("button", name="提交答案").click()
    page.wait_for_load_state()
    quiz = page.get_by_role("region", name="读完考考自己")
    assert "您答对了 0 题，共 1 题。" in quiz.get_by_role("status").inner_text()
    assert "（正确答案）" in quiz.locator(".quiz__option--right").inner_text()
    # The guide itself is still there, and the quiz is in view.
    expect(page.get_by_text("正规客服不会让您向“安全账户”转账。")).to_be_visible()
    expect(quiz.get_by_role("status")).to_be_visible()
    if not javascript:
        assert page.url.endswith("#" + quiz.get_attribute("id"))
    check_page(page, "guide with a marked quiz", javascript)
    assert stats() == [(1, 1)]
