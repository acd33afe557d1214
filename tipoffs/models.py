"""Tip-offs (举报线索) from the public, the suspect contacts they name, and their evidence.

Personal data lives only here, never in the education app, so permissions stay separate.
"""

import hashlib
import os
import secrets
import uuid

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tipoffs.contacts import SOCIAL_PLATFORMS, ContactKind, masked_display

# Reference alphabet without look-alikes (0/O, 1/I/L) so people can read it out over the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
STATUS_KEY_ALPHABET = REFERENCE_ALPHABET


class PrivateStorage(FileSystemStorage):
    """Evidence storage under PRIVATE_MEDIA_ROOT (read at use, so it follows settings changes).

    It has no base URL and ``url()`` refuses: an evidence file has no public address.
    """

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Evidence files are private and have no URL.")


_private_storage = PrivateStorage()


def private_storage():
    return _private_storage


def evidence_path(instance, filename):
    # Random name: the uploaded name is kept in a field, never in the path.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"evidence/{timezone.localdate():%Y/%m}/{uuid.uuid4().hex}.{extension}"


class ContactChannel(models.TextChoices):
    PHONE_CALL = "phone_call", _("电话")
    SMS = "sms", _("短信")
    WECHAT = "wechat", _("微信")
    QQ = "qq", _("QQ")
    LIVE_STREAM = "live_stream", _("直播或短视频")
    WEBSITE = "website", _("网站或 App")
    IN_PERSON = "in_person", _("当面")
    OTHER = "other", _("其他")


class TipOffStatus(models.TextChoices):
    NEW = "new", _("新线索")
    ACKNOWLEDGED = "acknowledged", _("已受理")
    INVESTIGATING = "investigating", _("核查中")
    CLOSED = "closed", _("已办结")


class TipOffOutcome(models.TextChoices):
    """Why a tip-off was closed; required to close one."""

    CONFIRMED = "confirmed", _("确认为黑灰产")
    UNFOUNDED = "unfounded", _("查无实据")
    DUPLICATE = "duplicate", _("重复举报")
    REFERRED = "referred", _("已移交公安")


class PublicStage(models.TextChoices):
    """The only thing a reporter's status lookup ever reveals."""

    RECEIVED = "received", _("已收到")
    INVESTIGATING = "investigating", _("核查中")
    CLOSED = "closed", _("已办结")


PUBLIC_STAGE_BY_STATUS = {
    TipOffStatus.NEW: PublicStage.RECEIVED,
    TipOffStatus.ACKNOWLEDGED: PublicStage.RECEIVED,
    TipOffStatus.INVESTIGATING: PublicStage.INVESTIGATING,
    TipOffStatus.CLOSED: PublicStage.CLOSED,
}


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
    return make_password(normalise_status_key(key))


class TipOff(models.Model):
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

    reporter_name = models.CharField(_("举报人称呼"), max_length=50, blank=True)
    reporter_contact = models.CharField(_("举报人联系方式"), max_length=100, blank=True)
    consent_given_at = models.DateTimeField(_("同意隐私说明的时间"))

    status = models.CharField(
        _("状态"), max_length=20, choices=TipOffStatus.choices, default=TipOffStatus.NEW
    )
    received_at = models.DateTimeField(_("收到时间"), default=timezone.now, db_index=True)
    acknowledged_at = models.DateTimeField(_("受理时间"), null=True, blank=True)
    investigated_at = models.DateTimeField(_("核查开始时间"), null=True, blank=True)
    closed_at = models.DateTimeField(_("办结时间"), null=True, blank=True)
    fed_back_at = models.DateTimeField(_("反馈举报人时间"), null=True, blank=True)
    outcome = models.CharField(_("办结结论"), max_length=20, choices=TipOffOutcome.choices, blank=True)
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

    contacts = models.ManyToManyField(
        "tipoffs.SuspectContact", through="tipoffs.TipOffContact", related_name="tipoffs"
    )

    class Meta:
        ordering = ["-received_at"]
        permissions = [("export_tipoff", _("可以导出举报线索"))]
        verbose_name = _("举报线索")
        verbose_name_plural = _("举报线索")

    def __str__(self):
        return self.reference

    @property
    def is_anonymous(self):
        return not self.reporter_contact

    @property
    def public_stage(self):
        return PUBLIC_STAGE_BY_STATUS[self.status]

    def check_status_key(self, key):
        return check_password(normalise_status_key(key), self.status_key_hash)


class ContactStatus(models.TextChoices):
    PENDING = "pending", _("待核实")
    CONFIRMED = "confirmed", _("确认为黑灰产")
    CLEARED = "cleared", _("已排除")


