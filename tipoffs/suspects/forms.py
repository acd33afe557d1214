"""One suspect contact as the public enters it: a kind, a value and (for social accounts) a platform."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from tipoffs.models import SOCIAL_PLATFORMS, ContactKind
from tipoffs.suspects.normalise import normalise_contact


class SuspectContactForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("类型"), choices=[("", _("请选择类型"))] + list(ContactKind.choices), required=False
    )
    platform = forms.ChoiceField(
        label=_("平台（社交媒体账号才需要选）"),
        choices=[("", _("请选择平台"))] + list(SOCIAL_PLATFORMS),
        required=False,
    )
    value = forms.CharField(
        label=_("号码、账号或名称"),
        max_length=500,
        required=False,
        help_text=_("例如：给您打电话的号码、加您的微信号、让您下载 App 的链接、让您转账的卡号。"),
    )

    def clean(self):
        cleaned = super().clean()
        kind, value = cleaned.get("kind"), cleaned.get("value", "").strip()
        if not kind and not value:
            cleaned["normalised"] = None
            return cleaned
        if not kind:
            self.add_error("kind", _("请选择这是电话、微信号还是其他类型。"))
            return cleaned
        if not value:
            self.add_error("value", _("请填写号码、账号或名称。"))
            return cleaned
        try:
            cleaned["normalised"] = normalise_contact(kind, value, cleaned.get("platform", ""))
        except ValidationError as error:
            field = "platform" if kind == ContactKind.SOCIAL and not cleaned.get("platform") else "value"
            self.add_error(field, error)
        return cleaned
