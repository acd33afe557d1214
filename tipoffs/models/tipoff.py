"""A tip-off (举报线索) from the public, the team's notes on it, and the SLA alerts sent about it."""

import functools
import hashlib
import hmac
import secrets

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tipoffs.privacy.fields import EncryptedTextField

from .choices import (
    PUBLIC_STAGE_BY_STATUS,
    ContactChannel,
    SlaAlertKind,
    SlaStage,
    TipOffLanguage,
    TipOffOutcome,
    TipOffStatus,
)

# Reference alphabet without look-alikes (0/O, 1/I/L) so people can read it out over the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
STATUS_KEY_ALPHABET = REFERENCE_ALPHABET
STATUS_KEY_HASH_PREFIX = "hmac-sha256$"
# Keys issued before the switch to HMAC were stored as Django PBKDF2 password hashes.
LEGACY_HASH_PREFIX = "pbkdf2_"


def new_reference(today=None):
    """JB-20261124-7K3Q: the date for people, four random characters so numbers are not sequential."""
    today = today or timezone.localdate()
    suffix = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(4))
    return f"JB-{today:%Y%m%d}-{suffix}"


def new_status_key():
    """Twelve characters from a 31-letter alphabet: about 59 bits, shown once, stored hashed."""
    raw = "".join(secrets.choice(STATUS_KEY_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_status_key(value):
    cleaned = "".join(ch for ch in (value or "").upper() if ch.isalnum())
    return f"{cleaned[:4]}-{cleaned[4:8]}-{cleaned[8:]}" if len(cleaned) == 12 else cleaned


def hash_status_key(key):
    """HMAC-SHA256 of the key under a server-side secret.

    The key is about 59 random bits and lookups are rate-limited, so a keyed hash protects it as well as a
    slow password hash would, at a microsecond instead of 0.3 s of CPU per report and per lookup.
    """
    secret = (settings.TIPOFF_STATUS_KEY_SECRET or settings.SECRET_KEY).encode()
    digest = hmac.new(secret, normalise_status_key(key).encode(), hashlib.sha256).hexdigest()
    return STATUS_KEY_HASH_PREFIX + digest


@functools.cache
def _dummy_legacy_hash():
    return make_password("XXXX-XXXX-XXXX")


def verify_status_key(tipoff, key):
    """Whether ``key`` opens ``tipoff`` (None for an unknown reference), doing the same work either way.

    While any PBKDF2 hash from before the HMAC switch remains, every lookup also checks one (the tip-off's
    own, or a dummy), so a wrong key, a right key and an unknown reference still take the same time. A
    legacy hash is replaced by the HMAC form on a successful lookup.
    """
    stored = tipoff.status_key_hash if tipoff is not None else ""
    opened = hmac.compare_digest(hash_status_key(key), stored)
    is_legacy = stored.startswith(LEGACY_HASH_PREFIX)
    if is_legacy or TipOff.objects.filter(status_key_hash__startswith=LEGACY_HASH_PREFIX).exists():
        legacy_opened = check_password(
            normalise_status_key(key), stored if is_legacy else _dummy_legacy_hash()
        )
        if is_legacy and legacy_opened:
            opened = True
            TipOff.objects.filter(pk=tipoff.pk).update(status_key_hash=hash_status_key(key))
    return opened


class TipOff(models.Model):
    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    reference = models.CharField(_("编号"), max_length=20, unique=True, editable=False)
    status_key_hash = models.CharField(max_length=200, editable=False)
    # One per rendered form: a double-click or a resubmitted page yields one report.
    form_token = models.UUIDField(unique=True, null=True, editable=False)

    category = models.ForeignKey(
        "education.ScamCategory",
        verbose_name=_("骗局分类"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tipoffs",
        help_text=_("为空表示举报人不确定"),
    )
    description = models.TextField(_("发生了什么"))
    first_contacted_on = models.DateField(_("第一次被联系的日期"), null=True, blank=True)
    contact_channel = models.CharField(
        _("对方通过什么方式联系"), max_length=20, choices=ContactChannel.choices, blank=True
    )
    amount_lost = models.DecimalField(
        _("损失金额（元）"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    transferred_money = models.BooleanField(_("已经转账或付款"), default=False)
    shared_id_info = models.BooleanField(_("提供过身份证信息或人脸"), default=False)
    shared_bank_info = models.BooleanField(_("提供过银行卡号、密码或验证码"), default=False)
    # The language of the form it came through: English reports join the same queue, marked (issue 13).
    language = models.CharField(
        _("提交语言"),
        max_length=10,
        choices=TipOffLanguage.choices,
        default=TipOffLanguage.CHINESE,
        editable=False,
    )

    # Encrypted at rest; emptied by the retention rules (tipoffs.privacy), which stamp *_erased_at.
    reporter_name = EncryptedTextField(_("举报人称呼"), max_length=50, blank=True)
    reporter_contact = EncryptedTextField(_("举报人联系方式"), max_length=100, blank=True)
    consent_given_at = models.DateTimeField(_("同意隐私说明的时间"))
    reporter_erased_at = models.DateTimeField(_("举报人信息删除时间"), null=True, blank=True, editable=False)
    description_erased_at = models.DateTimeField(_("举报内容删除时间"), null=True, blank=True, editable=False)
    # Set when the case is referred to the police (or by the team): nothing about the case expires until a
    # team member releases it.
    legal_hold_since = models.DateTimeField(_("证据保全开始时间"), null=True, blank=True, editable=False)
    legal_hold_reason = models.CharField(_("保全原因"), max_length=200, blank=True, editable=False)

    status = models.CharField(
        _("状态"), max_length=20, choices=TipOffStatus.choices, default=TipOffStatus.NEW
    )
    received_at = models.DateTimeField(_("收到时间"), default=timezone.now, db_index=True)
    acknowledged_at = models.DateTimeField(_("受理时间"), null=True, blank=True)
    investigated_at = models.DateTimeField(_("核查开始时间"), null=True, blank=True)
    closed_at = models.DateTimeField(_("办结时间"), null=True, blank=True)
    fed_back_at = models.DateTimeField(_("反馈举报人时间"), null=True, blank=True)
    outcome = models.CharField(_("办结结论"), max_length=20, choices=TipOffOutcome.choices, blank=True)
    # Written by the team when closing, for the reporter: shown on the public status page with the stage,
    # so it must be safe for the public (no names, contacts or internal details).
    closing_message = models.TextField(_("给举报人的办结说明"), max_length=1000, blank=True)
    # Set when the reporter withdrew the report (their personal data is erased at the same moment).
    withdrawn_at = models.DateTimeField(_("举报人撤回时间"), null=True, blank=True, editable=False)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("经办人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_tipoffs",
    )
    # Bumped by every change made in the admin; a change based on an older version is refused,
    # so two team members never silently overwrite each other.
    version = models.PositiveIntegerField(default=1, editable=False)

    # Salted hash of the client IP, for abuse control only; the address itself is never stored.
    client_ip_hash = models.CharField(max_length=64, blank=True, editable=False)

    # The current SLA stage and its deadlines (all empty once every promise is kept), derived from the
    # fields above by the rules in tipoffs.triage.sla and stored so the queue can be sorted and filtered by
    # urgency through an index instead of computing every row's deadline. save() keeps them up to date;
    # code that changes those fields with update() or bulk_create() calls tipoffs.triage.sla.refresh_sla.
    sla_stage = models.CharField(max_length=20, choices=SlaStage.choices, blank=True, editable=False)
    sla_due_at = models.DateTimeField(null=True, editable=False)
    sla_due_soon_at = models.DateTimeField(null=True, editable=False)

    contacts = models.ManyToManyField(
        "tipoffs.SuspectContact", through="tipoffs.TipOffContact", related_name="tipoffs"
    )

    class Meta:
        ordering = ["-received_at"]
        indexes = [
            # The queue's default order: most urgent first, cases with every promise kept (no due time)
            # last, which is where PostgreSQL puts nulls in an ascending index.
            models.Index(fields=["sla_due_at", "-received_at", "-id"], name="tipoff_most_urgent_first"),
            models.Index(fields=["-received_at", "-id"], name="tipoff_newest_first"),
            models.Index(fields=["sla_stage", "sla_due_at"], name="tipoff_sla_stage_due"),
            # The open stages are a few percent of all cases: filtering by one counts and sorts in here.
            models.Index(
                fields=["status", "sla_due_at", "-received_at", "-id"], name="tipoff_status_most_urgent"
            ),
        ]
        permissions = [("export_tipoff", _("可以导出举报线索"))]
        verbose_name = _("举报线索")
        verbose_name_plural = _("举报线索")

    def __str__(self):
        return self.reference

    def save(self, *args, **kwargs):
        from tipoffs.triage.sla import stored_sla_values  # the rules live with the rest of the SLA code

        for field, value in stored_sla_values(self).items():
            setattr(self, field, value)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "sla_stage", "sla_due_at", "sla_due_soon_at"}
        super().save(*args, **kwargs)

    @property
    def is_anonymous(self):
        return not self.reporter_contact

    @property
    def on_hold(self):
        return self.legal_hold_since is not None

    @property
    def public_stage(self):
        return PUBLIC_STAGE_BY_STATUS[self.status]

    def check_status_key(self, key):
        return verify_status_key(self, key)


class TipOffNote(models.Model):
    """An internal note on a tip-off. Append-only: the admin offers no edit or delete."""

    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    tipoff = models.ForeignKey(TipOff, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("作者"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = models.TextField(_("内容"))
    created_at = models.DateTimeField(_("时间"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("内部备注")
        verbose_name_plural = _("内部备注")

    def __str__(self):
        return f"{self.tipoff_id} @ {self.created_at:%Y-%m-%d %H:%M}"


class SlaAlert(models.Model):
    """Records that the team was told about one breach, so each is notified once."""

    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    tipoff = models.ForeignKey(TipOff, on_delete=models.CASCADE, related_name="sla_alerts")
    stage = models.CharField(max_length=20, choices=SlaStage.choices)
    kind = models.CharField(max_length=20, choices=SlaAlertKind.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["tipoff", "stage", "kind"], name="unique_sla_alert_per_breach")
        ]

    def __str__(self):
        return f"{self.tipoff_id} {self.stage} {self.kind}"
