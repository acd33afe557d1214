"""Issue 10 (4): the error summary comes first, names each mistake briefly and lists them in page order."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from tests.factories import report_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_rate_limit_left_over():
    cache.clear()


def summary_of(client, **overrides):
    soup = BeautifulSoup(client.post("/report/", report_data(**overrides)).content, "html.parser")
    return soup, [(a["href"], a.get_text()) for a in soup.select("#error-summary li a")]


def test_mistakes_are_named_briefly_in_the_order_of_the_page(client, form_page):
    soup, entries = summary_of(
        client,
        category="",
        amount_lost="三千",
        consent=None,
        reporter_contact="打我电话",
        **{"contacts-1-value": ""},
    )
    assert entries == [
        ("#id_category", "骗局分类：请选择一类，拿不准就选“不确定”。"),
        ("#id_amount_lost", "损失金额：请只填写数字，例如 3000 或 3000.50。"),
        ("#id_contacts-1-value", "联系方式 2：请填写号码、账号或名称。"),
        ("#id_reporter_contact", "您的联系方式：请填写正确的手机号或电子邮箱，例如 13800138000。"),
        ("#id_consent", "隐私说明：请勾选“我已阅读并同意”，否则我们无法处理您的举报。"),
    ]
    assert not [text for _href, text in entries if re.search(r"[？?：:]：", text)]
    for href, _text in entries:
        assert soup.select_one(href), f"{href} points nowhere"


def test_the_summary_comes_before_the_page_introduction_and_the_title_says_so(client, form_page):
    soup, entries = summary_of(client, description="")
    assert entries == [("#id_description", "事情经过：请简单写下发生了什么，至少 20 个字。")]
    content = soup.select_one(".container.tipoff")
    assert content.find(["div", "header"], recursive=False)["id"] == "error-summary"
    assert soup.title.get_text().startswith("有错误需要修改：")


def test_the_form_and_the_add_button_return_to_where_the_reporter_was(client, form_page):
    soup = BeautifulSoup(client.get("/report/").content, "html.parser")
    assert soup.select_one("form[data-tipoff-form]")["action"] == "/report/#error-summary"
    add = soup.find("button", attrs={"name": "add_contact"})
    assert add["formaction"] == "/report/#contact-4"
    assert [row["id"] for row in soup.select("[data-contact-row]")] == ["contact-1", "contact-2", "contact-3"]
    assert soup.title.get_text().startswith("举报线索")
