"""The team's tip-off queue and case page in the Wagtail admin."""

import csv
import io

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from tests.factories import add_image_evidence, hours_ago, make_tipoff, make_user
from tipoffs.models import TipOff, TipOffNote, TipOffOutcome, TipOffStatus

pytestmark = pytest.mark.django_db
INDEX = reverse("tipoffs_tipoff:index")


@pytest.fixture
def member(client):
    user = make_user("team", username="alice")
    client.force_login(user)
    return user


def case_url(tipoff):
    return reverse("tipoffs_tipoff:edit", args=[tipoff.pk])


def post_action(client, tipoff, action, **data):
    tipoff.refresh_from_db()
    data.setdefault("version", tipoff.version)
    return client.post(case_url(tipoff), {"action": action, **data}, follow=True)


def listed_references(response):
    return [t.reference for t in response.context["object_list"]]


# The list -----------------------------------------------------------------------------------------


def test_list_shows_the_queue_most_urgent_first(client, member):
    fresh = make_tipoff(received_at=hours_ago(0.1))
    late = make_tipoff(received_at=hours_ago(3))
    closed = make_tipoff(
        received_at=hours_ago(50),
        status=TipOffStatus.CLOSED,
        acknowledged_at=hours_ago(49),
        closed_at=hours_ago(30),
    )
    response = client.get(INDEX)
    assert response.status_code == 200
    assert listed_references(response) == [late.reference, fresh.reference, closed.reference]
    html = response.content.decode()
    assert "受理·已超时" in html and "受理·按时" in html and "已全部完成" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sla_state=overdue", ["late"]),
        ("sla_state=due_soon", ["soon"]),
        ("sla_state=on_time", ["fresh", "acked"]),  # acked is now in its 24-hour stage
        ("status=acknowledged", ["acked"]),
        ("assignee=none", ["late", "soon", "fresh"]),
    ],
)
def test_list_filters(client, member, query, expected):
    made = {
        "late": make_tipoff(received_at=hours_ago(2)),
        "soon": make_tipoff(received_at=hours_ago(0.9)),
        "fresh": make_tipoff(received_at=hours_ago(0.1)),
        "acked": make_tipoff(
            received_at=hours_ago(1),
            status=TipOffStatus.ACKNOWLEDGED,
            acknowledged_at=hours_ago(0.5),
            assignee=member,
        ),
    }
    response = client.get(f"{INDEX}?{query}")
    assert sorted(listed_references(response)) == sorted(made[name].reference for name in expected)


def test_filter_by_assignee_and_date_range(client, member):
    mine = make_tipoff(assignee=member, received_at=hours_ago(1))
    old = make_tipoff(received_at=hours_ago(24 * 10))
    assert listed_references(client.get(f"{INDEX}?assignee={member.pk}")) == [mine.reference]
    day = timezone.localtime(old.received_at).date().isoformat()
    response = client.get(f"{INDEX}?received_at_from={day}&received_at_to={day}")
    assert listed_references(response) == [old.reference]


@pytest.mark.parametrize(
    "query", ["138 0013 8000", "+86 13800138000", "0013800", "JB-20261124", "jb-20261124", "利息降下来"]
)
def test_search_by_contact_reference_or_text(client, member, query):
    wanted = make_tipoff(contacts=(("phone", "13800138000"),))
    make_tipoff(
        contacts=(("wechat", "someone_else"),), description="另一个不相关的举报内容，关于反催收联盟的收费。"
    )
    if query.upper() == "JB-20261124":  # the whole reference, as printed or typed in lower case
        query = wanted.reference if query.isupper() else wanted.reference.lower()
    response = client.get(INDEX, {"q": query})
    assert listed_references(response) == [wanted.reference]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram indexes exist on PostgreSQL only")
def test_substring_searches_have_trigram_indexes_on_postgresql():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexdef LIKE '%%gin_trgm_ops%%'")
        found = dict(cursor.fetchall())
    assert set(found) == {
        "tipoff_description_trigram",
        "tipoffcontact_raw_value_trigram",
        "suspectcontact_value_trigram",
    }


