"""E-mails to the team that could not be sent after every retry, kept until one gets through."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .tipoff import TipOff


class NotificationKind(models.TextChoices):
    NEW_TIPOFF = "new_tipoff", _("新线索通知")
    SLA_REMINDER = "sla_reminder", _("时限提醒")


class FailedNotification(models.Model):
    """Shown on the team's dashboard and retried by every SLA sweep until the mail server takes it."""

    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    # The tip-off a new-tip-off notice is about; empty for SLA reminders, which the sweep rebuilds.
    tipoff = models.ForeignKey(TipOff, null=True, on_delete=models.CASCADE, related_name="+")
    attempts = models.PositiveIntegerField(default=1)
    first_failed_at = models.DateTimeField(default=timezone.now)
    last_failed_at = models.DateTimeField(default=timezone.now)
    # The exception class only: a mail server's message may quote addresses.
    error = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["first_failed_at"]
        constraints = [models.UniqueConstraint(fields=["kind", "tipoff"], name="unique_failed_notification")]

    def __str__(self):
        return f"{self.kind} {self.tipoff_id or ''}"
