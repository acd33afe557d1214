"""Masking free text that may hold a phone number, a card or an e-mail address before it is stored in a
log (an export's search terms, for example)."""

import re

# 7 or more digits, possibly grouped ("139 1234 5678", "+86-139-1234-5678").
_DIGIT_RUN = re.compile(r"\+?[0-9](?:[ \-]?[0-9]){6,}")
_EMAIL = re.compile(r"([^\s@]+)@([^\s@]+\.[^\s@]+)")


def _mask_digits(match):
    digits = re.sub(r"\D", "", match.group(0))
    return digits[:3] + "*" * (len(digits) - 5) + digits[-2:]


def mask_personal_text(text):
    """``text`` with long digit runs cut to their first 3 and last 2 digits, e-mail local parts hidden."""
    text = _EMAIL.sub(lambda m: m.group(1)[:1] + "***@" + m.group(2), str(text))
    return _DIGIT_RUN.sub(_mask_digits, text)
