"""The public subscription form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from common.honeypot import HoneypotFormMixin
from education.models import ScamCategory
from education.models.alerts import AlertLevel

from .models import Frequency

EMAIL_ERRORS = {
    "required": _("请填写电子邮箱地址。"),
    "invalid": _("这不是一个有效的电子邮箱地址，请检查是否写错，例如 name@example.com。"),
    "max_length": _("电子邮箱地址太长了（最多 254 个字符）。"),
}


class SubscribeForm(HoneypotFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("电子邮箱"),
        max_length=254,
        error_messages=EMAIL_ERRORS,
        help_text=_("我们会先发一封确认邮件，点击其中的链接后才开始发送。"),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "inputmode": "email"}),
    )
    categories = forms.ModelMultipleChoiceField(
        label=_("关心哪些骗局"),
        queryset=ScamCategory.objects.order_by("sort_order", "name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("不选表示全部。没有分类的风险提示总会发送。"),
        error_messages={"invalid_choice": _("请从列表中选择骗局分类。")},
    )
    min_level = forms.ChoiceField(
        label=_("最低风险等级"),
        choices=AlertLevel.choices,
        initial=AlertLevel.NOTICE,
        widget=forms.RadioSelect,
        help_text=_("只接收这一等级及更高等级的风险提示。"),
        error_messages={"required": _("请选择最低风险等级。"), "invalid_choice": _("请选择最低风险等级。")},
    )
    frequency = forms.ChoiceField(
        label=_("发送频率"),
        choices=Frequency.choices,
        initial=Frequency.IMMEDIATE,
        widget=forms.RadioSelect,
        error_messages={"required": _("请选择发送频率。"), "invalid_choice": _("请选择发送频率。")},
    )

    def clean_email(self):
        # The domain part is case-insensitive; the local part is too at every provider people use here.
        return self.cleaned_data["email"].strip().lower()

    def preferences(self):
        """The choices, in the compact form carried by the confirmation link."""
        data = self.cleaned_data
        return {
            "l": data["min_level"],
            "f": data["frequency"],
            "c": sorted(category.pk for category in data["categories"]),
        }
