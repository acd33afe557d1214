"""The suspect-contact rows of a posted report form always come back usable.

A page whose rows were all removed (an old copy of the script, a browser extension, a hand-made
request) posts ``contacts-TOTAL_FORMS=0`` or no management form at all. Django's formset would
then render no row, or refuse the whole formset, and the reporter could never add the contact the
form asks for. Repairing the management form instead keeps every row that was typed and brings
back the blank rows of a fresh form.
"""

import re

from django.forms.formsets import INITIAL_FORM_COUNT, TOTAL_FORM_COUNT


def _count(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


def with_usable_rows(data, prefix, minimum):
    """A mutable copy of ``data`` whose management form describes at least ``minimum`` rows."""
    data = data.copy()
    typed = [int(n) for n in re.findall(rf"^{re.escape(prefix)}-(\d+)-", "\n".join(data.keys()), re.M)]
    declared = _count(data.get(f"{prefix}-{TOTAL_FORM_COUNT}"))
    if declared is None:
        declared = max(typed, default=-1) + 1
    data[f"{prefix}-{TOTAL_FORM_COUNT}"] = str(max(declared, minimum))
    if _count(data.get(f"{prefix}-{INITIAL_FORM_COUNT}")) is None:
        data[f"{prefix}-{INITIAL_FORM_COUNT}"] = "0"
    return data
