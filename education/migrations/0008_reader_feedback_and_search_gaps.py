"""Readers' answers to “对您有帮助吗？” and searches that found nothing, for editors' reports.

Wagtail's Editors and Moderators may see both reports (报告 → 读者反馈 / 读者留言 / 无结果的搜索).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from common.permissions import grant_to_group

REPORT_PERMISSIONS = {
    ("education", "pagefeedback"): ["view_pagefeedback"],
    ("education", "noresultdailyhits"): ["view_noresultdailyhits"],
}


def grant_reports(apps, schema_editor):
    for group in ("Editors", "Moderators"):
        grant_to_group(apps, group, REPORT_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("education", "0007_subscriptions_and_signups"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="NoResultDailyHits",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("date", models.DateField(verbose_name="日期")),
                ("hits", models.PositiveIntegerField(default=0, verbose_name="无结果次数")),
                (
                    "query",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="no_result_hits",
                        to="wagtailsearchpromotions.query",
                        verbose_name="搜索词",
                    ),
                ),
            ],
            options={
                "verbose_name": "无结果的搜索",
                "verbose_name_plural": "无结果的搜索",
                "indexes": [models.Index(fields=["date"], name="education_noresult_date_idx")],
                "constraints": [
                    models.UniqueConstraint(fields=("query", "date"), name="education_noresult_query_date")
                ],
            },
        ),
        migrations.CreateModel(
            name="PageFeedback",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("helpful", models.BooleanField(verbose_name="有帮助")),
                ("comment", models.TextField(blank=True, max_length=500, verbose_name="留言")),
                ("created_at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="时间")),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reader_feedback",
                        to=settings.WAGTAIL_PAGE_MODEL,
                        verbose_name="页面",
                    ),
                ),
            ],
            options={
                "verbose_name": "读者反馈",
                "verbose_name_plural": "读者反馈",
                "ordering": ["-created_at"],
                "indexes": [models.Index(fields=["page", "helpful"], name="education_feedback_page_idx")],
            },
        ),
        migrations.RunPython(grant_reports, migrations.RunPython.noop),
    ]
