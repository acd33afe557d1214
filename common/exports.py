"""Spreadsheet exports of personal data, made safe for people who open them in Excel or WPS.

Wagtail lets anyone who can view a listing export it; exports of personal data need their own permission
(``export_permission``), and every export is written to the audit log. The text comes from the public, so a
cell that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``, or a tab/CR before them) is
neutralised with a leading apostrophe (CSV/formula injection). CSV files start with a UTF-8 BOM so Excel
shows Chinese instead of mojibake.
"""

import functools

from django.core.exceptions import PermissionDenied
from django.utils.encoding import force_str
from django.utils.functional import cached_property
from django.utils.translation import get_language
from wagtail.log_actions import log

from common.masking import mask_personal_text

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
UTF8_BOM = "\ufeff"


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin:
    """For a Wagtail listing view that uses SpreadsheetExportMixin."""

    export_permission = None  # "app_label.codename"; required
    audit_action = None  # the audit-log action an export is recorded under; required

    def user_can_export(self):
        return self.request.user.has_perm(self.export_permission)

    @cached_property
    def show_export_buttons(self):
        return bool(self.list_export) and self.user_can_export()

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if not self.user_can_export():
            raise PermissionDenied
        log(
            instance=self.request.user,
            action=self.audit_action,
            user=self.request.user,
            data={
                "model": queryset.model._meta.label,
                "format": spreadsheet_format,
                # Searches name phone numbers and cards: the log keeps them masked.
                "filters": {
                    key: mask_personal_text(value)
                    for key, value in self.request.GET.items()
                    if key != "export"
                },
                "rows": queryset.count(),
            },
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))

    def stream_csv(self, queryset):
        yield UTF8_BOM
        yield from super().stream_csv(queryset)


def choice_label(instance, field_name):
    """The human label of a choice field ("已受理", not "acknowledged"), as ``get_FOO_display()`` gives it.

    ``get_FOO_display`` rebuilds the field's whole table of choices, translating every label, on each call;
    an export paid that for every cell (two thirds of a 4,600-row export's time). The table is made once
    per field and language here.
    """
    value = getattr(instance, field_name)
    return _choice_labels(type(instance), field_name, get_language()).get(
        value, force_str(value, strings_only=True)
    )


@functools.cache
def _choice_labels(model, field_name, language):
    return {value: force_str(label) for value, label in model._meta.get_field(field_name).flatchoices}
