"""The editors' report: quiz questions by how often readers get them wrong (Reports → 小测验易错题).

A question answered wrong by many readers points at a guide that does not yet get its point across, or
at a trick that fools people: both are worth an editor's time. Reading it needs the
``education.view_quizquestionstats`` permission (given to Wagtail's Editors and Moderators groups by
migration); the counts are anonymous.
"""

import django_filters
from django.db.models import ExpressionWrapper, F, FloatField
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from education.models import QuizOptionCount, QuizQuestionStats

PERMISSION = "education.view_quizquestionstats"


class QuizReportFilterSet(WagtailFilterSet):
    min_answered = django_filters.NumberFilter(
        label=_("最少作答次数"),
        field_name="answered",
        lookup_expr="gte",
        help_text=_("只看作答次数不少于这个数的题目：答的人太少，答错率说明不了什么。"),
    )

    class Meta:
        model = QuizQuestionStats
        fields = []


class PercentColumn(Column):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = f"{context['raw_value'] * 100:.0f}%"
        return context


class QuizReportView(ReportView):
    page_title = _("小测验易错题")
    header_icon = "help"
    model = QuizQuestionStats
    permission_policy = ModelPermissionPolicy(QuizQuestionStats)
    any_permission_required = ["view"]
    filterset_class = QuizReportFilterSet
    index_url_name = "quiz_report"
    index_results_url_name = "quiz_report_results"
    list_export = []
    columns = [
        TitleColumn(
            "question", label=_("题目"), get_url=lambda stats: stats.page.url, link_attrs={"target": "_blank"}
        ),
        Column("page", label=_("所在页面"), accessor="page.title"),
        NumberColumn("answered", label=_("作答次数")),
        NumberColumn("wrong", label=_("答错次数")),
        PercentColumn("wrong_rate_value", label=_("答错率")),
        Column("most_chosen_wrong", label=_("选得最多的错误选项")),
    ]

    def get_queryset(self):
        return (
            QuizQuestionStats.objects.filter(answered__gt=0)
            .select_related("page")
            .annotate(
                wrong_rate_value=ExpressionWrapper(
                    F("wrong") * 1.0 / F("answered"), output_field=FloatField()
                )
            )
            .order_by("-wrong_rate_value", "-answered", "pk")
        )

    def decorate_paginated_queryset(self, object_list):
        """The wrong option chosen most for each question on this page of the report, in one query."""
        rows = list(object_list)
        most = {}
        options = QuizOptionCount.objects.filter(question__in=rows, correct=False, chosen__gt=0).order_by(
            "question_id", "-chosen", "pk"
        )
        for option in options:
            most.setdefault(option.question_id, option)
        for row in rows:
            option = most.get(row.pk)
            row.most_chosen_wrong = f"{option.option}（{option.chosen} 次）" if option else ""
        return rows


class QuizReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def report_menu_item():
    return QuizReportMenuItem(
        _("小测验易错题"), reverse("quiz_report"), name="quiz-questions", icon_name="help", order=1300
    )
