"""The reporter's follow-up: the status lookup opens the case for a while; add information and evidence,
see the closing explanation, rate a closed case once, withdraw the report."""

import uuid
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone
from wagtail.models import ModelLogEntry

from tests.factories import add_image_evidence, make_tipoff, make_user, png_upload
from tipoffs import audit
from tipoffs.models import (
    ContactStatus,
    Evidence,
    ReporterAddition,
    ReporterRating,
    SuspectContact,
    TipOff,
    TipOffOutcome,
    TipOffStatus,
    hash_status_key,
)

pytestmark = pytest.mark.django_db
KEY = "ABCD-EFGH-JKMN"
STATUS = "/report/status/"
ADD = "/report/status/add/"
RATE = "/report/status/rate/"
WITHDRAW = "/report/status/withdraw/"


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def case(form_page):
    return make_tipoff(
        status_key_hash=hash_status_key(KEY), reporter_name="王女士", reporter_contact="+8613900000000"
    )


@pytest.fixture
def opened(client, case):
    """A client that looked the case up with the right key."""
    response = client.post(STATUS, {"reference": case.reference, "status_key": KEY})
    assert response.status_code == 200
    return client


def addition_data(**overrides):
    data = {"text": "对方今天又换了一个号码 13700000000 打给我。", "form_token": str(uuid.uuid4())}
    return {**data, **overrides}


# Access -------------------------------------------------------------------------------------------------


def test_follow_up_forms_ask_for_the_key_until_a_lookup_succeeds(client, case):
    for url in (ADD, RATE, WITHDRAW):
        response = client.get(url)
        assert response.status_code == 200
        assert "请先输入举报编号和查询码" in response.content.decode()
        assert soup_of(response).select_one("form.tipoff-form")["action"] == STATUS
    client.post(STATUS, {"reference": case.reference, "status_key": "AAAA-BBBB-CCCC"})
    assert "请先输入举报编号和查询码" in client.get(ADD).content.decode()
    client.post(STATUS, {"reference": case.reference, "status_key": KEY})
    assert "补充到举报" in client.get(ADD).content.decode()


def test_a_wrong_key_and_an_unknown_reference_get_the_same_answer_and_no_session(client, case):
    wrong_key = client.post(STATUS, {"reference": case.reference, "status_key": "AAAA-BBBB-CCCC"})
    unknown = client.post(STATUS, {"reference": "JB-20200101-AAAA", "status_key": KEY})

    def answer(response):
        return soup_of(response).select_one(".error-summary").get_text(strip=True)

    assert answer(wrong_key) == answer(unknown) == "没有找到与编号和查询码相符的举报，请核对后重试。"
    assert "sessionid" not in wrong_key.cookies and "sessionid" not in unknown.cookies


