"""The public tip-off form: validation, saving, receipts, status lookup and abuse controls."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import DESCRIPTION, png_upload, report_data
from tipoffs.models import Evidence, SuspectContact, TipOff, TipOffStatus

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def private_media(settings):
    cache.clear()  # rate limits count in the cache
    return settings.PRIVATE_MEDIA_ROOT


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def field_error(response, field_id):
    node = soup_of(response).find(id=f"{field_id}_error")
    return node.get_text() if node else None


def test_form_page_explains_itself_and_labels_every_field(client, form_page):
    response = client.get("/report/")
    assert response.status_code == 200
    soup = soup_of(response)
    legends = [legend.get_text(" ", strip=True) for legend in soup.select(".form-section > legend")]
    assert legends == ["1 发生了什么", "2 谁联系了您", "3 证据", "4 关于您"]
    text = soup.get_text()
    assert "大约 5 分钟" in text and "可以匿名举报" in text
    assert "无法把结果告诉您" in text, "the anonymity trade-off is stated"
    assert "1 小时内" in text and "24 小时内" in text and "48 小时内" in text
    for control in soup.select("form.tipoff-form input, form.tipoff-form select, form.tipoff-form textarea"):
        if control.get("type") in ("hidden", "submit"):
            continue
        assert soup.find("label", attrs={"for": control["id"]}), control
    assert len(soup.select("[data-contact-row]")) == 3
    assert soup.find("input", attrs={"name": "form_token"})["value"]


def test_valid_report_is_saved_and_redirects_to_a_receipt(client, form_page):
    response = client.post("/report/", report_data(reporter_contact="13900139000", amount_lost="3000.50"))
    assert response.status_code == 302
    assert response["Location"] == "/report/thanks/#thanks"
    tipoff = TipOff.objects.get()
    assert re.fullmatch(r"JB-\d{8}-[2-9A-HJKMNP-Z]{4}", tipoff.reference)
    assert tipoff.description == DESCRIPTION
    assert str(tipoff.amount_lost) == "3000.50"
    assert tipoff.reporter_contact == "+8613900139000"
    assert tipoff.status == TipOffStatus.NEW
    assert {(c.kind, c.value) for c in tipoff.contacts.all()} == {
        ("phone", "+8613800138000"),
        ("wechat", "fakekefu_001"),
    }

    thanks = client.get("/report/thanks/")
    soup = soup_of(thanks)
    assert soup.select_one(".reference").get_text() == tipoff.reference
    key = soup.select_one(".status-key").get_text()
    assert tipoff.check_status_key(key)
    assert key not in tipoff.status_key_hash, "the key is stored hashed only"
    assert "48 小时内" in soup.get_text()
    assert thanks["Cache-Control"] == "no-store"

    again = soup_of(client.get("/report/thanks/"))
    assert again.select_one(".reference").get_text() == tipoff.reference
    assert again.select_one(".status-key") is None, "the status key is shown only once"


def test_refresh_or_double_click_yields_one_report(client, form_page):
    data = report_data()
    first = client.post("/report/", data)
    second = client.post("/report/", data)
    assert first.status_code == second.status_code == 302
    assert TipOff.objects.count() == 1
    assert SuspectContact.objects.get(kind="phone").report_count == 1


def test_same_contact_in_two_reports_is_one_suspect_with_count_two(client, form_page):
    client.post("/report/", report_data())
    client.post(
        "/report/",
        report_data(
            **{"contacts-0-value": "0086 13800138000", "contacts-1-value": ""}, **{"contacts-1-kind": ""}
        ),
    )
    contact = SuspectContact.objects.get(kind="phone", value="+8613800138000")
    assert contact.report_count == 2
    assert contact.tipoffs.count() == 2


@pytest.mark.parametrize(
    "overrides, field_id, message",
    [
        ({"description": "太短了"}, "id_description", "至少 20 个字"),
        ({"description": "长" * 5001}, "id_description", "最多 5000 字"),
        ({"description": ""}, "id_description", "至少 20 个字"),
        ({"category": ""}, "id_category", "不确定"),
        ({"category": "999999"}, "id_category", None),
        ({"first_contacted_on": "2999-01-01"}, "id_first_contacted_on", "不能晚于今天"),
        ({"first_contacted_on": "昨天"}, "id_first_contacted_on", "正确的日期"),
        ({"amount_lost": "-5"}, "id_amount_lost", "不能是负数"),
        ({"amount_lost": "12.345"}, "id_amount_lost", "两位"),
        ({"amount_lost": "三千"}, "id_amount_lost", "数字"),
        ({"contact_channel": "pigeon"}, "id_contact_channel", None),
        ({"consent": None}, "id_consent", "请勾选“我已阅读并同意”"),
        ({"reporter_contact": "打我电话"}, "id_reporter_contact", "手机号或电子邮箱"),
        ({"reporter_contact": "a@b"}, "id_reporter_contact", "电子邮箱"),
        ({"contacts-0-value": "0123", "contacts-0-kind": "qq"}, "id_contacts-0-value", None),
        ({"contacts-0-kind": "", "contacts-0-value": "13800138000"}, "id_contacts-0-kind", "类型"),
        ({"contacts-0-kind": "social", "contacts-0-value": "fake"}, "id_contacts-0-platform", None),
    ],
)
def test_bad_values_are_explained_next_to_the_field_and_nothing_is_lost(
    client, form_page, overrides, field_id, message
):
    data = report_data(**overrides)
    response = client.post("/report/", data)
    assert response.status_code == 200
    assert TipOff.objects.count() == 0
    error = field_error(response, field_id)
    assert error, f"no error shown next to {field_id}"
    if message:
        assert message in error
    soup = soup_of(response)
    assert soup.select_one(".error-summary")
    if field_id != "id_description" and overrides.get("description") is None:
        assert soup.find("textarea", attrs={"name": "description"}).get_text().strip() == DESCRIPTION
    assert soup.find("input", attrs={"name": "contacts-1-value"})["value"] == "FakeKefu_001"
    control = soup.find(id=field_id)
    assert control.get("aria-invalid") == "true"


def test_at_least_one_contact_is_required(client, form_page):
    data = report_data(
        **{"contacts-0-kind": "", "contacts-0-value": "", "contacts-1-kind": "", "contacts-1-value": ""}
    )
    response = client.post("/report/", data)
    assert TipOff.objects.count() == 0
    assert "至少填写一个" in soup_of(response).select_one("#contacts").get_text()


def test_at_most_ten_contacts(client, form_page):
    data = report_data(**{"contacts-TOTAL_FORMS": "11"})
    for n in range(11):
        data[f"contacts-{n}-kind"] = "qq"
        data[f"contacts-{n}-value"] = str(100000 + n)
    response = client.post("/report/", data)
    assert TipOff.objects.count() == 0
    assert response.status_code == 200
    assert "10" in soup_of(response).select_one(".error-summary").get_text()


def test_add_contact_row_without_javascript_keeps_everything(client, form_page):
    data = report_data(add_contact="1")
    response = client.post("/report/", data)
    assert response.status_code == 200
    assert TipOff.objects.count() == 0
    soup = soup_of(response)
    assert len(soup.select("[data-contact-row]")) == 4
    assert soup.find("textarea", attrs={"name": "description"}).get_text().strip() == DESCRIPTION
    assert soup.find("input", attrs={"name": "contacts-0-value"})["value"] == "+86 138-0013-8000"
    assert not soup.select(".field__error"), "no errors before the reporter submits"
    assert not soup.select_one(".error-summary")


def test_chosen_files_must_be_chosen_again_and_the_page_says_so(client, form_page):
    data = report_data(description="短", evidence=png_upload())
    response = client.post("/report/", data)
    assert "重新选择证据文件" in response.content.decode()


def test_report_with_evidence_stores_it_privately(client, form_page, private_media, settings):
    response = client.post("/report/", report_data(evidence=[png_upload("a.png"), png_upload("b.png")]))
    assert response.status_code == 302
    evidence = list(Evidence.objects.all())
    assert [e.original_name for e in evidence] == ["a.png", "b.png"]
    for item in evidence:
        path = private_media / item.file.name
        assert path.exists()
        assert re.fullmatch(r"evidence/\d{4}/\d{2}/[0-9a-f]{32}\.png", item.file.name), "random stored names"
        assert len(item.sha256) == 64 and item.size == path.stat().st_size
        assert not str(path).startswith(str(settings.MEDIA_ROOT))
        with pytest.raises(ValueError):
            item.file.url  # noqa: B018 - no public address exists
        assert client.get(f"/media/{item.file.name}").status_code == 404
        assert client.get(f"/private_media/{item.file.name}").status_code == 404


def test_hostile_file_is_rejected_by_name_and_nothing_saved(client, form_page):
    fake = SimpleUploadedFile("截图.jpg", b"this is not an image", content_type="image/jpeg")
    response = client.post("/report/", report_data(evidence=fake))
    assert TipOff.objects.count() == 0
    assert "截图.jpg" in field_error(response, "id_evidence")


def test_failure_while_saving_evidence_leaves_nothing_behind(client, form_page, private_media, monkeypatch):
    original_save = Evidence.save
    calls = {"n": 0}

    def failing_save(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        return original_save(self, *args, **kwargs)

    monkeypatch.setattr(Evidence, "save", failing_save)
    response = client.post("/report/", report_data(evidence=[png_upload("a.png"), png_upload("b.png")]))
    assert response.status_code == 500
    assert "还没有保存" in response.content.decode()
    assert DESCRIPTION in response.content.decode(), "the reporter's text is kept"
    assert TipOff.objects.count() == 0
    assert SuspectContact.objects.count() == 0
    assert Evidence.objects.count() == 0
    assert not [p for p in private_media.rglob("*") if p.is_file()], "no orphaned evidence files"


def test_honeypot_discards_bots(client, form_page):
    response = client.post("/report/", report_data(website="http://spam.example"))
    assert response.status_code == 302
    assert TipOff.objects.count() == 0


def test_reports_are_rate_limited_per_ip_with_a_friendly_429(client, form_page, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "report": (2, 3600)}
    for _ in range(2):
        assert client.post("/report/", report_data()).status_code == 302
    response = client.post("/report/", report_data())
    assert response.status_code == 429
    assert "提交太频繁" in response.content.decode()
    assert "每 60 分钟最多提交 2 份举报" in response.content.decode()
    assert DESCRIPTION in response.content.decode()
    assert TipOff.objects.count() == 2
    other_ip = client.post("/report/", report_data(), REMOTE_ADDR="10.9.8.7")
    assert other_ip.status_code == 302


def test_reporter_ip_is_stored_only_as_a_salted_hash(client, form_page):
    client.post("/report/", report_data(), REMOTE_ADDR="203.0.113.9")
    tipoff = TipOff.objects.get()
    assert len(tipoff.client_ip_hash) == 64
    for field in TipOff._meta.concrete_fields:
        assert "203.0.113.9" not in str(getattr(tipoff, field.attname))


def test_oversized_request_is_refused_before_parsing(client, form_page, settings):
    settings.TIPOFF_MAX_REQUEST_BYTES = 1000
    response = client.post("/report/", report_data(evidence=png_upload()))
    assert response.status_code == 413
    assert "太大" in response.content.decode()
    assert TipOff.objects.count() == 0


@pytest.mark.parametrize(
    "flags, expected",
    [
        ({"transferred_money": "on"}, "110"),
        ({"amount_lost": "500"}, "止付"),
        ({"shared_bank_info": "on"}, "冻结或挂失"),
        ({"shared_id_info": "on"}, "征信报告"),
    ],
)
def test_receipt_advice_is_tailored(client, form_page, flags, expected):
    client.post("/report/", report_data(**flags))
    advice = soup_of(client.get("/report/thanks/")).select_one(".advice").get_text()
    assert expected in advice


def test_receipt_links_the_guide_for_the_category(client, form_page, make_guide):
    guide = make_guide(title="如何识别冒充客服")
    client.post("/report/", report_data())
    soup = soup_of(client.get("/report/thanks/"))
    assert soup.find("a", href=guide.url)


def test_anonymous_receipt_says_there_will_be_no_follow_up(client, form_page):
    client.post("/report/", report_data())
    assert (
        "匿名举报"
        in soup_of(client.get("/report/thanks/")).select_one("#next-heading").find_next("ol").get_text()
    )


def submit_and_get_key(client):
    client.post("/report/", report_data())
    soup = soup_of(client.get("/report/thanks/"))
    return soup.select_one(".reference").get_text(), soup.select_one(".status-key").get_text()


def test_status_lookup_shows_only_the_coarse_stage(client, form_page):
    reference, key = submit_and_get_key(client)
    response = client.post(
        "/report/status/", {"reference": reference.lower(), "status_key": key.replace("-", "")}
    )
    soup = soup_of(response)
    assert soup.select_one(".stage").get_text() == "已收到"
    assert DESCRIPTION not in response.content.decode()
    assert "13800138000" not in response.content.decode()
    TipOff.objects.update(status=TipOffStatus.INVESTIGATING)
    response = client.post("/report/status/", {"reference": reference, "status_key": key})
    assert soup_of(response).select_one(".stage").get_text() == "核查中"


def test_wrong_pairs_get_one_neutral_answer(client, form_page):
    reference, key = submit_and_get_key(client)
    wrong_key = client.post("/report/status/", {"reference": reference, "status_key": "AAAA-BBBB-CCCC"})
    no_such = client.post("/report/status/", {"reference": "JB-20200101-AAAA", "status_key": key})

    def answer(response):
        return soup_of(response).select_one(".error-summary").get_text(strip=True)

    assert answer(wrong_key) == answer(no_such) == "没有找到与编号和查询码相符的举报，请核对后重试。"


def test_status_lookups_are_rate_limited(client, form_page, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "lookup": (3, 3600)}
    for _ in range(3):
        client.post("/report/status/", {"reference": "JB-20200101-AAAA", "status_key": "AAAA-BBBB-CCCC"})
    response = client.post(
        "/report/status/", {"reference": "JB-20200101-AAAA", "status_key": "AAAA-BBBB-CCCC"}
    )
    assert response.status_code == 429
    assert "每 60 分钟最多查询 3 次" in response.content.decode()


def test_csrf_is_enforced(form_page):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/report/", report_data())
    assert response.status_code == 403
    assert TipOff.objects.count() == 0
