from django import forms
from django.utils.translation import gettext_lazy as _


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("验证码或恢复码"),
        max_length=32,
        help_text=_("打开手机上的验证器 App，输入它显示的 6 位数字；手机不在身边时，可以输入一个恢复码。"),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
    )


class EnrolForm(forms.Form):
    code = forms.CharField(
        label=_("6 位验证码"),
        max_length=16,
        help_text=_("添加后，输入验证器 App 里“消保护航”下方当前显示的 6 位数字。"),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
    )
