"""Erasing a case's personal data on request, and holding a case: the service (which the reporter's
withdrawal will call too) and the confirmation pages on the case page."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests.factories import add_image_evidence, make_tipoff, make_user
from tipoffs.models import SuspectContact, TipOff, TipOffContact, TipOffNote, private_storage
from tipoffs.privacy.services import (
    CaseOnHold,
    Erasure,
    PrivacyError,
    StaleCase,
    erase_personal_data,
    place_hold,
    release_hold,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def case():
    tipoff = make_tipoff(
        contacts=(("phone", "13800138000"), ("bank_card", "6222021234567890128")),
        reporter_name="王女士",
        reporter_contact="+8613900000000",
        client_ip_hash="ab" * 32,
    )
    add_image_evidence(tipoff, name="聊天记录.png")
    TipOffNote.objects.create(tipoff=tipoff, body="已回访。")
    return tipoff


@pytest.fixture
def member(client):
    user = make_user("team", username="alice")
    client.force_login(user)
    return user


def url(action, tipoff):
    return reverse(f"tipoffs_privacy:{action}", args=[tipoff.pk])


# The service --------------------------------------------------------------------------------------------


def test_erasing_removes_the_reporters_data_and_keeps_the_case_and_its_links(
    case, django_capture_on_commit_callbacks
):
    evidence = case.evidence.get()
    version = case.version
    with django_capture_on_commit_callbacks(execute=True):
        erasure = erase_personal_data(case, reason="举报人来电要求删除（工单 123）")
    assert erasure == Erasure(reporter_details=1, report_text=1, evidence_files=1) and erasure.anything

    case.refresh_from_db()
    assert (case.reporter_name, case.reporter_contact, case.description, case.client_ip_hash) == (
        "",
        "",
        "",
        "",
    )
    assert case.reporter_erased_at and case.description_erased_at and case.version == version + 1
    assert not private_storage().exists(evidence.file.name)
    assert set(TipOffContact.objects.filter(tipoff=case).values_list("raw_value", flat=True)) == {""}
    assert SuspectContact.objects.count() == 2 and set(
        SuspectContact.objects.values_list("report_count", flat=True)
    ) == {1}
    assert case.notes.get().body == "已回访。"  # the team's record stays

    entry = ModelLogEntry.objects.get(action="tipoffs.erase")
    assert entry.user is None  # the reporter's own request (the withdraw action)
    assert entry.data == {
        "reason": "举报人来电要求删除（工单 123）",
        "reporter_details": 1,
        "report_text": 1,
        "evidence_files": 1,
    }


def test_erasing_again_erases_nothing_more(case):
    erase_personal_data(case, reason="应要求")
    assert erase_personal_data(case, reason="再次要求") == Erasure(0, 0, 0)
    assert ModelLogEntry.objects.filter(action="tipoffs.erase").count() == 2


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_reason_is_required(case, reason):
    with pytest.raises(PrivacyError, match="请写明原因"):
        erase_personal_data(case, reason=reason)
    case.refresh_from_db()
    assert case.reporter_contact


def test_a_case_on_hold_cannot_be_erased_until_released(case, member):
    place_hold(case, reason="法院调取", user=member)
    with pytest.raises(CaseOnHold, match="法院调取"):
        erase_personal_data(case, reason="应要求", user=member)
    case.refresh_from_db()
    assert case.reporter_contact and case.evidence.get().erased_at is None
    release_hold(case, reason="已调取完毕", user=member)
    assert erase_personal_data(case, reason="应要求", user=member).reporter_details == 1
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(case.pk)).order_by("pk").values_list("action", flat=True)
    )
    assert actions == ["tipoffs.hold_place", "tipoffs.hold_release", "tipoffs.erase"]


def test_an_erasure_based_on_an_old_version_is_refused(case, member):
    with pytest.raises(StaleCase):
        erase_personal_data(case, reason="应要求", user=member, expected_version=case.version - 1)
    case.refresh_from_db()
    assert case.reporter_contact


def test_holding_twice_or_releasing_nothing_is_refused(case, member):
    with pytest.raises(PrivacyError, match="没有处于证据保全中"):
        release_hold(case, reason="x", user=member)
    place_hold(case, reason="公安调查", user=member)
    with pytest.raises(PrivacyError, match="已经处于证据保全中"):
        place_hold(case, reason="x", user=member)


# The confirmation pages ---------------------------------------------------------------------------------


def test_the_case_page_links_the_actions_and_the_erase_page_says_what_goes(client, member, case):
    html = client.get(reverse("tipoffs_tipoff:edit", args=[case.pk])).content.decode()
    assert url("erase", case) in html and url("hold", case) in html and url("release", case) not in html
    assert "已删除的用户" in html  # the note's author is gone (the page used to fail on that)
    response = client.get(url("erase", case))
    page = response.content.decode()
    assert response.status_code == 200
    assert "1 个证据文件" in page and "不可恢复" in page and 'name="reason"' in page
    TipOff.objects.get(pk=case.pk)  # nothing happened on GET
    assert case.evidence.get().erased_at is None


def test_confirming_erases_audits_and_returns_to_the_case(client, member, case):
    response = client.post(url("erase", case), {"reason": "举报人要求", "version": case.version}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("tipoffs_tipoff:edit", args=[case.pk])
    html = response.content.decode()
    assert "已删除这条线索中举报人的个人信息" in html and "王女士" not in html and "（已删除）" in html
    assert "举报人信息已删除" in html and "匿名举报" not in html
    assert ModelLogEntry.objects.get(action="tipoffs.erase").user == member


def test_without_a_reason_nothing_is_erased_and_the_page_says_why(client, member, case):
    response = client.post(url("erase", case), {"reason": "", "version": case.version})
    assert response.status_code == 400 and "请写明原因" in response.content.decode()
    case.refresh_from_db()
    assert case.reporter_contact


def test_a_stale_form_is_refused_keeping_the_reason(client, member, case):
    response = client.post(url("erase", case), {"reason": "举报人要求", "version": case.version - 1})
    html = response.content.decode()
    assert response.status_code == 400 and "刚被其他同事修改过" in html and "举报人要求" in html


def test_hold_and_release_from_the_case_page(client, member, case):
    client.post(url("hold", case), {"reason": "公安调证", "version": case.version})
    case.refresh_from_db()
    assert case.on_hold and case.legal_hold_reason == "公安调证"
    html = client.get(reverse("tipoffs_tipoff:edit", args=[case.pk])).content.decode()
    assert "保全中（公安调证" in html and url("release", case) in html and url("erase", case) not in html
    assert "不能删除" in client.get(url("erase", case)).content.decode()

    client.post(url("release", case), {"reason": "公安已结案", "version": case.version})
    case.refresh_from_db()
    assert not case.on_hold
    entry = ModelLogEntry.objects.get(action="tipoffs.hold_release")
    assert entry.data["reason"] == "公安已结案" and entry.data["hold"] == "公安调证"


def test_only_team_members_who_may_change_cases_get_in(client, case):
    from django.contrib.auth.models import Permission

    viewer = make_user("plain")
    viewer.user_permissions.add(
        Permission.objects.get(codename="view_tipoff"), Permission.objects.get(codename="access_admin")
    )
    client.force_login(viewer)
    for action in ("erase", "hold", "release"):
        assert client.get(url(action, case)).status_code == 403
        assert client.post(url(action, case), {"reason": "x", "version": case.version}).status_code == 403
    case.refresh_from_db()
    assert case.reporter_contact and not case.on_hold
