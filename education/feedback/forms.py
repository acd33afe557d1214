from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from common.honeypot import HoneypotFormMixin
from education.models.feedback import COMMENT_MAX_LENGTH

CHOOSE_ONE = _("请选择“有帮助”或“没帮助”。")


class FeedbackForm(HoneypotFormMixin, forms.Form):
    page = forms.IntegerField(widget=forms.HiddenInput)
    helpful = forms.TypedChoiceField(
        label=_("对您有帮助吗？"),
        choices=[("yes", _("有帮助")), ("no", _("没帮助"))],
        coerce=lambda value: value == "yes",
        error_messages={"required": CHOOSE_ONE, "invalid_choice": CHOOSE_ONE},
    )
    comment = forms.CharField(
        label=_("还想告诉我们什么？（选填）"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": COMMENT_MAX_LENGTH}),
        error_messages={
            "max_length": _("留言最多 %(limit_value)d 个字，您写了 %(show_value)d 个字，请删减一些。"),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per form, so the period shown is the one the daily purge applies (education.retention).
        self.fields["comment"].help_text = gettext(
            "请不要写姓名、电话、身份证号等个人信息；留言保存 %(days)d 天后删除。要举报线索，请用“我要举报”。"
        ) % {"days": settings.FEEDBACK_COMMENT_RETENTION_DAYS}
