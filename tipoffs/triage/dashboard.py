"""The tip-off panel on the Wagtail admin home: what needs the team's attention now."""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from tipoffs.models import TipOff, TipOffStatus
from tipoffs.triage.sla import STAGES, annotate_sla


def dashboard_figures(now=None):
    now = now or timezone.now()
    start_of_today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    open_tipoffs = TipOff.objects.exclude(status=TipOffStatus.CLOSED)
    counts = annotate_sla(TipOff.objects.all()).aggregate(
        new_today=Count("pk", filter=Q(received_at__gte=start_of_today)),
        open=Count("pk", filter=~Q(status=TipOffStatus.CLOSED)),
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
    return {
        "new_today": counts["new_today"],
        "open": counts["open"],
        "overdue_by_stage": [(stage.label, counts[f"overdue_{stage.name}"]) for stage in STAGES],
        "oldest_unacknowledged": oldest,
    }


class TipOffDashboardPanel(Component):
    name = "tipoffs"
    order = 50
    template_name = "tipoffs/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(dashboard_figures())
        context["title"] = _("举报线索")
        return context
