from django.contrib import messages
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks.backends.immediate import ImmediateBackend
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from education.models import ScamCategory


class ScamCategoryViewSet(SnippetViewSet):
    model = ScamCategory
    icon = "tag"
    menu_label = _("骗局分类")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "sells_free_services", "sort_order"]
    search_fields = ["name", "description"]
    # A handful of rows: a database "contains" finds Chinese words anywhere in a name.
    search_backend_name = None
    ordering = ["sort_order", "name"]


register_snippet(ScamCategoryViewSet)


@hooks.register("after_publish_page")
def explain_search_index_delay(request, page):
    """Search-index updates are background tasks: say so when they do not run at once."""
    if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], ImmediateBackend):
        messages.info(
            request,
            _("页面已发布。站内搜索会在后台任务运行后收录新内容，通常需要一两分钟。"),
        )


@hooks.register("register_admin_urls")
def register_quiz_report_urls():
    from education.quizzes.admin import QuizReportView

    return [
        path("reports/quiz-questions/", QuizReportView.as_view(), name="quiz_report"),
        path(
            "reports/quiz-questions/results/",
            QuizReportView.as_view(results_only=True),
            name="quiz_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_quiz_report_menu_item():
    from education.quizzes.admin import report_menu_item

    return report_menu_item()
