"""What the public risk check keeps: anonymous counts per value and hour, and appeals against a verdict."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tipoffs.privacy.fields import EncryptedTextField

from .choices import AppealStatus, ContactKind
from .contacts import SuspectContact


class CheckedValue(models.Model):
    """A count of risk checks of one normalised value: found by the value's keyed hash, a bank card kept
    masked (as for suspect contacts), nothing about who asked."""

    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    kind = models.CharField(_("类型"), max_length=20, choices=ContactKind.choices)
    value = models.CharField(_("标准化值"), max_length=300)
    value_digest = models.CharField(max_length=64, editable=False)
    count = models.PositiveIntegerField(_("查询次数"), default=0)

    class Meta:
        abstract = True


class RiskCheckCount(CheckedValue):
    """How often one normalised value was looked up in the public risk check, per hour.

    Values checked often that nobody has reported yet are an early warning of a new scam (事中预警). After
    ``TIPOFF_RETENTION_DAYS["risk_check_hourly"]`` days the hours are rolled up into ``RiskCheckDailyCount``.
    """

    hour = models.DateTimeField(_("小时"))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["value_digest", "hour"], name="unique_risk_check_digest_hour")
        ]
        indexes = [models.Index(fields=["hour"])]
        verbose_name = _("风险查询计数")
        verbose_name_plural = _("风险查询计数")

    def __str__(self):
        return f"{self.kind} {self.value} @ {self.hour:%Y-%m-%d %H}:00"


class RiskCheckDailyCount(CheckedValue):
    """Risk-check counts older than the hourly retention, one row per value and day (Asia/Shanghai)."""

    day = models.DateField(_("日期"))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["value_digest", "day"], name="unique_risk_check_digest_day")
        ]
        indexes = [models.Index(fields=["day"])]
        verbose_name = _("风险查询每日计数")
        verbose_name_plural = _("风险查询每日计数")

    def __str__(self):
        return f"{self.kind} {self.value} @ {self.day:%Y-%m-%d}"


class ContactAppeal(models.Model):
    """ "Think this is wrong?": someone disputes that a confirmed contact is black-industry."""

    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    contact = models.ForeignKey(
        SuspectContact, verbose_name=_("被申诉的联系人"), on_delete=models.CASCADE, related_name="appeals"
    )
    reason = models.TextField(_("申诉理由"))
    # Encrypted at rest; emptied a while after the appeal is decided (tipoffs.privacy).
    appellant_name = EncryptedTextField(_("申诉人称呼"), max_length=50, blank=True)
    appellant_contact = EncryptedTextField(_("申诉人联系方式"), max_length=100, blank=True)
    appellant_erased_at = models.DateTimeField(_("申诉人信息删除时间"), null=True, blank=True, editable=False)
    status = models.CharField(
        _("处理状态"), max_length=20, choices=AppealStatus.choices, default=AppealStatus.NEW
    )
    received_at = models.DateTimeField(_("收到时间"), default=timezone.now, db_index=True)
    handled_at = models.DateTimeField(_("处理时间"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("处理人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    client_ip_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("误判申诉")
        verbose_name_plural = _("误判申诉")

    def __str__(self):
        return f"{self.contact} ({self.get_status_display()})"
