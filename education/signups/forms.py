"""The public sign-up form: a name and a phone number or an e-mail address (or both)."""

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from common.honeypot import HoneypotFormMixin


def normalise_phone(value):
    """An 11-digit mainland mobile number (spaces, dashes, +86 allowed) or any valid number with its
    country code, as E.164; ValidationError otherwise."""
    try:
        number = phonenumbers.parse(value, "CN")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(_("这不是一个有效的手机号，请检查位数，例如 138 0013 8000。"), code="invalid")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class SignupForm(HoneypotFormMixin, forms.Form):
    name = forms.CharField(
        label=_("称呼"),
        max_length=50,
        help_text=_("例如 王女士，方便工作人员签到时称呼您。"),
        error_messages={"required": _("请填写称呼。"), "max_length": _("称呼最多 50 个字。")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = forms.CharField(
        label=_("手机号"),
        max_length=30,
        required=False,
        help_text=_("手机号和电子邮箱至少填一项。"),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel", "type": "tel"}),
    )
    email = forms.EmailField(
        label=_("电子邮箱"),
        max_length=254,
        required=False,
        help_text=_("填写邮箱可收到报名确认（附日历文件）和活动前 24 小时的提醒。"),
        error_messages={"invalid": _("这不是一个有效的电子邮箱地址，例如 name@example.com。")},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "inputmode": "email"}),
    )

    def clean_name(self):
        return self.cleaned_data["name"].strip()

    def clean_phone(self):
        value = self.cleaned_data["phone"].strip()
        return normalise_phone(value) if value else ""

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("phone") and not data.get("email"):
            raise ValidationError(
                _("请至少填写手机号或电子邮箱中的一项，以便我们联系您。"), code="no_contact"
            )
        return data
