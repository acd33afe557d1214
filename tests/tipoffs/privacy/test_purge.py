"""``manage.py purge_expired``: every retention rule at its boundary (frozen time), the hold, idempotence,
batches, the one audit entry per run, the dry run."""

import datetime
import io
import zoneinfo

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from tests.factories import add_image_evidence, make_appeal, make_contact, make_tipoff, make_user
from tipoffs.models import (
    AppealStatus,
    Evidence,
    RiskCheckCount,
    RiskCheckDailyCount,
    SuspectContact,
    TipOff,
    TipOffContact,
    TipOffNote,
    TipOffOutcome,
    TipOffStatus,
    private_storage,
)
from tipoffs.privacy import purge
from tipoffs.privacy.services import release_hold
from tipoffs.privacy.tasks import purge_expired_data
from tipoffs.riskcheck.services import record_check
from tipoffs.suspects.normalise import normalise_contact
from tipoffs.triage import services as triage

pytestmark = pytest.mark.django_db
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
T0 = datetime.datetime(2026, 1, 10, 10, 0, tzinfo=SHANGHAI)
DAY = datetime.timedelta(days=1)
EMPTY = {rule.name: 0 for rule in purge.all_rules()}


@pytest.fixture
def clock(frozen_clock):
    """Frozen at T0; ``clock(days)`` moves to T0 + days."""
    return frozen_clock(T0)


def closed_case(closed_days=0, fed_back_days=None, outcome=TipOffOutcome.CONFIRMED, **fields):
    """A case received at T0 - 1 day and closed ``closed_days`` after T0."""
    fields.setdefault("reporter_name", "王女士")
    fields.setdefault("reporter_contact", "+8613900000000")
    tipoff = make_tipoff(received_at=T0 - DAY, client_ip_hash="ab" * 32, **fields)
    changes = {"status": TipOffStatus.CLOSED, "closed_at": T0 + closed_days * DAY, "outcome": outcome}
    if fed_back_days is not None:
        changes["fed_back_at"] = T0 + fed_back_days * DAY
    TipOff.objects.filter(pk=tipoff.pk).update(**changes)
    tipoff.refresh_from_db()
    return tipoff


def run(**options):
    return purge.purge_expired(**options).counts


# Reporter details ---------------------------------------------------------------------------------------


def test_reporter_details_go_n_days_after_closing_and_feedback(clock, settings):
    settings.TIPOFF_RETENTION_DAYS = {**settings.TIPOFF_RETENTION_DAYS, "reporter_details": 90}
    fed_back_late = closed_case(closed_days=0, fed_back_days=2)
    anonymous = closed_case(closed_days=0, reporter_contact="", reporter_name="李先生")
    still_open = make_tipoff(received_at=T0, reporter_contact="+8613900000001")

    clock(90, minutes=-1)
    assert run()["reporter_details"] == 0
    clock(90)
    assert run()["reporter_details"] == 1  # the anonymous one: closed 90 days ago, no feedback to wait for
    anonymous.refresh_from_db()
    assert (anonymous.reporter_name, anonymous.reporter_contact) == ("", "")
    assert anonymous.reporter_erased_at == T0 + 90 * DAY

    clock(92)
    assert run()["reporter_details"] == 1
    fed_back_late.refresh_from_db()
    assert fed_back_late.reporter_contact == "" and fed_back_late.reporter_erased_at == T0 + 92 * DAY
    assert fed_back_late.description  # only the reporter's details went
    still_open.refresh_from_db()
    assert still_open.reporter_contact == "+8613900000001"


def test_a_case_never_fed_back_still_loses_the_details_n_days_after_closing(clock):
    forgotten = closed_case(closed_days=0)
    clock(90)
    run()
    forgotten.refresh_from_db()
    assert forgotten.reporter_contact == "" and forgotten.fed_back_at is None


# Evidence -----------------------------------------------------------------------------------------------


