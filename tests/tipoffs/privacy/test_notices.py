"""Retention periods have one source: the settings, stated on every form that collects personal data; and
the start-up checks that guard the periods and the keys."""

import pytest
from django.core.cache import cache

from tests.factories import make_contact
from tipoffs.models import ContactStatus
from tipoffs.privacy import checks
from tipoffs.promises import AUDIT_LOG_MIN_DAYS, retention, retention_days
from tipoffs.riskcheck.views import appeal_reference

pytestmark = pytest.mark.django_db


def test_the_report_form_states_every_period_that_concerns_a_reporter(client, form_page, settings):
    settings.TIPOFF_RETENTION_DAYS = {
        **settings.TIPOFF_RETENTION_DAYS,
        "reporter_details": 60,
        "evidence": 200,
    }
    html = client.get(form_page.url).content.decode()
    assert "保存多久" in html
    assert "向您反馈结果后 60 天删除" in html and "线索办结后 200 天删除" in html
    assert "收到后 3 年删除" in html and "30 天后删除" in html and "保存 3 年（不少于 6 个月）" in html
    assert "保全解除前不删除" in html
    assert "申诉处理完毕后" not in html  # not the reporter's concern
    assert "保存不超过 3 年" in html  # the consent line, from the same setting


def test_the_appeal_form_states_the_appellants_periods(client, form_page, settings):
    cache.clear()
    settings.TIPOFF_RETENTION_DAYS = {**settings.TIPOFF_RETENTION_DAYS, "appellant_details": 45}
    contact = make_contact("phone", "17020248888", status=ContactStatus.CONFIRMED)
    url = form_page.url + form_page.reverse_subpage("risk_appeal")
    html = client.get(url, {"c": appeal_reference(contact)}).content.decode()
    assert "申诉处理完毕后 45 天删除" in html and "您上传的证据文件" not in html


def test_the_audit_log_period_never_drops_under_six_months(settings):
    settings.TIPOFF_RETENTION_DAYS = {**settings.TIPOFF_RETENTION_DAYS, "audit_log": 7}
    assert retention_days()["audit_log"] == AUDIT_LOG_MIN_DAYS == 183
    assert "保存 183 天（不少于 6 个月）" in [row["period"] for row in retention()]
    assert [error.id for error in checks.check_audit_log_retention(None)] == ["tipoffs.E004"]
    settings.TIPOFF_RETENTION_DAYS = {**settings.TIPOFF_RETENTION_DAYS, "audit_log": 183}
    assert checks.check_audit_log_retention(None) == []


def test_the_key_checks(settings):
    assert checks.check_data_keys_set(None) == [] and checks.check_data_keys_valid(None) == []
    settings.TIPOFF_DATA_KEYS, settings.TIPOFF_LOOKUP_KEY = [], ""
    assert [e.id for e in checks.check_data_keys_set(None)] == ["tipoffs.E001", "tipoffs.E002"]
    settings.DEBUG = True
    assert checks.check_data_keys_set(None) == []
    settings.TIPOFF_DATA_KEYS = ["short"]
    assert [e.id for e in checks.check_data_keys_valid(None)] == ["tipoffs.E003"]