def test_access_expires(client, case, settings, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    client.post(STATUS, {"reference": case.reference, "status_key": KEY})
    time_machine.move_to(timezone.now() + timedelta(minutes=settings.TIPOFF_FOLLOWUP_ACCESS_MINUTES + 1))
    assert "请先输入举报编号和查询码" in client.get(ADD).content.decode()
    assert soup_of(client.get(STATUS)).select_one(".stage") is None


def test_the_status_page_keeps_showing_the_case_while_access_lasts(opened, case):
    response = opened.get(STATUS)
    assert soup_of(response).select_one(".stage").get_text() == "已收到"
    assert case.description not in response.content.decode()
    assert response["Cache-Control"] == "no-store"


def test_leaving_closes_the_case_in_this_browser(opened, case):
    response = opened.post(STATUS, {"forget": "1"})
    assert "已退出" in response.content.decode()
    assert soup_of(opened.get(STATUS)).select_one(".stage") is None
    assert "请先输入举报编号和查询码" in opened.get(ADD).content.decode()


# Adding information -------------------------------------------------------------------------------------


def test_an_addition_is_appended_with_evidence_and_leaves_the_clocks_alone(
    opened, case, team_mail, django_capture_on_commit_callbacks
):
    member = make_user("team", username="bob")
    TipOff.objects.filter(pk=case.pk).update(assignee=member)
    case.refresh_from_db()
    before = (case.sla_stage, case.sla_due_at, case.version, case.description)
    team_mail.TIPOFF_NOTIFY_EMAILS = ["team@example.com"]

    with django_capture_on_commit_callbacks(execute=True):
        response = opened.post(ADD, addition_data(evidence=[png_upload("新截图.png")]))
    assert response.status_code == 302
    assert response["Location"].endswith("/report/status/#followup-done")

    addition = ReporterAddition.objects.get()
    assert addition.tipoff == case and "13700000000" in addition.text
    file = Evidence.objects.get(addition=addition)
    assert file.original_name == "新截图.png" and file.content_type == "image/png"
    case.refresh_from_db()
    assert (case.sla_stage, case.sla_due_at, case.version, case.description) == before

    # The assignee (not the whole team) is told, without anything the reporter wrote.
    assert [m.to for m in mail.outbox] == [["bob@example.com"]]
    assert case.reference in mail.outbox[0].subject
    assert "13700000000" not in mail.outbox[0].body
    assert "已收到您补充的信息" in opened.get(STATUS).content.decode()


def test_without_an_assignee_the_team_is_told(opened, case, team_mail, django_capture_on_commit_callbacks):
    team_mail.TIPOFF_NOTIFY_EMAILS = ["team@example.com"]
    with django_capture_on_commit_callbacks(execute=True):
        opened.post(ADD, addition_data())
    assert [m.to for m in mail.outbox] == [["team@example.com"]]


def test_a_double_submit_adds_once(opened, case):
    data = addition_data()
    first = opened.post(ADD, data)
    second = opened.post(ADD, data)
    assert first.status_code == second.status_code == 302
    assert ReporterAddition.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": ""}, "请写下要补充的内容，或选择要上传的证据文件。"),
        ({"text": "长" * 5001}, "内容太长了（最多 5000 字"),
    ],
)
def test_bad_additions_get_clear_errors_and_keep_what_was_typed(opened, case, data, message):
    response = opened.post(ADD, addition_data(**data))
    assert response.status_code == 200
    assert message in soup_of(response).select_one("#error-summary").get_text()
    assert ReporterAddition.objects.count() == 0
    if data["text"]:
        assert soup_of(response).select_one("textarea[name=text]").get_text().strip() == data["text"]