def test_evidence_goes_m_days_after_closing_leaving_a_tombstone(
    clock, client, django_capture_on_commit_callbacks
):
    tipoff = closed_case(closed_days=0)
    evidence = add_image_evidence(tipoff, name="王女士的转账记录.png")
    stored_name = evidence.file.name
    assert private_storage().exists(stored_name)

    clock(180, minutes=-1)
    assert run()["evidence"] == 0
    clock(180)
    with django_capture_on_commit_callbacks(execute=True):
        assert run()["evidence"] == 1

    assert not private_storage().exists(stored_name)
    tombstone = Evidence.objects.get(pk=evidence.pk)
    assert (tombstone.file.name, tombstone.original_name) == ("", "")
    assert (tombstone.sha256, tombstone.size, tombstone.content_type) == (
        evidence.sha256,
        evidence.size,
        "image/png",
    )
    assert tombstone.erased_at == T0 + 180 * DAY

    client.force_login(make_user("team"))
    html = client.get(reverse("tipoffs_tipoff:edit", args=[tipoff.pk])).content.decode()
    assert "已删除的证据文件" in html and "王女士的转账记录" not in html
    assert client.get(reverse("tipoffs_tipoff:evidence", args=[evidence.pk])).status_code == 404
    assert client.get(reverse("tipoffs_tipoff:evidence_thumbnail", args=[evidence.pk])).status_code == 404


def test_a_file_is_deleted_only_if_the_erasure_commits(clock, django_capture_on_commit_callbacks):
    tipoff = closed_case(closed_days=0)
    evidence = add_image_evidence(tipoff)
    clock(180)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        run()
    assert private_storage().exists(evidence.file.name)  # nothing deleted before the commit
    assert len(callbacks) == 1


# The hold -----------------------------------------------------------------------------------------------


def test_a_case_referred_to_the_police_is_held_until_a_team_member_releases_it(
    clock, django_capture_on_commit_callbacks
):
    member = make_user("team")
    tipoff = make_tipoff(received_at=T0, reporter_contact="+8613900000000", client_ip_hash="ab" * 32)
    add_image_evidence(tipoff)
    for status in (TipOffStatus.ACKNOWLEDGED, TipOffStatus.INVESTIGATING):
        triage.transition(tipoff, status, member, tipoff.version)
    triage.transition(tipoff, TipOffStatus.CLOSED, member, tipoff.version, TipOffOutcome.REFERRED)
    assert tipoff.on_hold and tipoff.legal_hold_since == T0 and tipoff.legal_hold_reason == "已移交公安"

    clock(5 * 365)  # past every period
    result = purge.purge_expired()
    assert result.held == 1
    assert set(result.counts.values()) == {0}
    tipoff.refresh_from_db()
    assert tipoff.description and tipoff.reporter_contact and tipoff.client_ip_hash
    assert tipoff.evidence.get().erased_at is None

    release_hold(tipoff, reason="公安已结案", user=member)
    with django_capture_on_commit_callbacks(execute=True):
        counts = run()
    assert (
        counts["reporter_details"],
        counts["evidence"],
        counts["report_text"],
        counts["tipoff_ip_hashes"],
    ) == (
        1,
        1,
        1,
        1,
    )


# The text after three years -----------------------------------------------------------------------------


def test_report_text_goes_after_three_years_and_the_contact_links_and_counts_stay(clock):
    tipoff = make_tipoff(
        received_at=T0,
        contacts=(("phone", "138 0013 8000"), ("bank_card", "6222 0212 3456 7890 128")),
        reporter_contact="+8613900000000",
    )
    TipOffNote.objects.create(tipoff=tipoff, body="已电话回访举报人。")
    add_image_evidence(tipoff)
    contacts_before = list(SuspectContact.objects.values_list("pk", "report_count"))

    clock(3 * 365, minutes=-1)
    assert run()["report_text"] == 0
    clock(3 * 365)
    counts = run()
    # The case never closed, but nothing of it outlives the text: details and files go too.
    assert (counts["report_text"], counts["reporter_details"], counts["evidence"]) == (1, 1, 1)
    tipoff.refresh_from_db()
    assert tipoff.description == "" and tipoff.description_erased_at == T0 + 3 * 365 * DAY
    assert tipoff.notes.get().body == ""
    links = TipOffContact.objects.filter(tipoff=tipoff)
    assert links.count() == 2
    assert set(links.values_list("raw_value", "raw_value_encrypted")) == {("", "")}
    assert list(SuspectContact.objects.values_list("pk", "report_count")) == contacts_before


# Addresses, appeals, risk checks, the audit log ----------------------------------------------------------