class SuspectContact(models.Model):
    """One normalised identifier (a phone number, a WeChat ID ...), linked to every tip-off naming it."""

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
    tipoff = models.ForeignKey(TipOff, on_delete=models.CASCADE, related_name="contact_links")
    contact = models.ForeignKey(SuspectContact, on_delete=models.PROTECT, related_name="tipoff_links")
    raw_value = models.CharField(_("举报人填写的原文"), max_length=500)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["tipoff", "contact"], name="unique_tipoff_contact")]
        verbose_name = _("线索中的联系人")
        verbose_name_plural = _("线索中的联系人")

    def __str__(self):
        return f"{self.tipoff_id} → {self.contact}"


class Evidence(models.Model):
    tipoff = models.ForeignKey(TipOff, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(storage=private_storage, upload_to=evidence_path, max_length=200)
    original_name = models.CharField(_("原文件名"), max_length=200)
    content_type = models.CharField(_("文件类型"), max_length=50)
    size = models.PositiveIntegerField(_("大小（字节）"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    created_at = models.DateTimeField(_("上传时间"), default=timezone.now)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("证据文件")
        verbose_name_plural = _("证据文件")

    def __str__(self):
        return self.original_name


class TipOffNote(models.Model):
    """An internal note on a tip-off. Append-only: the admin offers no edit or delete."""

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


class SlaStage(models.TextChoices):
    ACKNOWLEDGE = "acknowledge", _("受理")
    INVESTIGATE = "investigate", _("核查")
    FEEDBACK = "feedback", _("反馈")


class SlaAlertKind(models.TextChoices):
    DUE_SOON = "due_soon", _("即将超时")
    OVERDUE = "overdue", _("已超时")


class SlaAlert(models.Model):
    """Records that the team was told about one breach, so each is notified once."""

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


def hash_api_token(raw):
    # Tokens are long random strings, so a fast hash is enough (and lets us look them up by hash).
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for the interception system's read-only watchlist endpoint."""

    name = models.CharField(_("用途"), max_length=100, help_text=_("例如：拦截系统（生产）"))
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(_("令牌前缀"), max_length=8, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("签发人"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("签发时间"), default=timezone.now)
    last_used_at = models.DateTimeField(_("最近使用"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("吊销时间"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("接口令牌")
        verbose_name_plural = _("接口令牌")

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self):
        return self.revoked_at is None

    @classmethod
    def issue(cls, name, user):
        """Create a token; returns (token, raw key). The raw key is shown once and never stored."""
        raw = secrets.token_urlsafe(32)
        token = cls.objects.create(name=name, key_hash=hash_api_token(raw), prefix=raw[:8], created_by=user)
        return token, raw

    @classmethod
    def authenticate(cls, raw):
        if not raw:
            return None
        return cls.objects.filter(key_hash=hash_api_token(raw), revoked_at__isnull=True).first()


class RiskCheckCount(models.Model):
    """How often one normalised value was looked up in the public risk check, per hour.

    Only the value and a count are kept, nothing about who asked. Values checked often that nobody has
    reported yet are an early warning of a new scam (事中预警).
    """

    kind = models.CharField(_("类型"), max_length=20, choices=ContactKind.choices)
    value = models.CharField(_("标准化值"), max_length=300)
    hour = models.DateTimeField(_("小时"))
    count = models.PositiveIntegerField(_("查询次数"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "value", "hour"], name="unique_risk_check_hour")
        ]
        indexes = [models.Index(fields=["hour"])]
        verbose_name = _("风险查询计数")
        verbose_name_plural = _("风险查询计数")

    def __str__(self):
        return f"{self.kind} {self.value} @ {self.hour:%Y-%m-%d %H}:00"


class AppealStatus(models.TextChoices):
    NEW = "new", _("待处理")
    REVIEWING = "reviewing", _("复核中")
    UPHELD = "upheld", _("申诉成立（已解除标记）")
    REJECTED = "rejected", _("维持原结论")


class ContactAppeal(models.Model):
    """ "Think this is wrong?": someone disputes that a confirmed contact is black-industry."""

    contact = models.ForeignKey(
        SuspectContact, verbose_name=_("被申诉的联系人"), on_delete=models.CASCADE, related_name="appeals"
    )
    reason = models.TextField(_("申诉理由"))
    appellant_name = models.CharField(_("申诉人称呼"), max_length=50, blank=True)
    appellant_contact = models.CharField(_("申诉人联系方式"), max_length=100)
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


# The page type lives in its own module; importing it here registers it with Django.
from tipoffs.pages import TipOffFormPage  # noqa: E402, F401
