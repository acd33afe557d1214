"""The "my data" form: the same reference and status key as the status lookup."""

from django.utils.translation import gettext_lazy as _

from tipoffs.intake.forms import StatusLookupForm


class MyDataForm(StatusLookupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status_key"].help_text = _(
            "提交举报后页面上显示的查询码，例如 ABCD-EFGH-JKMN。查询码只有您知道，请不要发给任何人。"
        )
