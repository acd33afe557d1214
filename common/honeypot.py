"""A field people never see and bots fill in: submissions with it filled are dropped quietly.

Render it with ``{% include "includes/honeypot.html" with field=form.website %}``.
"""

from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotFormMixin(forms.Form):
    website = forms.CharField(label=_("请勿填写此项"), required=False)

    @property
    def is_bot(self):
        return bool(self.data.get("website"))