def test_list_of_ten_thousand_renders_with_bounded_queries(client, member, django_assert_max_num_queries):
    TipOff.objects.bulk_create(
        TipOff(
            reference=f"JB-20261124-B{n:05d}",
            status_key_hash="x",
            description="d",
            consent_given_at=hours_ago(1),
        )
        for n in range(10_000)
    )
    with django_assert_max_num_queries(14):
        response = client.get(INDEX)
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 50


# Export -------------------------------------------------------------------------------------------


def test_csv_export_has_bom_labels_masking_and_neutralised_formulas(client, member):
    make_tipoff(
        contacts=(("bank_card", "6222 0212 3456 7890 128"), ("phone", "13800138000")),
        description='=HYPERLINK("http://evil.example","点我")',
        status=TipOffStatus.ACKNOWLEDGED,
        acknowledged_at=hours_ago(0),
    )
    response = client.get(INDEX, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows[0]["状态"] == "已受理"
    assert rows[0]["发生了什么"].startswith("'=HYPERLINK")
    assert "6222021234567890128" not in body
    assert "622202*********0128" in rows[0]["可疑联系人（银行卡已打码）"]
    entry = ModelLogEntry.objects.get(action="tipoffs.export")
    assert entry.user_id == member.pk and entry.data["format"] == "csv" and entry.data["rows"] == 1


def test_xlsx_export(client, member):
    make_tipoff(description="+1 打这个电话就能退款，对方说是银行客服。")
    response = client.get(INDEX, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][0] == "编号"
    assert rows[1][-1].startswith("'+1")


def test_export_needs_its_own_permission(client):
    from django.contrib.auth.models import Permission

    viewer = make_user("plain", username="viewer")
    viewer.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_tipoff"]))
    client.force_login(viewer)
    make_tipoff()
    assert client.get(INDEX).status_code == 200
    assert "export=csv" not in client.get(INDEX).content.decode()
    assert client.get(INDEX, {"export": "csv"}).status_code == 403
    assert not ModelLogEntry.objects.filter(action="tipoffs.export").exists()


# The case page ------------------------------------------------------------------------------------


def test_case_page_shows_report_contacts_evidence_and_logs_the_view(client, member):
    other = make_tipoff(contacts=(("phone", "13800138000"),))
    tipoff = make_tipoff(
        contacts=(("phone", "138-0013-8000"), ("bank_card", "6222021234567890128")),
        reporter_name="王女士",
        reporter_contact="13900000000",
    )
    add_image_evidence(tipoff)
    response = client.get(case_url(tipoff))
    html = response.content.decode()
    assert response.status_code == 200
    assert tipoff.description in html and "王女士" in html
    assert "+8613800138000" in html and "另有 1 条举报" in html
    assert "6222021234567890128" in html  # the team sees full card numbers
    assert reverse("tipoffs_tipoff:evidence_thumbnail", args=[tipoff.evidence.get().pk]) in html
    assert ModelLogEntry.objects.filter(action="tipoffs.view", object_id=str(tipoff.pk), user=member).exists()
    assert other.reference not in html


def test_transitions_in_order_stamp_their_times_and_closing_needs_an_outcome(client, member):
    tipoff = make_tipoff()
    response = post_action(client, tipoff, "transition", to="investigating")
    assert "不能从“新线索”直接变为“核查中”" in response.content.decode()
    for status in ("acknowledged", "investigating"):
        post_action(client, tipoff, "transition", to=status)
    tipoff.refresh_from_db()
    assert tipoff.status == TipOffStatus.INVESTIGATING
    assert tipoff.acknowledged_at and tipoff.investigated_at and not tipoff.closed_at

    response = post_action(client, tipoff, "transition", to="closed")
    assert "办结前请选择办结结论" in response.content.decode()
    tipoff.refresh_from_db()
    assert tipoff.status == TipOffStatus.INVESTIGATING

    post_action(client, tipoff, "transition", to="closed", outcome=TipOffOutcome.CONFIRMED)
    tipoff.refresh_from_db()
    assert tipoff.status == TipOffStatus.CLOSED and tipoff.outcome == "confirmed" and tipoff.closed_at
    response = post_action(client, tipoff, "transition", to="new")
    assert "不能从“已办结”直接变为“新线索”" in response.content.decode()
    actions = list(ModelLogEntry.objects.filter(action="tipoffs.transition").values_list("data", flat=True))
    assert [a["to"] for a in actions] == ["acknowledged", "investigating", "closed"] or [
        a["to"] for a in reversed(actions)
    ] == ["acknowledged", "investigating", "closed"]


def test_a_stale_change_is_refused_not_overwritten(client, member):
    tipoff = make_tipoff()
    loaded_version = tipoff.version
    colleague = make_user("team", username="bob")
    post_action(client, tipoff, "assign_me")  # alice assigns herself; version moves on
    client.force_login(colleague)
    response = client.post(
        case_url(tipoff),
        {"action": "transition", "to": "acknowledged", "version": loaded_version},
        follow=True,
    )
    assert "刚被其他同事修改过" in response.content.decode()
    tipoff.refresh_from_db()
    assert tipoff.status == TipOffStatus.NEW and tipoff.assignee == member


def test_assign_to_me_unassign_feedback_and_notes(client, member):
    tipoff = make_tipoff(reporter_contact="reporter@example.com")
    post_action(client, tipoff, "assign_me")
    tipoff.refresh_from_db()
    assert tipoff.assignee == member
    post_action(client, tipoff, "unassign")
    tipoff.refresh_from_db()
    assert tipoff.assignee is None

    post_action(client, tipoff, "feedback")
    tipoff.refresh_from_db()
    assert tipoff.fed_back_at is not None
    assert "已经记录过反馈" in post_action(client, tipoff, "feedback").content.decode()

    assert "备注不能为空" in post_action(client, tipoff, "note", body="   ").content.decode()
    response = post_action(client, tipoff, "note", body="已电话联系举报人，对方称被收取 3000 元“服务费”。")
    assert "3000 元" in response.content.decode()
    note = TipOffNote.objects.get()
    assert note.author == member
    for action in ("tipoffs.assign", "tipoffs.feedback", "tipoffs.note"):
        assert ModelLogEntry.objects.filter(action=action, object_id=str(tipoff.pk)).exists()


def test_feedback_refused_for_anonymous_reports(client, member):
    tipoff = make_tipoff()
    assert "没有留下联系方式" in post_action(client, tipoff, "feedback").content.decode()


def test_notes_cannot_be_edited_or_deleted(client, member):
    tipoff = make_tipoff()
    post_action(client, tipoff, "note", body="第一条备注")
    note = TipOffNote.objects.get()
    for action in ("edit_note", "delete_note"):
        post_action(client, tipoff, action, note=note.pk, body="改掉")
    note.refresh_from_db()
    assert note.body == "第一条备注"
    assert TipOffNote.objects.count() == 1


def test_history_page_lists_audit_entries(client, member):
    tipoff = make_tipoff()
    post_action(client, tipoff, "assign_me")
    response = client.get(reverse("tipoffs_tipoff:history", args=[tipoff.pk]))
    assert response.status_code == 200
    assert "分配经办人" in response.content.decode()


# Evidence -----------------------------------------------------------------------------------------


def test_evidence_download_is_an_attachment_with_nosniff_and_logged(client, member):
    tipoff = make_tipoff()
    evidence = add_image_evidence(tipoff, name="转账记录.png")
    response = client.get(reverse("tipoffs_tipoff:evidence", args=[evidence.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content)[:8] == b"\x89PNG\r\n\x1a\n"
    entry = ModelLogEntry.objects.get(action="tipoffs.evidence_download")
    assert entry.user_id == member.pk and entry.data["name"] == "转账记录.png"


def test_evidence_thumbnail(client, member):
    evidence = add_image_evidence(make_tipoff())
    response = client.get(reverse("tipoffs_tipoff:evidence_thumbnail", args=[evidence.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"


# Dashboard ----------------------------------------------------------------------------------------


def test_dashboard_panel_for_the_team_only(client, member):
    make_tipoff(received_at=hours_ago(5))
    make_tipoff(received_at=hours_ago(0.2))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "未办结 2 条" in html and "受理超时 1 条" in html and "最早未受理" in html

    editor = make_user("editor")
    client.force_login(editor)
    assert "未办结" not in client.get(reverse("wagtailadmin_home")).content.decode()
