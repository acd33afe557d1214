"""Nothing a reporter or a worried person types, and not their address, reaches the logs or a URL."""

import logging
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.factories import make_contact, report_data
from tipoffs.models import ContactStatus

pytestmark = pytest.mark.django_db
ADDRESS = "203.0.113.77"
SECRETS = (ADDRESS, "13800138000", "138 0013 8000", "0013", "13900139000", "王小明")


def test_a_report_a_risk_check_and_an_appeal_log_no_address_or_number(client, form_page, caplog):
    make_contact("phone", "13800138000", status=ContactStatus.CONFIRMED)
    caplog.set_level(logging.DEBUG)
    urls = []

    def visit(method, url, data=None):
        response = getattr(client, method)(url, data or {}, REMOTE_ADDR=ADDRESS)
        urls.append(
            url + ("?" + urlsplit(response.get("Location", "")).query if response.get("Location") else "")
        )
        return response

    report = report_data(reporter_name="王小明", reporter_contact="13900139000")
    report["contacts-0-value"] = "138 0013 8000"
    assert visit("post", "/report/", report).status_code == 302
    check_url = form_page.url + form_page.reverse_subpage("risk_check")
    html = visit("post", check_url, {"kind": "phone", "value": "138 0013 8000"}).content.decode()
    appeal_link = BeautifulSoup(html, "html.parser").find("a", string="提交误判申诉")["href"]
    urls.append(appeal_link)
    path, _sep, query = appeal_link.partition("?")
    visit("get", appeal_link)
    visit(
        "post",
        path + "?" + query,
        {"reason": "这是我本人使用多年的手机号。", "appellant_contact": "13900139000"},
    )

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "tip-off JB-" in logged  # the log is being captured
    for secret in SECRETS:
        assert secret not in logged, secret
        assert not any(secret in url for url in urls), secret
