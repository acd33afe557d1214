"""Editors' reports 报告 → 读者反馈 (pages by helpfulness) and 报告 → 读者留言 (comments), for Editors and
Moderators only."""

import pytest

from education.models import PageFeedback
from tests.factories import make_user

pytestmark = pytest.mark.django_db

PAGES_URL = "/admin/reports/reader-feedback/"
COMMENTS_URL = "/admin/reports/reader-comments/"


def answers(page, yes=0, no=0, comments=()):
    for _ in range(yes):
        PageFeedback.objects.create(page=page, helpful=True)
    for _ in range(no):
        PageFeedback.objects.create(page=page, helpful=False)
    for helpful, comment in comments:
        PageFeedback.objects.create(page=page, helpful=helpful, comment=comment)


@pytest.fixture
def editor_client(client):
    client.force_login(make_user("editor"))
    return client


def rows(html, marker):
    return [line for line in html.splitlines() if marker in line]


def test_pages_by_helpfulness_least_helpful_first(
    editor_client, make_guide, make_alert, django_assert_max_num_queries
):
    good = make_guide(title="好指南")
    poor = make_guide(title="差指南")
    alert = make_alert(title="提示甲")
    make_guide(title="没人评价")
    answers(good, yes=9, no=1)
    answers(poor, yes=1, no=2, comments=[(False, "看不懂")])
    answers(alert, yes=1, no=1)

    with django_assert_max_num_queries(25):
        response = editor_client.get(PAGES_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "读者反馈" in html
    positions = [html.index(title) for title in ("差指南", "提示甲", "好指南")]
    assert positions == sorted(positions)
    assert "没人评价" not in html
    assert "25%" in html and "50%" in html and "90%" in html
    assert f"{'/admin/reports/reader-comments/'}?page={poor.pk}" in html
    assert f"/admin/pages/{poor.pk}/edit/" in html


def test_comments_report_lists_comments_filters_by_page_and_masks_numbers(editor_client, make_guide):
    guide = make_guide(title="指南甲")
    other = make_guide(title="指南乙")
    answers(guide, yes=3, comments=[(True, "很有用"), (False, "骗子电话是13800138000，请核实")])
    answers(other, comments=[(True, "另一篇的留言")])

    html = editor_client.get(COMMENTS_URL).content.decode()
    assert "很有用" in html and "另一篇的留言" in html
    assert "13800138000" not in html
    assert "138" in html and "没帮助" in html

    html = editor_client.get(COMMENTS_URL, {"page": guide.pk}).content.decode()
    assert "很有用" in html and "另一篇的留言" not in html
    html = editor_client.get(COMMENTS_URL, {"helpful": "false"}).content.decode()
    assert "请核实" in html and "很有用" not in html
    html = editor_client.get(COMMENTS_URL, {"q": "有用"}).content.decode()
    assert "很有用" in html and "另一篇" not in html


def test_comments_export_is_formula_safe_and_masked(editor_client, make_guide):
    guide = make_guide()
    answers(guide, comments=[(False, '=HYPERLINK("http://evil")'), (True, "卡号 6222021234567890123")])
    response = editor_client.get(COMMENTS_URL, {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert content.startswith("\ufeff")
    assert "'=HYPERLINK" in content
    assert "6222021234567890123" not in content


@pytest.mark.parametrize("role", ["editor", "moderator", "superuser"])
def test_editors_moderators_and_superusers_see_the_reports_in_the_menu(client, role):
    client.force_login(make_user(role))
    html = client.get("/admin/").content.decode()
    for url in (PAGES_URL, COMMENTS_URL, "/admin/reports/search-gaps/"):
        assert url in html
        assert client.get(url).status_code == 200


def test_others_neither_see_nor_open_them(client, admin_only_user):
    client.force_login(admin_only_user)
    html = client.get("/admin/").content.decode()
    for url in (PAGES_URL, COMMENTS_URL, "/admin/reports/search-gaps/", PAGES_URL + "results/"):
        assert url not in html
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == "/admin/"


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(PAGES_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
