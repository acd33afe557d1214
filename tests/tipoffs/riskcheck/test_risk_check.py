"""The public risk check: three answers, nothing leaked, rate limited, counted; appeals and early warning."""

from datetime import timedelta
from urllib.parse import parse_qsl

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from education.models import ScamCategory
from tests.factories import make_tipoff, make_user, set_official_channels
from tipoffs.models import (
    AppealStatus,
    ContactAppeal,
    ContactStatus,
    RiskCheckCount,
    SuspectContact,
)
from tipoffs.riskcheck.services import record_check, unreported_hot_values
from tipoffs.suspects.normalise import normalise_contact

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()


@pytest.fixture
def check_url(form_page):
    return form_page.url + form_page.reverse_subpage("risk_check")


@pytest.fixture
def official():
    set_official_channels("400-000-0000", [("website", "https://www.example-fintech.com")])


def confirm(kind, raw, category=None, reports=1):
    tipoffs = [make_tipoff(contacts=((kind, raw),), category=category) for _ in range(reports)]
    contact = tipoffs[0].contacts.get()
    contact.status = ContactStatus.CONFIRMED
    contact.save()
    return contact


def check(client, url, kind, value, platform=""):
    return client.post(url, {"kind": kind, "value": value, "platform": platform})


def test_official_channel_answer(client, check_url, official):
    for kind, value in (("phone", "4000000000"), ("url", "http://EXAMPLE-fintech.com/login")):
        html = check(client, check_url, kind, value).content.decode()
        assert "这是我们的官方渠道" in html
        assert "来电显示和头像都可能被伪造" in html


def test_official_channel_answer_names_the_company(client, check_url, official):
    from education.models import SiteSettings

    html = check(client, check_url, "phone", "4000000000").content.decode()
    assert "是本公司公布的官方联系方式" in html, "no company set: the generic wording"
    site_settings = SiteSettings.load()
    site_settings.company_legal_name, site_settings.company_short_name = "测试金融科技有限公司", "测试金融"
    site_settings.save()
    html = check(client, check_url, "phone", "4000000000").content.decode()
    assert "是测试金融科技有限公司公布的官方联系方式" in html
    assert "本公司" not in html


def test_confirmed_answer_gives_category_count_guide_report_and_appeal(client, check_url, make_guide):
    category = ScamCategory.objects.get(slug="maochong-kefu")
    guide = make_guide(title="警惕冒充客服", category=category)
    confirm("phone", "13800138000", category=category, reports=3)
    html = check(client, check_url, "phone", "+86 138-0013-8000").content.decode()
    assert "已被确认为黑灰产" in html
    assert "累计被举报 3 次" in html
    assert category.name in html
    assert guide.url in html
    assert "提交误判申诉" in html and "110" in html


@pytest.mark.parametrize("status", [ContactStatus.PENDING, ContactStatus.CLEARED])
def test_pending_and_cleared_contacts_are_never_revealed(client, check_url, status):
    tipoff = make_tipoff(
        contacts=(("wechat", "daili_weiquan_88"),),
        description="对方说可以帮我全额退息，要先交 2000 元服务费，举报人电话 13912345678。",
        reporter_name="张先生",
        reporter_contact="13912345678",
    )
    SuspectContact.objects.filter(pk=tipoff.contacts.get().pk).update(status=status, report_count=30)
    html = check(client, check_url, "wechat", "DAILI_WEIQUAN_88").content.decode()
    assert "暂无记录" in html and "不代表它是安全的" in html
    for secret in ("被举报", "2000 元", "张先生", "13912345678", tipoff.reference, "待核实", "已排除"):
        assert secret not in html


def test_unknown_answer(client, check_url):
    html = check(client, check_url, "qq", "12345678").content.decode()
    assert "暂无记录" in html and "举报这个联系方式" in html


def test_equivalent_spellings_give_the_same_answer(client, check_url):
    confirm("phone", "13800138000")
    for spelling in ("+86 138-0013-8000", "13800138000", "138 0013 8000", "８６１３８００１３８０００"):
        assert "已被确认为黑灰产" in check(client, check_url, "phone", spelling).content.decode(), spelling
    assert RiskCheckCount.objects.get().count == 4


def test_bad_input_keeps_what_was_typed_and_says_why(client, check_url):
    response = check(client, check_url, "phone", "12ab")
    html = response.content.decode()
    assert response.status_code == 200
    assert "请检查下面标出的内容" in html and 'value="12ab"' in html
    assert "请填写要查询的号码" in check(client, check_url, "", "").content.decode()
    assert not RiskCheckCount.objects.exists()


def test_checks_are_rate_limited(client, check_url, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "check": (2, 3600)}
    for _ in range(2):
        assert check(client, check_url, "qq", "12345678").status_code == 200
    response = check(client, check_url, "qq", "12345678")
    assert response.status_code == 429
    assert "每 60 分钟最多查询 2 次" in response.content.decode()
    assert RiskCheckCount.objects.get().count == 2