def test_client_address_hashes_go_after_30_days(clock):
    tipoff = make_tipoff(received_at=T0, client_ip_hash="ab" * 32)
    appeal = make_appeal(make_contact("qq", "12345678"), client_ip_hash="cd" * 32)
    clock(30, minutes=-1)
    assert run()["tipoff_ip_hashes"] == 0
    clock(30)
    counts = run()
    assert (counts["tipoff_ip_hashes"], counts["appeal_ip_hashes"]) == (1, 1)
    tipoff.refresh_from_db()
    appeal.refresh_from_db()
    assert tipoff.client_ip_hash == appeal.client_ip_hash == ""
    assert tipoff.description and appeal.appellant_contact  # nothing else yet


def test_appellant_details_go_n_days_after_the_appeal_is_decided(clock):
    contact = make_contact()
    decided = make_appeal(contact, status=AppealStatus.REJECTED, handled_at=T0)
    reviewing = make_appeal(contact, status=AppealStatus.REVIEWING, handled_at=T0)
    clock(90, minutes=-1)
    assert run()["appellant_details"] == 0
    clock(90)
    assert run()["appellant_details"] == 1
    decided.refresh_from_db()
    reviewing.refresh_from_db()
    assert (decided.appellant_name, decided.appellant_contact) == ("", "")
    assert decided.appellant_erased_at == T0 + 90 * DAY and decided.reason
    assert reviewing.appellant_contact == "a@example.com"


def test_hourly_risk_checks_are_rolled_up_into_local_days_after_30_days(clock):
    phone, qq = normalise_contact("phone", "17000000001"), normalise_contact("qq", "12345678")
    # 2026-01-10 23:30 and 2026-01-11 00:30 in Shanghai are two days, though both are 2026-01-10 in UTC.
    late_evening = datetime.datetime(2026, 1, 10, 23, 30, tzinfo=SHANGHAI)
    for _ in range(3):
        record_check(phone, late_evening)
    record_check(phone, late_evening + datetime.timedelta(hours=1))
    record_check(qq, late_evening)
    recent = late_evening + 31 * DAY
    record_check(phone, recent)

    clock(31)  # 2026-02-10 10:00: hours before 2026-01-11 00:00 are due, 01-11 itself is not yet
    assert run()["risk_check_hours"] == 2
    assert set(RiskCheckDailyCount.objects.values_list("value", "day", "count")) == {
        ("+8617000000001", datetime.date(2026, 1, 10), 3),
        ("12345678", datetime.date(2026, 1, 10), 1),
    }
    clock(32)
    assert run()["risk_check_hours"] == 1
    assert RiskCheckDailyCount.objects.get(day=datetime.date(2026, 1, 11)).count == 1
    assert list(RiskCheckCount.objects.values_list("hour", "count")) == [(recent.replace(minute=0), 1)]


def test_a_day_rolled_up_in_two_batches_adds_up(clock):
    phone = normalise_contact("phone", "17000000001")
    for hour in range(5):
        record_check(phone, T0.replace(hour=hour))
    clock(40)
    purge.purge_expired(batch_size=2)
    assert RiskCheckDailyCount.objects.get().count == 5


def test_audit_logs_are_kept_at_least_six_months_whatever_the_setting(clock, settings):
    settings.TIPOFF_RETENTION_DAYS = {**settings.TIPOFF_RETENTION_DAYS, "audit_log": 30}
    tipoff = make_tipoff(received_at=T0)
    log(instance=tipoff, action="tipoffs.view")
    log(instance=tipoff, action="wagtail.edit")  # not ours: never purged
    clock(182)
    assert run()["audit_log"] == 0
    clock(183, minutes=1)
    assert run()["audit_log"] == 1
    assert ModelLogEntry.objects.filter(action="wagtail.edit").exists()
    assert not ModelLogEntry.objects.filter(action="tipoffs.view", timestamp__lt=T0 + DAY).exists()


# A run: idempotent, batched, one audit entry ------------------------------------------------------------


def test_a_second_run_erases_nothing_and_each_run_writes_one_audit_entry(clock):
    for _ in range(3):
        closed_case(closed_days=0)
    clock(3 * 365)
    first = run()
    assert first["reporter_details"] == 3 and first["report_text"] == 3
    snapshot = list(
        TipOff.objects.values_list("pk", "reporter_erased_at", "description_erased_at", "version")
    )
    assert run() == EMPTY
    assert (
        list(TipOff.objects.values_list("pk", "reporter_erased_at", "description_erased_at", "version"))
        == snapshot
    )

    entries = list(ModelLogEntry.objects.filter(action="tipoffs.purge").order_by("pk"))
    assert len(entries) == 2
    assert entries[0].data["counts"] == first and entries[0].data["completed"] is True
    assert entries[1].data["counts"] == EMPTY
    assert entries[0].user is None and entries[0].label == "举报线索（全部）"


