"""报告 → 订阅人数: how many confirmed subscribers each scam category has. Counts only, never an address,
so every admin user may see it; the addresses themselves appear nowhere in the admin."""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from education.models import ScamCategory

from .models import Frequency, Subscription


def _counts(prefix=""):
    """Confirmed subscriptions by frequency: of this model (``prefix=""``) or through a relation."""
    target = prefix.removesuffix("__") or "pk"

    def confirmed(frequency):
        return Q(**{f"{prefix}confirmed_at__isnull": False, f"{prefix}frequency": frequency})

    return {
        "immediate": Count(target, filter=confirmed(Frequency.IMMEDIATE)),
        "weekly": Count(target, filter=confirmed(Frequency.WEEKLY)),
    }


def subscriber_counts():
    """Rows ``{"label", "immediate", "weekly", "total"}``: one per category, then "all categories" (no
    category chosen), plus the totals and the number waiting for confirmation. Three queries."""
    rows = []
    for category in ScamCategory.objects.order_by("sort_order", "name").annotate(
        **_counts("subscriptions__")
    ):
        rows.append({"label": category.name, "immediate": category.immediate, "weekly": category.weekly})
    everything = Subscription.objects.filter(categories__isnull=True).aggregate(**_counts())
    rows.append({"label": _("全部分类（未选分类）"), **everything})
    for row in rows:
        row["total"] = row["immediate"] + row["weekly"]
    totals = Subscription.objects.aggregate(
        **_counts(), pending=Count("pk", filter=Q(confirmed_at__isnull=True))
    )
    totals["total"] = totals["immediate"] + totals["weekly"]
    return rows, totals


class SubscriberCountsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "education/subscriptions/admin/counts.html"
    page_title = _("风险提示订阅人数")
    header_icon = "mail"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"], context["totals"] = subscriber_counts()
        return context
