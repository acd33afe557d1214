"""The audit-log action sign-up code writes, and its label (registered in ``education.wagtail_hooks``)."""

from django.utils.translation import gettext_lazy as _

SIGNUP_EXPORT = "education.signup_export"

LABELS = {SIGNUP_EXPORT: (_("导出活动报名名单"), _("导出了活动报名名单"))}
