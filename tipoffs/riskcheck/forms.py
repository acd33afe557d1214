"""The public risk check's form and the appeal against a "confirmed" answer."""

from django import forms
from django.utils.translation import gettext_lazy as _

from common.honeypot import HoneypotFormMixin
from tipoffs.models import ContactKind
from tipoffs.suspects.forms import SuspectContactForm

RISK_CHECK_KINDS = [(kind, label) for kind, label in ContactKind.choices if kind != ContactKind.NAME]


class RiskCheckForm(SuspectContactForm):
    """One number, ID or link to look up, normalised exactly as in a tip-off."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("请选择类型"))] + RISK_CHECK_KINDS
        self.fields["kind"].label = _("要查询的是什么")
        self.fields["value"].label = _("号码、账号或网址")
        self.fields["value"].help_text = _(
            "例如：给您打电话的号码“138 0013 8000”、加您的微信号、让您下载 App 的网址。"
        )

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("normalised"):
            self.add_error("value", _("请填写要查询的号码、账号或网址。"))
        return cleaned


class ContactAppealForm(HoneypotFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("为什么认为判断有误"),
        min_length=10,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("例如：“这是我本人使用多年的手机号，从未做过代理维权。”请不要填写身份证号等敏感信息。"),
        error_messages={
            "required": _("请写下申诉理由，至少 10 个字。"),
            "min_length": _("请再多写几句（至少 10 个字）。现在是 %(show_value)d 个字。"),
            "max_length": _("内容太长了（最多 2000 字，现在是 %(show_value)d 字）。"),
        },
    )
    appellant_name = forms.CharField(label=_("怎么称呼您（可不填）"), max_length=50, required=False)
    appellant_contact = forms.CharField(
        label=_("联系方式（手机号或邮箱）"),
        max_length=100,
        help_text=_("我们核实后会联系您，只用于处理这次申诉。"),
        error_messages={"required": _("请留下手机号或邮箱，方便我们告诉您复核结果。")},
    )
