"""What kind of identifier a value is, worked out from the value itself, so nobody has to classify first.

People paste what they were given: a number, a link, an ID. ``candidates`` normalises the value as every
kind it could plausibly be, most likely first: an 11-digit mobile number may be a phone, the WeChat or
Alipay account bound to it, or (rarely) a QQ number; ``6222 0212 …`` passing the Luhn check is a bank card;
``kefu_8899`` is a WeChat ID; anything with a host name is a website. The risk check then asks which one
is meant only when the candidates' answers differ.
"""

import re

from django.core.exceptions import ValidationError

from tipoffs.models import ContactKind
from tipoffs.suspects.masking import luhn_ok
from tipoffs.suspects.normalise import _clean_text, normalise_contact

_NUMBERISH = re.compile(r"^\+?[\d\s\-().]+$")
_ID_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]{5,19}$")
_HOST_LIKE = re.compile(r"(^[a-z][a-z0-9+.\-]*://)|(^[^\s@/]+\.[^\s@/.]{2,}(/|$|:))", re.IGNORECASE)


def _kinds_for(text):
    """The kinds ``text`` may be, most likely first (before normalisation proves them)."""
    if text.startswith(("@", "＠")):
        return [ContactKind.SOCIAL]
    if "@" in text:
        return [ContactKind.ALIPAY]
    if _NUMBERISH.match(text):
        digits = re.sub(r"\D", "", text)
        if 16 <= len(digits) <= 19 and luhn_ok(digits) and not text.lstrip().startswith("+"):
            return [ContactKind.BANK_CARD]
        if re.fullmatch(r"(?:\+?86|0086)?1[3-9]\d{9}", digits if not text.startswith("+") else "+" + digits):
            return [ContactKind.PHONE, ContactKind.WECHAT, ContactKind.ALIPAY, ContactKind.QQ]
        kinds = [ContactKind.PHONE, ContactKind.QQ]
        # 13+ digits without a "+" cannot be a Chinese phone number (area code included): an account number.
        if 13 <= len(digits) <= 19 and not text.startswith("+"):
            kinds.append(ContactKind.BANK_CARD)
        return kinds
    if _HOST_LIKE.search(text):
        return [ContactKind.URL]
    if _ID_LIKE.match(text):
        return [ContactKind.WECHAT]
    return []


def candidates(raw, platform=""):
    """Every plausible ``NormalisedContact`` for ``raw``, most likely first; duplicates removed."""
    text = _clean_text(raw)
    found, seen = [], set()
    for kind in _kinds_for(text):
        try:
            normalised = normalise_contact(kind, raw, platform)
        except ValidationError:
            continue
        if (normalised.kind, normalised.value) not in seen:
            seen.add((normalised.kind, normalised.value))
            found.append(normalised)
    return found


def needs_platform(raw):
    """An "@account" names a social-media account: it means nothing without its platform."""
    return _kinds_for(_clean_text(raw)) == [ContactKind.SOCIAL]
