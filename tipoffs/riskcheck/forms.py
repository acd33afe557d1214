"""The public risk check's form and the appeal against a "confirmed" answer."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from common.honeypot import HoneypotFormMixin
from tipoffs.models import SOCIAL_PLATFORMS, ContactKind
from tipoffs.suspects.detect import candidates, needs_platform
from tipoffs.suspects.normalise import normalise_contact

RISK_CHECK_KINDS = [(kind, label) for kind, label in ContactKind.choices if kind != ContactKind.NAME]


class RiskCheckForm(forms.Form):
    """One number, ID or link to look up. The kind is worked out from the value (``suspects.detect``);
    people are asked to choose only when the value could be several things with different answers."""

    value = forms.CharField(
        label=_("号码、账号或网址"),
        max_length=500,
        help_text=_("直接粘贴对方给您的电话号码、微信号、QQ 号、网址、银行卡号或支付宝账号，不用先选类型。"),
        error_messages={"required": _("请填写要查询的号码、账号或网址。")},
    )
    kind = forms.ChoiceField(
        label=_("这是哪一种？"), choices=RISK_CHECK_KINDS, required=False, widget=forms.RadioSelect
    )
    platform = forms.ChoiceField(
        label=_("这个账号在哪个平台？"),
        choices=[("", _("请选择平台"))] + list(SOCIAL_PLATFORMS),
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        value = cleaned.get("value", "")
        if not value:
            return cleaned
        kind, platform = cleaned.get("kind"), cleaned.get("platform", "")
        if kind:
            try:
                cleaned["candidates"] = [normalise_contact(kind, value, platform)]
            except ValidationError as error:
                self.add_error("platform" if kind == ContactKind.SOCIAL and not platform else "value", error)
            return cleaned
        if needs_platform(value) and not platform:
            self.add_error(
                "platform", _("“@”开头的是社交媒体账号，请选择它在哪个平台（抖音、快手、小红书等）。")
            )
            return cleaned
        cleaned["candidates"] = candidates(value, platform)
        if not cleaned["candidates"]:
            self.add_error(
                "value",
                _(
                    "看不出这是电话号码、微信号、QQ 号、网址还是账号。请只粘贴号码或链接本身，"
                    "例如 138 0013 8000、kefu_8899、www.example.com；也可以在下面选择类型后再查。"
                ),
            )
            self.ask_kind()
        return cleaned

    def ask_kind(self, kinds=None):
        """Show the kind choice (all kinds, or only ``kinds``), so the next submit says which is meant."""
        self.kind_asked = True
        if kinds:
            self.fields["kind"].choices = [(kind, ContactKind(kind).label) for kind in kinds]

    kind_asked = False


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
