"""What editors' reports have in common: a report is for whoever holds one permission, and what readers
typed (comments, search terms) is shown and exported with long digit runs masked and formulas defused."""

from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column

from common.exports import UTF8_BOM, neutralise_formula
from common.masking import mask_personal_text


class PermissionGatedReportMixin:
    """A ReportView only users with ``permission`` may open (others get Wagtail's "no permission")."""

    permission = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class PermissionMenuItem(MenuItem):
    """A 报告 menu item shown only to users with ``permission``."""

    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class ReaderTextExportMixin:
    """Spreadsheet exports of text readers typed: no cell a spreadsheet would run as a formula, fields
    named in ``masked_fields`` masked (a phone or card number becomes 138******00), and a BOM so Excel
    and WPS show Chinese."""

    masked_fields = ()

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if field in self.masked_fields and isinstance(value, str):
            value = mask_personal_text(value)
        return neutralise_formula(value)

    def stream_csv(self, queryset):
        yield UTF8_BOM
        yield from super().stream_csv(queryset)


class MaskedTextColumn(Column):
    """A column of text readers typed, with phone, card and e-mail details masked."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return mask_personal_text(value) if isinstance(value, str) else value
