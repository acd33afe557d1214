"""The promises and limits people are told come from settings: change one and every sentence follows."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from tests.factories import make_tipoff
from tipoffs.triage import notifications

pytestmark = pytest.mark.django_db


@pytest.fixture
def changed_promises(settings):
    settings.TIPOFF_SLA_HOURS = {"acknowledge": 2, "investigate": 12, "feedback": 36}
    settings.TIPOFF_EVIDENCE_MAX_FILES = 3
    settings.TIPOFF_EVIDENCE_MAX_FILE_BYTES = 4 * 1024 * 1024
    settings.TIPOFF_EVIDENCE_MAX_TOTAL_BYTES = 9 * 1024 * 1024
    settings.TIPOFF_RETENTION_DAYS = {**settings.TIPOFF_RETENTION_DAYS, "report_text": 2 * 365}
    return settings


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def test_the_report_form_states_the_settings(client, form_page, changed_promises):
    text = text_of(client.get(form_page.url))
    for sentence in (
        "2 小时内受理",
        "12 小时内完成核查",
        "36 小时内反馈",
        "保存不超过 2 年",
        "最多 3 个",
        "每个不超过 4 MB",
        "合计不超过 9 MB",
    ):
        assert sentence in text, sentence
    # (The privacy notice is editors' own text and may say anything.)
    for stale in ("1 小时内受理", "24 小时内", "48 小时内", "25 MB"):
        assert stale not in text, stale


def test_the_too_large_page_states_the_settings(client, form_page, changed_promises):
    changed_promises.TIPOFF_MAX_REQUEST_BYTES = 10
    response = client.post(form_page.url, {"x": "y" * 100})
    assert response.status_code == 413
    assert "合计不能超过 9 MB，每个不超过 4 MB" in text_of(response)


def test_the_new_tipoff_email_states_the_settings(team_mail, changed_promises):
    team_mail.TIPOFF_NOTIFY_EMAILS = ["team@example.com"]
    notifications.notify_new_tipoff.call(make_tipoff().pk)
    assert "请在 2 小时内受理" in mail.outbox[0].body
