"""The public report form, its suspect-contact rows and the status lookup form."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.honeypot import HoneypotFormMixin
from education.models import ScamCategory
from tipoffs import promises
from tipoffs.intake.evidence import verify_uploads
from tipoffs.models import ContactChannel, ContactKind
from tipoffs.suspects.forms import SuspectContactForm
from tipoffs.suspects.normalise import normalise_contact

UNSURE = "unsure"
MIN_CONTACT_ROWS = 3
MAX_CONTACTS = 10


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(f, initial) for f in files if f]


class TipOffForm(HoneypotFormMixin, forms.Form):
    # 1 发生了什么
    category = forms.ChoiceField(
        label=_("这像是哪一类骗局？"),
        help_text=_("拿不准就选“不确定”，我们会帮您判断。"),
    )
    description = forms.CharField(
        label=_("发生了什么"),
        min_length=20,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "按时间顺序写下经过，20 至 5000 字。例如：“11 月 20 日有人打电话自称某某金融客服，"
            "说我的校园贷账户要注销，否则影响征信，让我下载一个会议软件……”"
        ),
        error_messages={
            "required": _("请简单写下发生了什么，至少 20 个字。"),
            "min_length": _("请再多写几句（至少 20 个字），方便我们核查。现在是 %(show_value)d 个字。"),
            "max_length": _(
                "内容太长了（最多 5000 字，现在是 %(show_value)d 字）。可以把聊天记录截图作为证据上传。"
            ),
        },
    )
    first_contacted_on = forms.DateField(
        label=_("对方第一次联系您是哪天？"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("记不清可以不填，或者填大概的日期。"),
        error_messages={"invalid": _("请填写正确的日期，例如 2026-11-20。")},
    )
    contact_channel = forms.ChoiceField(
        label=_("对方是通过什么方式联系您的？"),
        required=False,
        choices=[("", _("请选择"))] + list(ContactChannel.choices),
    )
    amount_lost = forms.DecimalField(
        label=_("损失金额（元）"),
        required=False,
        min_value=Decimal("0"),
        max_digits=12,
        decimal_places=2,
        help_text=_("没有损失可以不填。例如 3000 或 3000.50。"),
        error_messages={
            "invalid": _("请只填写数字，例如 3000 或 3000.50。"),
            "min_value": _("金额不能是负数。"),
            "max_decimal_places": _("金额最多精确到分（小数点后两位）。"),
            "max_digits": _("金额太大了，请核对。"),
            "max_whole_digits": _("金额太大了，请核对。"),
        },
    )
    transferred_money = forms.BooleanField(label=_("我已经向对方转账或付款"), required=False)
    shared_id_info = forms.BooleanField(label=_("我提供过身份证照片、号码或刷过脸"), required=False)
    shared_bank_info = forms.BooleanField(label=_("我提供过银行卡号、密码或短信验证码"), required=False)

    # 3 证据
    evidence = MultipleFileField(
        label=_("证据文件（可选）"),
        required=False,
    )

    # 4 关于你
    reporter_name = forms.CharField(
        label=_("怎么称呼您（可选）"), required=False, max_length=50, help_text=_("例如 王女士。可以不填。")
    )
    reporter_contact = forms.CharField(
        label=_("您的手机号或电子邮箱（可选）"),
        required=False,
        max_length=100,
    )
    consent = forms.BooleanField(
        error_messages={"required": _("请勾选“我已阅读并同意”，否则我们无法处理您的举报。")},
    )
    form_token = forms.UUIDField(widget=forms.HiddenInput)

    # Short names for the error summary ("骗局分类：请选择…"): the labels are questions and sentences.
    summary_labels = {
        "category": _("骗局分类"),
        "description": _("事情经过"),
        "first_contacted_on": _("首次联系日期"),
        "contact_channel": _("联系渠道"),
        "amount_lost": _("损失金额"),
        "evidence": _("证据文件"),
        "reporter_name": _("称呼"),
        "reporter_contact": _("您的联系方式"),
        "consent": _("隐私说明"),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.categories = {str(c.pk): c for c in ScamCategory.objects.scam_types()}
        self.fields["category"].choices = (
            [("", _("请选择"))]
            + [(pk, c.display_name) for pk, c in self.categories.items()]
            + [(UNSURE, _("不确定"))]
        )
        self.fields["category"].error_messages["required"] = _("请选择一类，拿不准就选“不确定”。")
        # Promises and limits are read from settings (tipoffs.promises), so the text never disagrees.
        self.fields["evidence"].help_text = promises.evidence_help_text()
        self.fields["reporter_contact"].help_text = _(
            "留下联系方式，我们会在 %(hours)d 小时内反馈核查结果；不留也可以匿名举报，但我们将无法联系您。"
        ) % {"hours": promises.sla_hours()["feedback"]}
        self.fields["consent"].label = _(
            "我已阅读并同意隐私说明：所填信息仅用于核查和打击诈骗，保存不超过 %(years)s 年，"
            "只有消保团队可以查看。"
        ) % {"years": promises.text_retention_years()}

    def clean_category(self):
        value = self.cleaned_data["category"]
        return None if value == UNSURE else self.categories[value]

    def clean_first_contacted_on(self):
        value = self.cleaned_data.get("first_contacted_on")
        if value and value > timezone.localdate():
            raise ValidationError(_("日期不能晚于今天。"))
        return value

    def clean_reporter_contact(self):
        value = " ".join(self.cleaned_data.get("reporter_contact", "").split())
        if not value:
            return ""
        if "@" in value:
            forms.EmailField(error_messages={"invalid": _("这个电子邮箱格式不对，请核对。")}).clean(value)
            return value.lower()
        try:
            phone = normalise_contact(ContactKind.PHONE, value).value
        except ValidationError:
            phone = ""
        if not phone.startswith("+"):  # short service numbers such as 95588 cannot reach a person
            raise ValidationError(_("请填写正确的手机号或电子邮箱，例如 13800138000。"))
        return phone

    def clean_evidence(self):
        files = self.cleaned_data.get("evidence") or []
        return verify_uploads(files) if files else []


class BaseSuspectContactFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        contacts = [f.cleaned_data.get("normalised") for f in self.forms if f.cleaned_data.get("normalised")]
        if not contacts:
            raise ValidationError(_("请至少填写一个对方的联系方式，例如电话号码或微信号。"))
        self.contacts = list({(c.kind, c.value): c for c in contacts}.values())


SuspectContactFormSet = forms.formset_factory(
    SuspectContactForm,
    formset=BaseSuspectContactFormSet,
    extra=0,
    min_num=MIN_CONTACT_ROWS,
    max_num=MAX_CONTACTS,
    absolute_max=MAX_CONTACTS,
    validate_max=True,
)


class StatusLookupForm(forms.Form):
    reference = forms.CharField(
        label=_("举报编号"),
        max_length=30,
        help_text=_("例如 JB-20261124-7K3Q"),
        error_messages={"required": _("请填写举报编号。")},
    )
    status_key = forms.CharField(
        label=_("查询码"),
        max_length=30,
        help_text=_("提交举报后页面上显示的查询码，例如 ABCD-EFGH-JKMN"),
        error_messages={"required": _("请填写查询码。")},
    )

    def clean_reference(self):
        return self.cleaned_data["reference"].strip().upper()
