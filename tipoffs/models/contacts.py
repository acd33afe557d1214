"""Suspect contacts: one row per normalised identifier, linked to every tip-off that names it.

A contact is found by ``value_digest``, a keyed hash of its kind and canonical value, never by the value
itself: bank-card numbers are sensitive personal information (个人信息保护法 §28) and are stored encrypted
(``value_encrypted``), with only the masked form in ``value``. Saving a contact or a link with a card number
in the clear moves it into the encrypted column, so no code path can store one by mistake.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tipoffs.privacy.crypto import lookup_digest
from tipoffs.privacy.fields import EncryptedTextField
from tipoffs.suspects.masking import mask_bank_card, masked_display

from .choices import SOCIAL_PLATFORMS, ContactKind, ContactStatus
from .tipoff import TipOff


def is_sensitive(kind):
    """Contact kinds stored encrypted, with only a masked form in the clear."""
    return kind == ContactKind.BANK_CARD


def _in_clear(kind, text):
    # A masked card keeps its stars; anything else of a sensitive kind is the number itself.
    return is_sensitive(kind) and bool(text) and "*" not in text


def stored_value(kind, value):
    """The columns that hold canonical ``value`` of ``kind``: ``value`` (masked if sensitive),
    ``value_encrypted`` (the clear text, which the field encrypts) and ``value_digest``."""
    digest = lookup_digest(kind, value)
    if is_sensitive(kind):
        return {"value": mask_bank_card(value), "value_encrypted": value, "value_digest": digest}
    return {"value": value, "value_encrypted": "", "value_digest": digest}


class SuspectContactQuerySet(models.QuerySet):
    def matching(self, kind, value):
        """The contact whose canonical value of ``kind`` is ``value`` (at most one)."""
        return self.filter(value_digest=lookup_digest(kind, value))

    def matching_any(self, keys):
        """Contacts matching any ``(kind, value)`` of ``keys``."""
        return self.filter(value_digest__in=[lookup_digest(kind, value) for kind, value in keys])


class SuspectContact(models.Model):
    """One normalised identifier (a phone number, a WeChat ID ...), linked to every tip-off naming it."""

    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    kind = models.CharField(_("类型"), max_length=20, choices=ContactKind.choices)
    # The canonical value; for bank cards the masked form (the number is in value_encrypted).
    value = models.CharField(_("标准化值"), max_length=300)
    value_encrypted = EncryptedTextField(_("完整号码（加密）"), blank=True, editable=False)
    value_digest = models.CharField(max_length=64, editable=False)
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
    # When a confirmation lapses into 待复核 unless the team confirms it again.
    review_due_at = models.DateTimeField(_("复核日期"), null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True, db_index=True)

    objects = SuspectContactQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["value_digest"], name="unique_suspect_contact_digest")]
        ordering = ["-report_count", "-last_reported_at"]
        indexes = [
            # The team's contact list opens in this order: the most reported first.
            models.Index(fields=["-report_count", "-last_reported_at"], name="contact_most_reported_first"),
        ]
        permissions = [("export_suspectcontact", _("可以导出可疑联系人名单"))]
        verbose_name = _("可疑联系人")
        verbose_name_plural = _("可疑联系人")

    def __str__(self):
        return f"{self.get_kind_display()} {self.masked_value}"

    def save(self, *args, **kwargs):
        if _in_clear(self.kind, self.value) or not self.value_digest:
            plain = self.value if _in_clear(self.kind, self.value) else self.full_value
            for field, stored in stored_value(self.kind, plain).items():
                setattr(self, field, stored)
        super().save(*args, **kwargs)

    @property
    def full_value(self):
        """The canonical value in the clear (decrypted for bank cards): for the team and the watchlist API."""
        return self.value_encrypted or self.value

    @property
    def masked_value(self):
        return masked_display(self.kind, self.value)  # already masked for bank cards; unchanged


class TipOffContact(models.Model):
    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    tipoff = models.ForeignKey(TipOff, on_delete=models.CASCADE, related_name="contact_links")
    contact = models.ForeignKey(SuspectContact, on_delete=models.PROTECT, related_name="tipoff_links")
    # What the reporter typed; masked for bank cards (the text is in raw_value_encrypted). Emptied when the
    # report's text expires (tipoffs.privacy): the link itself, and so the counts, stay.
    raw_value = models.CharField(_("举报人填写的原文"), max_length=500)
    raw_value_encrypted = EncryptedTextField(_("举报人填写的原文（加密）"), blank=True, editable=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["tipoff", "contact"], name="unique_tipoff_contact")]
        indexes = [
            # From a contact to its tip-offs without reading the links themselves (the contact list's
            # categories, the contact's page); the unique constraint serves the other direction.
            models.Index(fields=["contact", "tipoff"], name="link_contact_tipoff"),
        ]
        verbose_name = _("线索中的联系人")
        verbose_name_plural = _("线索中的联系人")

    def __str__(self):
        return f"{self.tipoff_id} → {self.contact}"

    def save(self, *args, **kwargs):
        if _in_clear(self.contact.kind, self.raw_value):
            self.raw_value_encrypted = self.raw_value
            self.raw_value = mask_bank_card(self.raw_value)
        super().save(*args, **kwargs)

    @property
    def full_raw_value(self):
        return self.raw_value_encrypted or self.raw_value