def test_evidence_goes_through_the_intake_checks(opened, case, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("病毒.png", b"MZ this is not an image", content_type="image/png")
    response = opened.post(ADD, addition_data(evidence=[fake]))
    assert "病毒.png" in soup_of(response).select_one("#error-summary").get_text()
    assert "请重新选择证据文件" in response.content.decode()
    settings.TIPOFF_EVIDENCE_MAX_FILES = 1
    response = opened.post(ADD, addition_data(evidence=[png_upload("a.png"), png_upload("b.png")]))
    assert "最多只能上传 1 个文件" in response.content.decode()
    assert ReporterAddition.objects.count() == 0 and Evidence.objects.count() == 0


def test_additions_are_rate_limited_like_reports(opened, case, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "followup": (2, 3600)}
    opened.post(ADD, addition_data(text=""))  # a form with mistakes does not count
    for _ in range(2):
        assert opened.post(ADD, addition_data()).status_code == 302
    response = opened.post(ADD, addition_data(text="第三次补充的内容"))
    assert response.status_code == 429
    assert "每 60 分钟最多 2 次" in response.content.decode()
    assert "第三次补充的内容" in response.content.decode()


def test_the_case_page_shows_additions_as_the_reporters(opened, case, client):
    opened.post(ADD, addition_data(evidence=[png_upload("补充截图.png")]))
    client.force_login(make_user("team"))
    page = soup_of(client.get(f"/admin/tipoffs/tipoff/edit/{case.pk}/"))
    section = page.select_one("section[aria-labelledby=case-additions]")
    assert "举报人补充" in section.get_text()
    assert "13700000000" in section.get_text()
    assert "下载 补充截图.png" in section.get_text()
    assert "补充截图.png" not in page.select_one("section[aria-labelledby=case-evidence]").get_text()


# The closing explanation --------------------------------------------------------------------------------


def close(tipoff, message="我们已核实该号码为冒充客服，已加入风险名单。如已转账请尽快报警。"):
    from tipoffs.triage import services

    member = make_user("team")
    for status in (TipOffStatus.ACKNOWLEDGED, TipOffStatus.INVESTIGATING):
        tipoff = services.transition(tipoff, status, member, tipoff.version)
    return services.transition(
        tipoff, TipOffStatus.CLOSED, member, tipoff.version, TipOffOutcome.CONFIRMED, closing_message=message
    )


def test_the_status_page_shows_the_closing_explanation_with_the_stage(opened, case):
    assert "消保团队的办结说明" not in opened.get(STATUS).content.decode()
    close(case)
    page = soup_of(opened.get(STATUS))
    assert page.select_one(".stage").get_text() == "已办结"
    assert "已加入风险名单" in page.select_one(".closing-message").get_text()


def test_without_a_closing_message_the_reporter_gets_a_general_thank_you(opened, case):
    close(case, message="")
    assert "这条举报已经核查完毕" in soup_of(opened.get(STATUS)).select_one(".closing-message").get_text()


def test_the_team_writes_and_changes_the_closing_message_on_the_case_page(client, case):
    member = make_user("team")
    client.force_login(member)
    url = f"/admin/tipoffs/tipoff/edit/{case.pk}/"
    for status in ("acknowledged", "investigating"):
        case.refresh_from_db()
        client.post(url, {"action": "transition", "to": status, "version": case.version})
    case.refresh_from_db()
    page = soup_of(client.get(url))
    assert "举报人查询进度时会看到这段文字" in page.select_one("label[for=closing-message]").get_text()
    client.post(
        url,
        {
            "action": "transition",
            "to": "closed",
            "outcome": "unfounded",
            "closing_message": "经核查暂未发现问题，如再接到电话请再次举报。",
            "version": case.version,
        },
    )
    case.refresh_from_db()
    assert case.status == "closed" and case.closing_message.startswith("经核查暂未发现问题")
    section = soup_of(client.get(url)).select_one("section[aria-labelledby=case-reporter-view]")
    assert "举报人能看到的内容" in section.get_text() and "经核查暂未发现问题" in section.get_text()

    client.post(url, {"action": "closing_message", "closing_message": "新的说明", "version": case.version})
    case.refresh_from_db()
    assert case.closing_message == "新的说明"
    assert ModelLogEntry.objects.filter(action=audit.CLOSING_MESSAGE, object_id=str(case.pk)).exists()
    too_long = {"action": "closing_message", "closing_message": "长" * 1001, "version": case.version}
    response = client.post(url, too_long, follow=True)
    assert "最多 1000 字" in response.content.decode()


# Rating -------------------------------------------------------------------------------------------------


def test_rating_only_once_closed_and_only_once(opened, case, client):
    assert opened.get(RATE).status_code == 302  # not closed yet
    assert "评价处理情况" not in opened.get(STATUS).content.decode()
    close(case)
    assert "评价处理情况" in opened.get(STATUS).content.decode()
    response = opened.post(RATE, {"score": "", "comment": "很快"})
    assert "请选择 1 到 5 分。" in soup_of(response).select_one("#error-summary").get_text()
    assert soup_of(response).select_one("textarea[name=comment]").get_text().strip() == "很快"
    assert "请选择 1 到 5 分。" in opened.post(RATE, {"score": "9"}).content.decode()

    assert opened.post(RATE, {"score": "4", "comment": "处理很快"}).status_code == 302
    assert opened.post(RATE, {"score": "1"}).status_code == 302  # rated already: the first one stands
    rating = ReporterRating.objects.get()
    assert (rating.score, rating.comment) == (4, "处理很快")
    assert "您给这次处理的评分：4 分" in opened.get(STATUS).content.decode()

    # The team sees it on the case page and on the dashboard.
    client.force_login(make_user("team"))
    assert "4 分" in client.get(f"/admin/tipoffs/tipoff/edit/{case.pk}/").content.decode()
    other = close(make_tipoff(reference="JB-20261201-RATE"))
    ReporterRating.objects.create(tipoff=other, score=5)
    dashboard = soup_of(client.get("/admin/")).select_one(".tipoff-dashboard__ratings").get_text()
    assert "平均 4.5 分" in dashboard and "共 2 条" in dashboard


# Withdrawal ---------------------------------------------------------------------------------------------


def test_withdrawing_erases_personal_data_and_keeps_the_counts(opened, case):
    add_image_evidence(case)
    opened.post(ADD, addition_data())
    contact = SuspectContact.objects.get()
    response = opened.get(WITHDRAW)
    assert "您上传的证据文件（1 个）" in response.content.decode()

    response = opened.post(WITHDRAW, {})
    assert "请勾选确认" in soup_of(response).select_one("#error-summary").get_text()
    case.refresh_from_db()
    assert case.withdrawn_at is None and case.reporter_name == "王女士"

    response = opened.post(WITHDRAW, {"confirm": "on"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.withdrawn_at and case.reporter_erased_at
    assert (case.reporter_name, case.reporter_contact, case.description) == ("", "", "")
    assert ReporterAddition.objects.get().text == ""
    assert not Evidence.objects.filter(erased_at__isnull=True).exists()
    contact.refresh_from_db()
    assert contact.report_count == 1 and case.contact_links.count() == 1
    assert ModelLogEntry.objects.filter(action=audit.WITHDRAW, object_id=str(case.pk)).exists()
    assert ModelLogEntry.objects.filter(action=audit.ERASE, object_id=str(case.pk)).exists()

    page = opened.get(STATUS).content.decode()
    assert "举报已撤回" in page and "补充信息或证据" not in page
    assert opened.get(ADD).status_code == 302


def test_a_case_on_hold_cannot_be_withdrawn_and_says_why(opened, case):
    TipOff.objects.filter(pk=case.pk).update(legal_hold_since=timezone.now(), legal_hold_reason="已移交公安")
    response = opened.post(WITHDRAW, {"confirm": "on"})
    assert response.status_code == 409
    assert "这条举报暂时不能撤回" in soup_of(response).select_one("#error-summary").get_text()
    case.refresh_from_db()
    assert case.withdrawn_at is None and case.reporter_name == "王女士"


def test_the_retention_purge_erases_additions_and_comments_with_the_report_text(case):
    from tipoffs.privacy.erasure import erase_report_text

    ReporterAddition.objects.create(tipoff=case, text="补充", form_token=uuid.uuid4())
    ReporterRating.objects.create(tipoff=case, score=2, comment="太慢了")
    erase_report_text(TipOff.objects.filter(pk=case.pk), timezone.now(), notes=False)
    addition = ReporterAddition.objects.get()
    assert addition.text == "" and addition.erased_at
    assert ReporterRating.objects.values_list("score", "comment").get() == (2, "")


def test_confirmed_contacts_stay_confirmed_after_a_withdrawal(opened, case):
    SuspectContact.objects.update(status=ContactStatus.CONFIRMED)
    opened.post(WITHDRAW, {"confirm": "on"})
    assert SuspectContact.objects.get().status == ContactStatus.CONFIRMED


def test_my_data_includes_the_additions(opened, case, client):
    import io
    import json
    import zipfile

    opened.post(ADD, addition_data())
    response = client.post("/report/my-data/", {"reference": case.reference, "status_key": KEY})
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    additions = json.loads(archive.read("report.json"))["submitted"]["additions"]
    assert len(additions) == 1 and "13700000000" in additions[0]["text"]
