"""Identifiers shown the way people write them (``170 2024 8888``, ``400-000-0000``), not as E.164."""

import phonenumbers

from tipoffs.models import ContactKind
from tipoffs.suspects.masking import masked_display


def _phone(value):
    if not value.startswith("+"):
        return value  # a short service number such as 95588
    try:
        number = phonenumbers.parse(value)
    except phonenumbers.NumberParseException:
        return value
    national = str(number.national_number)
    if number.country_code != 86:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if len(national) == 11 and national.startswith("1"):
        return f"{national[:3]} {national[3:7]} {national[7:]}"
    if national.startswith(("400", "800")) and len(national) == 10:
        return f"{national[:3]}-{national[3:6]}-{national[6:]}"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def display_value(kind, value):
    """``value`` (canonical) for the public: phone numbers grouped as written, bank cards masked."""
    if kind == ContactKind.PHONE:
        return _phone(value)
    if kind == ContactKind.ALIPAY and value.startswith("+86"):
        return _phone(value)
    return masked_display(kind, value)
