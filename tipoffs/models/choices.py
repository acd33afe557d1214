"""The vocabularies of the tip-off models: statuses, outcomes, contact kinds and channels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContactKind(models.TextChoices):
    PHONE = "phone", _("电话号码（手机、座机、400/95 客服号）")
    WECHAT = "wechat", _("微信号")
    QQ = "qq", _("QQ 号")
    URL = "url", _("网站或 App 下载链接")
    BANK_CARD = "bank_card", _("银行卡号 / 银行账户")
    ALIPAY = "alipay", _("支付宝账号")
    SOCIAL = "social", _("社交媒体账号")
    NAME = "name", _("个人或公司名称")


SOCIAL_PLATFORMS = [
    ("douyin", _("抖音")),
    ("kuaishou", _("快手")),
    ("xiaohongshu", _("小红书")),
    ("weibo", _("微博")),
    ("bilibili", _("哔哩哔哩")),
    ("other", _("其他平台")),
]


class ContactChannel(models.TextChoices):
    PHONE_CALL = "phone_call", _("电话")
    SMS = "sms", _("短信")
    WECHAT = "wechat", _("微信")
    QQ = "qq", _("QQ")
    LIVE_STREAM = "live_stream", _("直播或短视频")
    WEBSITE = "website", _("网站或 App")
    IN_PERSON = "in_person", _("当面")
    OTHER = "other", _("其他")


class TipOffLanguage(models.TextChoices):
    """The language of the form a report was submitted in (issue 13): one triage queue for all."""

    CHINESE = "zh-hans", "简体中文"
    ENGLISH = "en", "English"


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


class ContactStatus(models.TextChoices):
    PENDING = "pending", _("待核实")
    CONFIRMED = "confirmed", _("确认为黑灰产")
    CLEARED = "cleared", _("已排除")
    # A confirmation whose review date passed: off the risk check and the watchlist until re-confirmed.
    REVIEW_DUE = "review_due", _("待复核")


class SlaStage(models.TextChoices):
    ACKNOWLEDGE = "acknowledge", _("受理")
    INVESTIGATE = "investigate", _("核查")
    FEEDBACK = "feedback", _("反馈")


class SlaAlertKind(models.TextChoices):
    DUE_SOON = "due_soon", _("即将超时")
    OVERDUE = "overdue", _("已超时")


class AppealStatus(models.TextChoices):
    NEW = "new", _("待处理")
    REVIEWING = "reviewing", _("复核中")
    UPHELD = "upheld", _("申诉成立（已解除标记）")
    REJECTED = "rejected", _("维持原结论")
