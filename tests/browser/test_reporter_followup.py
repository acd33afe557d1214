"""Issue 10, "the reporter can follow up": with the reference and status key a reporter adds information
and a real evidence file, reads the team's closing explanation, rates the handling and withdraws the report
(first refused, kindly, while the case is on hold), on a 320 px phone and a 1366 px laptop, with JavaScript
on and off; every page axe-clean and without sideways scrolling. And the team's side: the case page shows
the addition as the reporter's and says which text the reporter sees."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from .axe import axe_violations
from .report_helpers import open_page, png_file
from .support import browser_db

KEY = "ABCD-EFGH-JKMN"
CLOSING = (
    "我们已核实您举报的号码属于冒充客服，已加入风险名单并提醒各渠道拦截。如果已经转账，请尽快拨打 110 报警。"
)


def fits(page):
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


class Checker:
    """Screenshots each state, and asserts it is axe-clean and does not scroll sideways."""

    def __init__(self, page, screenshot_dir, width, javascript):
        self.page, self.dir, self.javascript = page, screenshot_dir, javascript
        self.suffix = f"{width}-{'js' if javascript else 'nojs'}"

    def __call__(self, name):
        self.page.wait_for_load_state()
        assert fits(self.page), name
        if self.javascript:  # axe runs as a script in the page; the HTML is the same without JavaScript
            assert axe_violations(self.page) == [], name
        self.page.screenshot(path=str(self.dir / f"followup-{name}-{self.suffix}.png"), full_page=True)


def close_case(tipoff):
    from tests.factories import make_user
    from tipoffs.models import TipOffOutcome, TipOffStatus
    from tipoffs.triage import services

    member = make_user("team")
    for status in (TipOffStatus.ACKNOWLEDGED, TipOffStatus.INVESTIGATING):
        tipoff = services.transition(tipoff, status, member, tipoff.version)
    services.transition(
        tipoff, TipOffStatus.CLOSED, member, tipoff.version, TipOffOutcome.CONFIRMED, closing_message=CLOSING
    )


@pytest.mark.browser
@browser_db
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("width", [320, 1366])
def test_a_reporter_follows_up_on_their_report(
    live_server, new_context, report_page, screenshot_dir, tmp_path, width, javascript
):
    from tests.factories import make_tipoff
    from tipoffs.models import Evidence, ReporterAddition, ReporterRating, TipOff, hash_status_key

    tipoff = make_tipoff(status_key_hash=hash_status_key(KEY), reporter_contact="+8613900000000")
    page = open_page(new_context, width, javascript)
    check = Checker(page, screenshot_dir, width, javascript)

    # The lookup: a wrong key first (neutral answer, nothing lost), then the right one.
    page.goto(live_server.url + report_page.url + "status/")
    page.get_by_label("举报编号").fill(tipoff.reference)
    page.get_by_label("查询码").fill("AAAA-BBBB-CCCC")
    page.get_by_role("button", name="查询").last.click()
    page.wait_for_load_state()
    expect(page.get_by_role("alert").filter(has_text="没有找到与编号和查询码相符的举报")).to_be_visible()
    assert page.get_by_label("举报编号").input_value() == tipoff.reference
    page.get_by_label("查询码").fill(KEY)
    page.get_by_role("button", name="查询").last.click()
    expect(page.locator(".followup-case")).to_contain_text("当前进度：已收到")
    check("status")

    # Add information and a real file: an empty form first gets a clear error.
    page.get_by_role("link", name="补充信息或证据").click()
    page.get_by_role("button", name="提交补充").click()
    expect(page.locator("#error-summary")).to_contain_text("请写下要补充的内容，或选择要上传的证据文件。")
    check("add-errors")
    page.get_by_label("补充说明").fill("对方今天又用 137 0000 0000 打来，说再交 500 元就能解冻。")
    page.get_by_label("补充证据文件（可选）").set_input_files(str(png_file(tmp_path)))
    page.get_by_role("button", name="提交补充").click()
    page.wait_for_url("**/report/status/**")
    expect(page.get_by_role("status").filter(has_text="已收到您补充的信息")).to_be_visible()
    check("added")
    addition = ReporterAddition.objects.get(tipoff=tipoff)
    assert "137 0000 0000" in addition.text
    assert Evidence.objects.get(addition=addition).content_type == "image/png"

    # The team closes the case with an explanation: the status page shows it with the stage.
    close_case(TipOff.objects.get(pk=tipoff.pk))
    page.goto(live_server.url + report_page.url + "status/")
    assert "当前进度：已办结" in page.locator(".followup-case").inner_text()
    assert CLOSING in page.locator(".closing-message").inner_text()
    check("closed")

    # Rate it: no score is a clear error that keeps the comment; then 4 points.
    page.get_by_role("link", name="评价处理情况").click()
    page.wait_for_load_state()
    page.get_by_label("想对我们说的话（可选）").fill("回复很快，谢谢。")
    page.get_by_role("button", name="提交评价").click()
    expect(page.locator("#error-summary")).to_contain_text("请选择 1 到 5 分。")
    assert page.get_by_label("想对我们说的话（可选）").input_value() == "回复很快，谢谢。"
    check("rate-errors")
    page.get_by_label("4 分：满意").check()
    page.get_by_role("button", name="提交评价").click()
    page.wait_for_url("**/report/status/**")
    expect(page.get_by_role("status").filter(has_text="谢谢您的评价")).to_be_visible()
    assert page.get_by_role("link", name="评价处理情况").count() == 0
    rating = ReporterRating.objects.get(tipoff=tipoff)
    assert (rating.score, rating.comment) == (4, "回复很快，谢谢。")

    # Withdraw: refused with an explanation while the case is on hold, then done once it is released.
    TipOff.objects.filter(pk=tipoff.pk).update(
        legal_hold_since=timezone.now(), legal_hold_reason="已移交公安"
    )
    page.get_by_role("link", name="撤回举报").click()
    page.wait_for_url("**/withdraw/")
    check("withdraw-confirm")
    page.get_by_role("button", name="确认撤回，立即删除").click()
    expect(page.locator("#error-summary")).to_contain_text("请勾选确认，才能撤回举报。")
    page.get_by_label("我明白：撤回后").check()
    page.get_by_role("button", name="确认撤回，立即删除").click()
    expect(page.locator("#error-summary")).to_contain_text("这条举报暂时不能撤回")
    check("withdraw-on-hold")
    assert TipOff.objects.get(pk=tipoff.pk).withdrawn_at is None

    TipOff.objects.filter(pk=tipoff.pk).update(legal_hold_since=None, legal_hold_reason="")
    page.get_by_role("link", name="不撤回，返回举报进度").click()
    page.get_by_role("link", name="撤回举报").click()
    page.get_by_label("我明白：撤回后").check()
    page.get_by_role("button", name="确认撤回，立即删除").click()
    page.wait_for_url("**/report/status/**")
    expect(page.get_by_role("status").filter(has_text="举报已撤回，您的个人信息已删除")).to_be_visible()
    check("withdrawn")
    tipoff = TipOff.objects.get(pk=tipoff.pk)
    assert tipoff.withdrawn_at and tipoff.reporter_contact == "" and tipoff.description == ""
    assert tipoff.contact_links.count() == 1


@pytest.mark.browser
@browser_db
def test_the_team_sees_the_addition_and_what_the_reporter_reads(
    live_server, new_context, client, screenshot_dir
):
    import uuid

    from tests.factories import add_image_evidence, make_tipoff, make_user
    from tipoffs.models import Evidence, ReporterAddition, ReporterRating

    tipoff = make_tipoff(reporter_contact="+8613900000000")
    addition = ReporterAddition.objects.create(
        tipoff=tipoff, text="对方又换了号码。", form_token=uuid.uuid4()
    )
    Evidence.objects.filter(pk=add_image_evidence(tipoff, name="补充截图.png").pk).update(addition=addition)
    member = make_user("team", username="alice")
    client.force_login(member)
    context = new_context(viewport={"width": 1366, "height": 900})
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page = context.new_page()
    url = f"{live_server.url}/admin/tipoffs/tipoff/edit/{tipoff.pk}/"
    page.goto(url)
    additions = page.locator("section[aria-labelledby=case-additions]")
    assert "对方又换了号码。" in additions.inner_text() and "下载 补充截图.png" in additions.inner_text()
    additions.screenshot(path=str(screenshot_dir / "followup-case-additions-1366.png"))

    for label in ("改为“已受理”", "改为“核查中”"):
        page.get_by_role("button", name=label).click()
        page.wait_for_load_state()
    page.get_by_label("办结结论（必选）").select_option(label="确认为黑灰产")
    page.get_by_label("给举报人的办结说明（举报人查询进度时会看到这段文字，原样显示）").fill(CLOSING)
    page.locator("section[aria-labelledby=case-state]").screenshot(
        path=str(screenshot_dir / "followup-case-closing-1366.png")
    )
    page.get_by_role("button", name="改为“已办结”").click()
    page.wait_for_load_state()
    ReporterRating.objects.create(tipoff=tipoff, score=5, comment="很满意")
    page.reload()
    seen = page.locator("section[aria-labelledby=case-reporter-view]")
    assert CLOSING in seen.inner_text() and "5 分" in seen.inner_text()
    seen.screenshot(path=str(screenshot_dir / "followup-case-reporter-view-1366.png"))

    page.goto(live_server.url + "/admin/")
    ratings = page.locator(".tipoff-dashboard__ratings")
    assert "平均 5.0 分" in ratings.inner_text()
    page.locator(".tipoff-dashboard").screenshot(path=str(screenshot_dir / "followup-dashboard-1366.png"))