def test_rows_are_erased_in_batches_one_transaction_each(clock):
    for _ in range(5):
        closed_case(closed_days=0)
    clock(90)
    with CaptureQueriesContext(connection) as queries:
        assert purge.purge_expired(batch_size=2).counts["reporter_details"] == 5
    erasing = [q["sql"] for q in queries.captured_queries if 'SET "reporter_name"' in q["sql"]]
    assert len(erasing) == 3  # 2 + 2 + 1


def test_run_rule_takes_each_batch_in_its_own_transaction(clock, monkeypatch):
    for _ in range(5):
        closed_case(closed_days=0)
    batches = []
    rule = purge.Rule(
        "test",
        "test",
        "",
        purge.due_reporter_details,
        lambda rows, now: batches.append((len(rows), connection.in_atomic_block)) or len(rows),
    )
    clock(90)
    assert purge.run_rule(rule, T0 + 90 * DAY, batch_size=2) == 5
    assert [size for size, _atomic in batches] == [2, 2, 1]
    assert all(atomic for _size, atomic in batches)


def test_a_failed_run_still_writes_its_audit_entry(clock, monkeypatch):
    add_image_evidence(closed_case(closed_days=0))

    def broken(rows, now):
        raise RuntimeError("disk full")

    monkeypatch.setattr(
        purge, "RULES", (purge.RULES[0], purge.Rule("broken", "x", "", purge.due_evidence, broken))
    )
    clock(400)
    with pytest.raises(RuntimeError):
        purge.purge_expired()
    entry = ModelLogEntry.objects.get(action="tipoffs.purge")
    assert entry.data["completed"] is False and entry.data["counts"] == {"reporter_details": 1}


# The command and the task -------------------------------------------------------------------------------


def test_dry_run_prints_what_is_due_and_changes_nothing(clock):
    tipoff = closed_case(closed_days=0)
    add_image_evidence(tipoff)
    clock(200)
    out = io.StringIO()
    call_command("purge_expired", "--dry-run", stdout=out)
    text = out.getvalue()
    assert "试运行" in text and "不会修改任何数据" in text
    assert "举报人的称呼和联系方式" in text and "证据文件" in text
    assert "  举报人的称呼和联系方式（办结并反馈后到期）：1 条线索\n" in text
    assert "  证据文件（办结后到期；保全中的不删）：1 个文件\n" in text
    assert "  举报内容、联系方式原文和内部备注（收到后到期）：0 条线索\n" in text
    tipoff.refresh_from_db()
    assert tipoff.reporter_contact and tipoff.evidence.get().erased_at is None
    assert not ModelLogEntry.objects.filter(action="tipoffs.purge").exists()


def test_dry_run_as_of_a_later_day_plans_ahead(clock):
    closed_case(closed_days=0)
    out = io.StringIO()
    call_command("purge_expired", "--dry-run", "--as-of", "2026-07-10", stdout=out)
    assert "截至 2026-07-10 00:00" in out.getvalue()
    assert TipOff.objects.get().reporter_contact


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as-of", "2026-07-10"], "只能和 --dry-run 一起用"),
        (["--dry-run", "--as-of", "next week"], "YYYY-MM-DD"),
        (["--batch-size", "0"], "正整数"),
        (["--dry-run", "--enqueue"], "不能和 --enqueue"),
    ],
)
def test_the_command_refuses_bad_options(args, message):
    with pytest.raises(CommandError, match=message):
        call_command("purge_expired", *args)


def test_the_command_purges_and_says_so(clock):
    closed_case(closed_days=0)
    clock(90)
    out = io.StringIO()
    call_command("purge_expired", stdout=out)
    assert "已写入审计日志" in out.getvalue()
    assert TipOff.objects.get().reporter_contact == ""


def test_the_task_runs_the_purge(clock, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    closed_case(closed_days=0)
    clock(90)
    result = purge_expired_data.enqueue()
    assert result.return_value["reporter_details"] == 1
    out = io.StringIO()
    call_command("purge_expired", "--enqueue", stdout=out)
    assert "已加入后台任务队列" in out.getvalue()
    assert ModelLogEntry.objects.filter(action="tipoffs.purge").count() == 2
