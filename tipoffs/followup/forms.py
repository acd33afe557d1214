"""The reporter's follow-up forms: add information or evidence, rate the handling, withdraw the report."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from common.honeypot import HoneypotFormMixin
from tipoffs import promises
from tipoffs.intake.evidence import verify_uploads
from tipoffs.intake.forms import MultipleFileField


class AdditionForm(HoneypotFormMixin, forms.Form):
    text = forms.CharField(
        label=_("补充说明"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("例如：对方又换了一个号码联系我；我想起了转账的时间。最多 5000 字。"),
        error_messages={
            "max_length": _(
                "内容太长了（最多 5000 字，现在是 %(show_value)d 字）。可以把聊天记录截图作为证据上传。"
            ),
        },
    )
    evidence = MultipleFileField(label=_("补充证据文件（可选）"), required=False)
    form_token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["evidence"].help_text = promises.evidence_help_text()

    def clean_text(self):
        return self.cleaned_data.get("text", "").strip()

    def clean_evidence(self):
        files = self.cleaned_data.get("evidence") or []
        return verify_uploads(files) if files else []

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("text") and not cleaned.get("evidence"):
            raise ValidationError(_("请写下要补充的内容，或选择要上传的证据文件。"), code="empty")
        return cleaned


SCORES = [
    ("5", _("5 分：非常满意")),
    ("4", _("4 分：满意")),
    ("3", _("3 分：一般")),
    ("2", _("2 分：不满意")),
    ("1", _("1 分：非常不满意")),
]


class RatingForm(HoneypotFormMixin, forms.Form):
    score = forms.TypedChoiceField(
        label=_("您对这次举报的处理满意吗？"),
        choices=SCORES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("请选择 1 到 5 分。"),
            "invalid_choice": _("请选择 1 到 5 分。"),
        },
    )
    comment = forms.CharField(
        label=_("想对我们说的话（可选）"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("哪里做得好、哪里需要改进。请不要填写身份证号、银行卡号等个人信息。最多 1000 字。"),
        error_messages={"max_length": _("内容太长了（最多 1000 字，现在是 %(show_value)d 字）。")},
    )

    def clean_comment(self):
        return self.cleaned_data.get("comment", "").strip()


class WithdrawForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("我明白：撤回后我的称呼、联系方式、举报内容和证据文件会立即删除，无法恢复。"),
        error_messages={"required": _("请勾选确认，才能撤回举报。")},
    )
