"""Masking of sensitive identifiers for display: bank cards keep their first 6 and last 4 digits."""

import re


def luhn_ok(digits):
    """True if the digit string passes the Luhn (mod 10) check used by bank card numbers."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        number = int(char)
        if position % 2:
            number *= 2
            if number > 9:
                number -= 9
        total += number
    return total % 10 == 0


def mask_bank_card(value):
    """Mask a bank card or account number for display, e.g. ``622202******1234``.

    Non-digits (spaces, dashes) are dropped first. Numbers of 16 digits or more keep the first 6 and
    last 4 digits (the usual practice in China). Shorter account numbers keep the last 4 digits and at
    most enough leading digits that at least half of the number stays hidden; very short values keep
    at most the last 2 digits.
    """
    if "*" in str(value or ""):
        return value  # masked already (stored masked values pass through unchanged)
    digits = re.sub(r"\D", "", str(value or ""))
    length = len(digits)
    if length == 0:
        return ""
    if length >= 16:
        head, tail = 6, 4
    elif length >= 8:
        tail = 4
        head = max(0, min(6, length - tail - (length + 1) // 2))
    elif length >= 5:
        head, tail = 0, 2
    else:
        head, tail = 0, 0
    return digits[:head] + "*" * (length - head - tail) + (digits[length - tail :] if tail else "")


# 16 to 19 digits, possibly grouped by spaces or dashes as people write card numbers ("6222 0212 …").
_CARD_RUN = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){15,18}(?![0-9])")


def mask_card_numbers(text):
    """``text`` with every Luhn-valid 16–19 digit run masked as a bank card, whatever field it was typed in.

    A card number typed as a name, a social account or in the story is as sensitive as one typed as a card.
    """

    def mask(match):
        digits = re.sub(r"\D", "", match.group(0))
        return mask_bank_card(digits) if luhn_ok(digits) else match.group(0)

    return _CARD_RUN.sub(mask, str(text or ""))


def masked_display(contact_kind, value):
    """``value`` for lists and exports: a bank card masked whole; any other kind with card numbers masked."""
    from tipoffs.models.choices import ContactKind  # the models import this module

    if contact_kind == ContactKind.BANK_CARD:
        return mask_bank_card(value)
    return mask_card_numbers(value)