def test_checks_are_counted_per_value_and_hour_without_client_data():
    now = timezone.now()
    value = normalise_contact("phone", "17000000001")
    record_check(value, now)
    record_check(value, now)
    record_check(value, now - timedelta(hours=2))
    assert sorted(RiskCheckCount.objects.values_list("count", flat=True)) == [1, 2]
    field_names = {f.name for f in RiskCheckCount._meta.get_fields()}
    # The value's keyed hash is how a count is found (bank cards are kept masked); nothing about who asked.
    assert field_names == {"id", "kind", "value", "value_digest", "hour", "count"}


def test_early_warning_lists_unreported_values_checked_most(client):
    now = timezone.now()
    hot, reported, official_value = (
        normalise_contact("phone", n) for n in ("17000000001", "17000000002", "4000000000")
    )
    make_tipoff(contacts=(("phone", "17000000002"),))
    for _ in range(5):
        record_check(hot, now)
        record_check(reported, now)
        record_check(official_value, now)
    record_check(normalise_contact("phone", "17000000003"), now - timedelta(hours=30))  # too old
    rows = unreported_hot_values({(official_value.kind, official_value.value)}, now=now)
    assert [(row["value"], row["total"]) for row in rows] == [("+8617000000001", 5)]

    client.force_login(make_user("team"))
    html = client.get(reverse("tipoffs_early_warning:index")).content.decode()
    assert "+8617000000001" in html and "+8617000000002" not in html


def appeal_link(client, check_url, value):
    html = check(client, check_url, "phone", value).content.decode()
    link = BeautifulSoup(html, "html.parser").find("a", string="提交误判申诉")["href"]
    path, _sep, query = link.partition("?")
    return path, dict(parse_qsl(query))


def test_the_appeal_link_carries_no_number(client, check_url):
    confirm("phone", "13800138000")
    path, query = appeal_link(client, check_url, "138 0013 8000")
    assert set(query) == {"c"}
    assert not any(digits in path + query["c"] for digits in ("13800138000", "8000", "0013"))


def test_a_forged_or_stale_appeal_reference_is_refused(client, check_url, form_page):
    contact = confirm("phone", "13800138000")
    path, query = appeal_link(client, check_url, "13800138000")
    assert client.get(path, {"c": str(contact.pk)}).status_code == 404
    assert client.get(path, {"c": query["c"][:-2] + "xx"}).status_code == 404
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        assert client.get(path, query).status_code == 404


def test_appeal_lands_in_the_team_queue_and_upholding_clears_the_contact(client, check_url, form_page):
    contact = confirm("phone", "13800138000")
    appeal_url, query = appeal_link(client, check_url, "13800138000")
    assert "提交申诉" in client.get(appeal_url, query).content.decode()

    response = client.post(appeal_url, {**query, "reason": "短", "appellant_contact": ""})
    html = response.content.decode()
    assert "至少 10 个字" in html and "请留下手机号或邮箱" in html and 'value="短"' not in html
    assert "短</textarea>" in html  # what was typed is kept
    reason = "这是我本人使用多年的手机号，从未做过任何代理维权。"
    response = client.post(appeal_url, {**query, "reason": reason, "appellant_contact": "me@example.com"})
    assert "申诉已收到" in response.content.decode()
    appeal = ContactAppeal.objects.get()
    assert appeal.status == AppealStatus.NEW and appeal.contact == contact

    member = make_user("team")
    client.force_login(member)
    edit_url = reverse("tipoffs_contactappeal:edit", args=[appeal.pk])
    assert reason in client.get(edit_url).content.decode()
    client.post(edit_url, {"status": AppealStatus.UPHELD})
    appeal.refresh_from_db()
    contact.refresh_from_db()
    assert appeal.status == AppealStatus.UPHELD and appeal.handled_by == member
    assert contact.status == ContactStatus.CLEARED and contact.status_changed_by == member


def test_appeal_for_a_contact_that_is_no_longer_confirmed_is_refused(client, check_url, form_page):
    contact = confirm("phone", "13800138000")
    appeal_url, query = appeal_link(client, check_url, "13800138000")
    SuspectContact.objects.filter(pk=contact.pk).update(status=ContactStatus.CLEARED)
    response = client.post(
        appeal_url, {**query, "reason": "这是我本人使用多年的手机号。", "appellant_contact": "x@example.com"}
    )
    assert response.status_code == 404
    assert "无需申诉" in response.content.decode()
    assert not ContactAppeal.objects.exists()


def test_home_page_and_alerts_link_to_the_risk_check(client, home, form_page, check_url, make_alert):
    home.report_page = form_page
    home.save_revision().publish()
    alert = make_alert(title="警惕冒充客服来电")
    assert check_url in client.get(home.url).content.decode()
    assert check_url in client.get(alert.url).content.decode()
