"""Readers' comments under “对您有帮助吗？” expire: the daily purge erases their text
``FEEDBACK_COMMENT_RETENTION_DAYS`` after they were written and keeps the answers the reports count. The
form tells the reader how long a comment is kept."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from django.utils.translation import override

from education.feedback.forms import FeedbackForm
from education.models import PageFeedback
from tests.factories import make_user

pytestmark = pytest.mark.django_db

WRITTEN = timezone.make_aware(datetime.datetime(2026, 3, 1, 10, 0))


def test_comment_text_is_erased_when_due_and_the_answers_stay(settings, frozen_clock, make_guide):
    settings.FEEDBACK_COMMENT_RETENTION_DAYS = 180
    guide = make_guide(title="警惕冒充客服")
    clock = frozen_clock(WRITTEN)
    PageFeedback.objects.create(page=guide, helpful=False, comment="骗子电话是13800138000")
    PageFeedback.objects.create(page=guide, helpful=True)
    clock(days=10)
    PageFeedback.objects.create(page=guide, helpful=True, comment="写得很清楚")

    clock(days=179, hours=23)
    call_command("purge_expired", stdout=io.StringIO())
    assert PageFeedback.objects.exclude(comment="").count() == 2

    clock(days=180, minutes=1)
    out = io.StringIO()
    call_command("purge_expired", "--dry-run", stdout=out)
    assert "读者留言的文字（写下后到期；“有没有帮助”的回答保留）：1 条留言" in out.getvalue()
    call_command("purge_expired", stdout=io.StringIO())
    assert sorted(PageFeedback.objects.values_list("helpful", "comment")) == [
        (False, ""),
        (True, ""),
        (True, "写得很清楚"),
    ]

    # A second run finds nothing more to do until the next comment is due.
    out = io.StringIO()
    call_command("purge_expired", "--dry-run", stdout=out)
    assert "读者留言的文字（写下后到期；“有没有帮助”的回答保留）：0 条留言" in out.getvalue()
    clock(days=190, minutes=1)
    call_command("purge_expired", stdout=io.StringIO())
    assert not PageFeedback.objects.exclude(comment="").exists()
    assert PageFeedback.objects.count() == 3


def test_an_erased_comment_leaves_the_comments_report_but_counts_in_the_pages_report(
    client, settings, frozen_clock, make_guide
):
    settings.FEEDBACK_COMMENT_RETENTION_DAYS = 30
    guide = make_guide(title="征信修复骗局")
    clock = frozen_clock(WRITTEN)
    PageFeedback.objects.create(page=guide, helpful=False, comment="看不懂第二步")
    clock(days=31)
    call_command("purge_expired", stdout=io.StringIO())

    client.force_login(make_user("editor"))
    comments = client.get("/admin/reports/reader-comments/").content.decode()
    assert "看不懂第二步" not in comments
    pages = client.get("/admin/reports/reader-feedback/").content.decode()
    assert "征信修复骗局" in pages and "0%" in pages


def test_the_form_says_how_long_a_comment_is_kept(client, settings, make_guide):
    settings.FEEDBACK_COMMENT_RETENTION_DAYS = 90
    html = client.get(make_guide().url).content.decode()
    assert "留言保存 90 天后删除" in html
    with override("en"):
        assert "comments are deleted after 90 days" in str(FeedbackForm().fields["comment"].help_text)
