"""Suspect contacts: one row per normalised identifier, linked to every tip-off that names it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tipoffs.suspects.masking import masked_display

from .choices import SOCIAL_PLATFORMS, ContactKind, ContactStatus
from .tipoff import TipOff


class SuspectContact(models.Model):
    """One normalised identifier (a phone number, a WeChat ID ...), linked to every tip-off naming it."""

    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    kind = models.CharField(_("类型"), max_length=20, choices=ContactKind.choices)
    value = models.CharField(_("标准化值"), max_length=300)
    platform = models.CharField(_("平台"), max_length=20, choices=SOCIAL_PLATFORMS, blank=True)
    status = models.CharField(
        _("核实状态"), max_length=20, choices=ContactStatus.choices, default=ContactStatus.PENDING
    )
    report_count = models.PositiveIntegerField(_("被举报次数"), default=0)
    first_reported_at = models.DateTimeField(_("首次被举报"), default=timezone.now)
    last_reported_at = models.DateTimeField(_("最近被举报"), default=timezone.now)
    status_changed_at = models.DateTimeField(_("核实时间"), null=True, blank=True)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("核实人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "value"], name="unique_suspect_contact")]
        ordering = ["-report_count", "-last_reported_at"]
        permissions = [("export_suspectcontact", _("可以导出可疑联系人名单"))]
        verbose_name = _("可疑联系人")
        verbose_name_plural = _("可疑联系人")

    def __str__(self):
        return f"{self.get_kind_display()} {self.masked_value}"

    @property
    def masked_value(self):
        return masked_display(self.kind, self.value)


class TipOffContact(models.Model):
    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    tipoff = models.ForeignKey(TipOff, on_delete=models.CASCADE, related_name="contact_links")
    contact = models.ForeignKey(SuspectContact, on_delete=models.PROTECT, related_name="tipoff_links")
    raw_value = models.CharField(_("举报人填写的原文"), max_length=500)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["tipoff", "contact"], name="unique_tipoff_contact")]
        verbose_name = _("线索中的联系人")
        verbose_name_plural = _("线索中的联系人")

    def __str__(self):
        return f"{self.tipoff_id} → {self.contact}"
