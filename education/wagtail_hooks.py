from django.contrib import messages
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


@hooks.register("register_reports_menu_item")
def subscriber_counts_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    return MenuItem(
        _("风险提示订阅人数"), reverse("education_subscriber_counts"), icon_name="mail", order=900
    )
