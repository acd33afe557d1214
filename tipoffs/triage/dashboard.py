"""The tip-off panel on the Wagtail admin home: what needs the team's attention now."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Avg, Count, Min, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.components import Component

from tipoffs.models import FailedNotification, ReporterRating, TipOff, TipOffStatus
from tipoffs.triage.sla import STAGES


def dashboard_figures(now=None):
    now = now or timezone.now()
    start_of_today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    open_statuses = [status for status in TipOffStatus.values if status != TipOffStatus.CLOSED]
    open_tipoffs = TipOff.objects.filter(status__in=open_statuses)
    # Only rows that can count somewhere: each branch of this filter has its own index, so the database
    # reads today's, the open and the overdue cases instead of every case ever received.
    counted = TipOff.objects.filter(
        Q(received_at__gte=start_of_today) | Q(status__in=open_statuses) | Q(sla_due_at__lte=now)
    )
    counts = counted.aggregate(
        new_today=Count("pk", filter=Q(received_at__gte=start_of_today)),
        open=Count("pk", filter=Q(status__in=open_statuses)),
        **{
            f"overdue_{stage.name}": Count("pk", filter=Q(sla_stage=stage.name, sla_due_at__lte=now))
            for stage in STAGES
        },
    )
    oldest = (
        open_tipoffs.filter(acknowledged_at__isnull=True)
        .order_by("received_at")
        .only("pk", "reference", "received_at")
        .first()
    )
    failed = FailedNotification.objects.aggregate(count=Count("pk"), since=Min("first_failed_at"))
    ratings = ReporterRating.objects.aggregate(count=Count("pk"), average=Avg("score"))
    return {
        "failed_notices": failed["count"],
        "failed_notices_since": failed["since"],
        "queue_waiting_since": queue_waiting_since(now),
        "new_today": counts["new_today"],
        "open": counts["open"],
        "overdue_by_stage": [(stage.label, counts[f"overdue_{stage.name}"]) for stage in STAGES],
        "oldest_unacknowledged": oldest,
        # How reporters rated the handling of closed cases (1–5), over all time.
        "ratings_count": ratings["count"],
        "ratings_average": round(ratings["average"], 1) if ratings["count"] else None,
    }


def queue_waiting_since(now=None):
    """When the oldest runnable background task became runnable, if that is longer ago than
    ``TASK_QUEUE_STALE_MINUTES`` (no worker is taking tasks, so no notice goes out); otherwise None."""
    if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
        return None  # tasks run at once (development)
    now = now or timezone.now()
    oldest = DBTaskResult.objects.ready().order_by("enqueued_at").values("enqueued_at", "run_after").first()
    if oldest is None:
        return None
    runnable_since = oldest["enqueued_at"] if oldest["run_after"].year == 9999 else oldest["run_after"]
    if now - runnable_since < timedelta(minutes=settings.TASK_QUEUE_STALE_MINUTES):
        return None
    return runnable_since


class TipOffDashboardPanel(Component):
    name = "tipoffs"
    order = 50
    template_name = "tipoffs/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(dashboard_figures())
        context["title"] = _("举报线索")
        return context
