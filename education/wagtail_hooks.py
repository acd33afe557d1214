from django.contrib import messages
from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
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


@hooks.register("register_retention_rules")
def education_retention_rules():
    from education.retention import rules

    return rules()


@hooks.register("register_admin_viewset")
def register_signup_admin():
    from education.signups.admin import EventSignupViewSet

    return EventSignupViewSet()


@hooks.register("register_log_actions")
def register_education_log_actions(actions):
    from education.signups.audit import LABELS

    for action, (label, message) in LABELS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def subscriber_counts_urls():
    from django.urls import path

    from education.subscriptions.admin import SubscriberCountsView

    return [
        path("reports/subscribers/", SubscriberCountsView.as_view(), name="education_subscriber_counts"),
    ]


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
def subscriber_counts_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    return MenuItem(
        _("风险提示订阅人数"), reverse("education_subscriber_counts"), icon_name="mail", order=900
    )


# Editors' reports (报告): readers' feedback and searches that found nothing. The views are imported inside
# the hooks: loading the models must not load the admin's request layer.
REPORT_PERMISSIONS = ("view_pagefeedback", "view_noresultdailyhits")
FEEDBACK_PERMISSION = "education.view_pagefeedback"
GAPS_PERMISSION = "education.view_noresultdailyhits"


@hooks.register("register_admin_urls")
def register_report_urls():
    from education.feedback.admin import FeedbackCommentsView, PagesByHelpfulnessView
    from education.search.admin import SearchGapsView

    urls = []
    for slug, name, view in (
        ("reader-feedback", "feedback_pages", PagesByHelpfulnessView),
        ("reader-comments", "feedback_comments", FeedbackCommentsView),
        ("search-gaps", "search_gaps", SearchGapsView),
    ):
        urls += [
            path(f"{slug}/", view.as_view(), name=name),
            path(f"{slug}/results/", view.as_view(results_only=True), name=f"{name}_results"),
        ]
    return [path("reports/", include((urls, "education_reports")))]


def _report_menu_item(label, url_name, icon_name, order, permission):
    from education.reports import PermissionMenuItem

    return PermissionMenuItem(
        label,
        reverse(f"education_reports:{url_name}"),
        name=url_name.replace("_", "-"),
        icon_name=icon_name,
        order=order,
        permission=permission,
    )


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return _report_menu_item(_("读者反馈"), "feedback_pages", "help", 1400, FEEDBACK_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_comments_report_menu_item():
    return _report_menu_item(_("读者留言"), "feedback_comments", "comment", 1410, FEEDBACK_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_search_gaps_menu_item():
    return _report_menu_item(_("无结果的搜索"), "search_gaps", "search", 1310, GAPS_PERMISSION)


@hooks.register("register_permissions")
def register_report_permissions():
    return Permission.objects.filter(content_type__app_label="education", codename__in=REPORT_PERMISSIONS)


@hooks.register("register_reports_menu_item")
def register_quiz_report_menu_item():
    from education.quizzes.admin import report_menu_item

    return report_menu_item()
