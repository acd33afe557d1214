"""An e-mail address subscribed to risk alerts, and the record of each alert sent to it.

The address is personal data kept for this one purpose: it is stored with the choices made on the form and
nothing else (no name, no network address), and unsubscribing deletes the row and its delivery records.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from education.models.alerts import AlertLevel

#: The alert levels from least to most severe: a subscription's minimum level and everything above it.
LEVEL_ORDER = [AlertLevel.NOTICE, AlertLevel.WARNING, AlertLevel.URGENT]


def new_key():
    return secrets.token_urlsafe(24)


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("有新的风险提示就发送")
    WEEKLY = "weekly", _("每周汇总发送一次")


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)

    def for_level(self, level):
        """Subscriptions whose minimum level is ``level`` or lower."""
        return self.filter(min_level__in=LEVEL_ORDER[: LEVEL_ORDER.index(level) + 1])

    def for_categories(self, category_ids):
        """Subscriptions to any of ``category_ids``, or to every category (none chosen). An alert without a
        category concerns everyone: every subscription matches it."""
        category_ids = list(category_ids)
        if not category_ids:
            return self
        chosen = Subscription.categories.through.objects
        return self.filter(
            models.Q(pk__in=chosen.filter(scamcategory_id__in=category_ids).values("subscription_id"))
            | ~models.Q(pk__in=chosen.values("subscription_id"))
        )


class Subscription(models.Model):
    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    email = models.EmailField(_("电子邮箱"), max_length=254, unique=True)
    # The secret in this subscription's unsubscribe link; a random value, so an old link can never reach
    # a later subscription that happens to reuse a primary key.
    key = models.CharField(max_length=40, unique=True, default=new_key, editable=False)
    categories = models.ManyToManyField(
        "education.ScamCategory",
        blank=True,
        related_name="subscriptions",
        verbose_name=_("骗局分类"),
        help_text=_("不选表示全部分类。"),
    )
    min_level = models.CharField(
        _("最低风险等级"), max_length=10, choices=AlertLevel.choices, default=AlertLevel.NOTICE
    )
    frequency = models.CharField(
        _("发送频率"), max_length=10, choices=Frequency.choices, default=Frequency.IMMEDIATE
    )
    created_at = models.DateTimeField(_("订阅时间"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("确认时间"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("风险提示订阅")
        verbose_name_plural = _("风险提示订阅")

    def __str__(self):
        return f"subscription {self.pk}"  # never the address: this string ends up in logs

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class AlertDelivery(models.Model):
    """One alert e-mailed (alone or in a digest) to one subscription: the unique pair is what guarantees
    that nobody receives the same alert twice, whatever retries or republishing happen."""

    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    alert = models.ForeignKey("education.AlertPage", on_delete=models.CASCADE, related_name="deliveries")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("风险提示发送记录")
        verbose_name_plural = _("风险提示发送记录")
        constraints = [
            models.UniqueConstraint(fields=["subscription", "alert"], name="alert_delivered_once"),
        ]

    def __str__(self):
        return f"alert {self.alert_id} to subscription {self.subscription_id}"
