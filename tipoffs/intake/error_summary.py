"""The report form's error summary: every mistake in page order, each under a short name.

The form's labels are questions ("这像是哪一类骗局？") or, for the consent box, a whole sentence;
"label：error" would read "这像是哪一类骗局？：请选择…". Fields name themselves briefly in
``TipOffForm.summary_labels`` instead: "骗局分类：请选择…".
"""

from django.utils.translation import gettext as _

# The contact rows (section 2) come before this field of the form (section 3) on the page.
CONTACTS_BEFORE = "evidence"


def _entry(anchor, name, error):
    return {"anchor": anchor, "text": _("%(name)s：%(error)s") % {"name": name, "error": error}}


def _contact_entries(formset, anchor):
    entries = [{"anchor": anchor, "text": error} for error in formset.non_form_errors()]
    for number, row in enumerate(formset, start=1):
        name = _("联系方式 %(number)s") % {"number": number}
        entries += [_entry(field.id_for_label, name, error) for field in row for error in field.errors]
    return entries


def error_summary(form, formset, contacts_anchor):
    """[{"anchor": element id, "text": "骗局分类：请选择…"}, ...]; empty when nothing is wrong."""
    entries = []
    for field in form:
        if field.name == CONTACTS_BEFORE:
            entries += _contact_entries(formset, contacts_anchor)
        name = form.summary_labels.get(field.name) or str(field.label).rstrip("？?：:")
        entries += [_entry(field.id_for_label, name, error) for error in field.errors]
    return entries
