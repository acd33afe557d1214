"""Normalisation of the suspect contact identifiers the public reports (see DOMAIN.md).

Every identifier becomes a :class:`NormalisedContact` whose ``(kind, value)`` pair is the key that links
tip-offs naming the same phone number, WeChat ID, website ... to each other. ``display`` keeps what the
reporter typed (trimmed) as evidence; ``value`` is the canonical form:

=========  ============================================================================================
kind       canonical ``value``
=========  ============================================================================================
phone      E.164 (``+8613800138000``, ``+861012345678``, ``+864001234567``); short service numbers
           (95588, 96110, 12321, 10086 ...) as bare digits
wechat     the ID lower-cased (WeChat IDs are case-insensitive), or an 11-digit mobile number as digits
qq         digits
url        the host only: lower-case, IDNA/punycode (``xn--``), without a leading ``www.``, no port
bank_card  digits (a failed Luhn check is only a warning: company accounts and passbooks fail it)
alipay     a phone number in E.164, or a lower-cased e-mail address
social     ``platform:account`` with the account lower-cased and without a leading ``@``
name       NFKC, whitespace collapsed, Latin letters lower-cased; or the upper-cased 18-character
           unified social credit code (统一社会信用代码) when the text contains one
=========  ============================================================================================

All input first goes through NFKC (full-width digits, letters, ``＋`` and ideographic spaces become
half-width), loses invisible format/control characters picked up when copying from chat apps, and is
stripped. :func:`normalise_contact` raises :class:`~django.core.exceptions.ValidationError` (with a
``code``) when the text cannot be an identifier of that kind.
"""

import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext

from tipoffs.models.choices import SOCIAL_PLATFORMS, ContactKind
from tipoffs.suspects.masking import luhn_ok

MAX_INPUT_LENGTH = 2000


_PLATFORM_KEYS = {key for key, _label in SOCIAL_PLATFORMS}
# Chinese names and common aliases a caller might pass instead of the key.
_PLATFORM_ALIASES = {
    "抖音": "douyin",
    "tiktok": "douyin",
    "快手": "kuaishou",
    "小红书": "xiaohongshu",
    "red": "xiaohongshu",
    "微博": "weibo",
    "新浪微博": "weibo",
    "哔哩哔哩": "bilibili",
    "b站": "bilibili",
    "b 站": "bilibili",
    "其他": "other",
    "其他平台": "other",
}


@dataclass(frozen=True)
class NormalisedContact:
    kind: str  # a ContactKind value
    value: str  # canonical value used to link tip-offs (unique together with kind)
    display: str  # what the reporter typed, trimmed (kept as evidence, e.g. the full URL)
    platform: str = ""  # only for SOCIAL (canonical platform key)
    warnings: tuple = ()  # friendly non-blocking notes (e.g. bank card fails Luhn)


# --------------------------------------------------------------------------------------------------------
# Shared helpers


def _clean_text(raw):
    """NFKC, drop invisible characters (zero-width spaces, BOM, control characters), strip."""
    text = unicodedata.normalize("NFKC", str(raw or ""))
    text = "".join(
        " " if ch in "\t\n\r" else ch
        for ch in text
        if ch in "\t\n\r" or unicodedata.category(ch) not in {"Cc", "Cf"}
    )
    return text.strip()


def _collapse_spaces(text):
    return " ".join(text.split())


def _strip_prefix(text, prefixes=(), labelled_prefixes=()):
    """Remove a leading label such as "微信号" or "QQ:" (case-insensitive).

    ``prefixes`` are removed with or without a colon after them; ``labelled_prefixes`` (Latin words that
    could also begin the identifier itself, like "wx" in "wxid_abc123") only when a colon follows.
    """
    lowered = text.lower()
    for prefix, needs_colon in [(p, False) for p in prefixes] + [(p, True) for p in labelled_prefixes]:
        if not lowered.startswith(prefix):
            continue
        rest = text[len(prefix) :].lstrip()
        if rest.startswith(":"):
            return rest[1:].strip()
        if not needs_colon:
            return rest.strip()
    return text


# --------------------------------------------------------------------------------------------------------
# Phone numbers

_PHONE_EXAMPLES = "13800138000、010-12345678、95588"
_PHONE_ALLOWED = re.compile(r"^[\s(]*\+?[0-9\s\-().,/]+$")
# Extensions: "010-12345678 转 8001", "分机 8001", "ext. 8001", "#8001". The extension is not part of the
# number that links tip-offs; ``display`` keeps it.
_PHONE_EXTENSION = re.compile(r"\s*(?:转|分机|ext\.?|x|#)\s*\d{1,6}\s*$", re.IGNORECASE)
# Short service numbers dialled without an area code: banks' 95xxx lines (which scammers impersonate),
# 96xxx local service lines and 1xxxx government/carrier lines such as 12321, 12315, 10086. Some 95
# numbers are longer (95 + 3–6 digits).
_SHORT_SERVICE = re.compile(r"^(?:95\d{3,6}|96\d{3}|1\d{4})$")
_CN_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_CN_PREFIX = re.compile(r"^(?:\+86|0086|86)(?=\d{10,12}$|0\d{9,11}$)")


def _phone_error():
    return ValidationError(
        gettext("这个电话号码看起来不完整或有误，请核对后再填。例如：%(examples)s"),
        code="invalid_phone",
        params={"examples": _PHONE_EXAMPLES},
    )


def _normalise_phone(text):
    """Return ``(canonical, warnings)`` for a phone number in already-cleaned ``text``."""
    text = _PHONE_EXTENSION.sub("", text)
    if not _PHONE_ALLOWED.match(text):
        raise ValidationError(
            gettext("电话号码只能包含数字，以及空格、短横线、括号或开头的 +。例如：%(examples)s"),
            code="invalid_phone_characters",
            params={"examples": _PHONE_EXAMPLES},
        )
    has_plus = text.lstrip(" (").startswith("+")
    digits = re.sub(r"\D", "", text)
    if not digits:
        raise _phone_error()

    if not has_plus and _SHORT_SERVICE.match(digits):
        return digits, ()

    # Mainland numbers with a country prefix (+86 / 0086 / 86): take the national part ourselves so
    # that "86 13800138000" is never mistaken for a local number.
    national = None
    if has_plus or digits.startswith(("86", "0086")):
        candidate = "+" + digits if has_plus else digits
        match = _CN_PREFIX.match(candidate)
        if match:
            national = candidate[match.end() :]
    elif not digits.startswith("00"):
        national = digits

    if national is not None:
        national_significant = national[1:] if national.startswith("0") else national
        # 400/800 customer-service numbers: a fixed canonical form whatever the phonenumbers metadata says.
        if re.match(r"^[48]00\d{7}$", national_significant):
            return "+86" + national_significant, ()
        if _CN_MOBILE.match(national_significant):
            return "+86" + national_significant, ()
        to_parse = national
    else:
        to_parse = "+" + digits if has_plus else digits  # "00" + country code is understood as well

    try:
        number = phonenumbers.parse(to_parse, "CN")
    except phonenumbers.NumberParseException as error:
        raise _phone_error() from error

    if phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), ()

    if national is not None and re.match(r"^[2-9]\d{6,7}$", national):
        raise ValidationError(
            gettext("座机号码请加上区号，例如：010-12345678、0755-12345678。"),
            code="phone_needs_area_code",
        )
    if national is not None and re.match(r"^1\d{9}$", national):
        raise ValidationError(
            gettext("手机号码应该是 11 位数字，这个号码只有 10 位，请核对后再填。"),
            code="invalid_phone",
        )
    raise _phone_error()


# --------------------------------------------------------------------------------------------------------
# WeChat, QQ

_WECHAT_ID = re.compile(r"^[a-z][a-z0-9_-]{5,19}$", re.IGNORECASE)


def _normalise_wechat(text):
    text = _strip_prefix(text, ("微信号", "微信", "vx号"), ("wechat id", "wechat", "weixin", "wx", "vx"))
    compact = re.sub(r"[\s\-]", "", text)
    if re.fullmatch(r"(?:\+?86)?1[3-9]\d{9}", compact):
        # People often give the mobile number bound to the WeChat account.
        return compact[-11:], ()
    if not text:
        raise ValidationError(gettext("请填写对方的微信号。"), code="required")
    if not re.match(r"^[a-z]", text, re.IGNORECASE):
        raise ValidationError(
            gettext(
                "微信号必须以英文字母开头，例如 abc_123456。"
                "如果对方给您的是手机号，请填写完整的 11 位手机号。"
            ),
            code="invalid_wechat",
        )
    if not _WECHAT_ID.match(text):
        raise ValidationError(
            gettext(
                "微信号一般是 6 到 20 位，由英文字母、数字、下划线 _ 或短横线 - 组成，请核对。"
                "如果只知道对方的微信昵称，可以选择“个人或公司名称”填写。"
            ),
            code="invalid_wechat",
        )
    return text.lower(), ()


def _normalise_qq(text):
    text = _strip_prefix(text, ("qq号码", "qq号", "qq"))
    digits = re.sub(r"\s", "", text)
    if not re.fullmatch(r"[1-9]\d{4,10}", digits):
        raise ValidationError(
            gettext("QQ 号是 5 到 11 位数字，而且不以 0 开头，例如 12345678。请核对后再填。"),
            code="invalid_qq",
        )
    return digits, ()


# --------------------------------------------------------------------------------------------------------
# Websites and app download links

_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
_DANGEROUS_SCHEMES = {"javascript", "data", "file", "vbscript", "about", "blob", "filesystem"}
_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")


def _url_error():
    return ValidationError(
        gettext("这不像是一个网址，请核对后再填，例如 www.example.com 或 https://example.com/download。"),
        code="invalid_url",
    )


def _normalise_url(text):
    if re.search(r"\s", text):
        raise ValidationError(
            gettext("网址中间不能有空格。请只粘贴链接本身，例如 https://example.com/download。"),
            code="invalid_url",
        )
    scheme_match = _SCHEME.match(text)
    scheme = scheme_match.group(1).lower() if scheme_match else ""
    if scheme in _DANGEROUS_SCHEMES:
        raise ValidationError(
            gettext("这不是网站链接，不能作为网址提交。请填写以 http:// 或 https:// 开头的网址。"),
            code="unsafe_url",
        )
    if text.startswith("//"):
        text = "http:" + text
    elif "://" in text:
        if scheme not in {"http", "https"}:
            raise ValidationError(
                gettext(
                    "只能填写以 http:// 或 https:// 开头的网址，或者直接填写 www.example.com 这样的域名。"
                ),
                code="unsupported_scheme",
            )
    else:
        # "example.com/path" or "example.com:8080/path" (which looks like a "scheme" to urlsplit).
        text = "http://" + text

    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError as error:
        raise _url_error() from error
    host = parts.hostname or ""
    # "例子。中国": an ideographic full stop typed by a Chinese input method separates labels.
    host = host.replace("。", ".").rstrip(".")
    if not host:
        raise _url_error()

    try:
        ipaddress.IPv4Address(host)
    except ValueError:
        pass
    else:
        return host, ()

    try:
        ascii_host = host.lower().encode("idna").decode("ascii")
    except UnicodeError as error:
        raise _url_error() from error
    ascii_host = ascii_host.lower()
    labels = ascii_host.split(".")
    tld = labels[-1]
    if (
        len(labels) < 2
        or len(ascii_host) > 253
        or not all(_LABEL.match(label) for label in labels)
        or not (re.fullmatch(r"[a-z]{2,63}", tld) or re.fullmatch(r"xn--[a-z0-9-]{1,59}", tld))
    ):
        raise _url_error()
    if ascii_host.startswith("www.") and len(labels) > 2:
        ascii_host = ascii_host[4:]
    return ascii_host, ()


# --------------------------------------------------------------------------------------------------------
# Bank cards and accounts


def _normalise_bank_card(text):
    compact = re.sub(r"[\s\-]", "", text)
    if not compact.isdigit():
        raise ValidationError(
            gettext("银行卡号只能是数字（可以带空格），请不要填写银行名称或户名，核对后再填。"),
            code="invalid_bank_card",
        )
    if not 12 <= len(compact) <= 19:
        raise ValidationError(
            gettext(
                "银行卡号或账号一般是 12 到 19 位数字，您填写的是 %(count)d 位，请核对是否漏了或多了数字。"
            ),
            code="invalid_bank_card_length",
            params={"count": len(compact)},
        )
    warnings = ()
    if not luhn_ok(compact):
        warnings = (gettext("这个卡号没有通过校验，可能有一两位写错了；如果是对公账户或存折账号可以忽略。"),)
    return compact, warnings


# --------------------------------------------------------------------------------------------------------
# Alipay, social media, names


def _normalise_alipay(text):
    text = _strip_prefix(text, ("支付宝账号", "支付宝"), ("alipay",))
    if "@" in text:
        email = text.lower()
        try:
            EmailValidator()(email)
        except ValidationError as error:
            raise ValidationError(
                gettext(
                    "这个邮箱地址格式不对，请核对。支付宝账号一般是手机号或邮箱，例如 name@example.com。"
                ),
                code="invalid_alipay",
            ) from error
        return email, ()
    try:
        value, warnings = _normalise_phone(text)
    except ValidationError as error:
        raise ValidationError(
            gettext(
                "支付宝账号一般是手机号（例如 13800138000）或邮箱（例如 name@example.com），请核对后再填。"
            ),
            code="invalid_alipay",
        ) from error
    if not value.startswith("+"):
        raise ValidationError(
            gettext("%(number)s 是客服短号，不是支付宝账号。支付宝账号一般是手机号或邮箱。"),
            code="invalid_alipay",
            params={"number": value},
        )
    return value, warnings


def _canonical_platform(platform):
    key = _collapse_spaces(_clean_text(platform)).lower()
    key = _PLATFORM_ALIASES.get(key, key)
    if not key:
        raise ValidationError(
            gettext("请选择这个账号所在的平台（如抖音、快手、小红书）；不在列表里的请选“其他平台”。"),
            code="platform_required",
        )
    if key not in _PLATFORM_KEYS:
        raise ValidationError(
            gettext("不认识这个平台，请从列表中选择；不在列表里的请选“其他平台”。"),
            code="invalid_platform",
        )
    return key


def _normalise_social(text, platform):
    key = _canonical_platform(platform)
    account = _collapse_spaces(text).lstrip("@＠").strip().lower()
    if not account:
        raise ValidationError(
            gettext("请填写对方在这个平台上的账号（抖音号、快手号、小红书号等）。"), code="required"
        )
    if len(account) > 50:
        raise ValidationError(
            gettext("账号太长了（最多 50 个字）。请只填写账号本身，不要粘贴整段聊天或简介。"),
            code="invalid_social",
        )
    return f"{key}:{account}", key


# 统一社会信用代码 (GB 32100-2015): 18 characters from this 31-character alphabet, last one a checksum.
_CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CREDIT_CODE = re.compile(r"(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])")


def credit_code_checksum_ok(code):
    """True if an 18-character unified social credit code's last character is the right checksum."""
    values = [_CREDIT_CODE_ALPHABET.index(char) for char in code[:17]]
    remainder = sum(v * w for v, w in zip(values, _CREDIT_CODE_WEIGHTS, strict=True)) % 31
    return _CREDIT_CODE_ALPHABET[(31 - remainder) % 31] == code[17]


def _normalise_name(text):
    text = _collapse_spaces(text)
    if len(text) < 2:
        raise ValidationError(gettext("名称太短了，请至少填写 2 个字。"), code="invalid_name")
    if len(text) > 100:
        raise ValidationError(
            gettext("名称太长了（最多 100 个字）。请只填写个人或公司的名称，其他情况可以写在经过描述里。"),
            code="invalid_name",
        )
    match = _CREDIT_CODE.search(text.upper())
    if match:
        code = match.group(1)
        warnings = ()
        if not credit_code_checksum_ok(code):
            warnings = (
                gettext("统一社会信用代码“%(code)s”没有通过校验，可能有一两位写错了，方便的话请再核对一下。")
                % {"code": code},
            )
        return code, warnings
    return text.lower(), ()


# --------------------------------------------------------------------------------------------------------
# Public entry point


def normalise_contact(kind, raw, platform=""):
    """Normalise ``raw`` as a contact identifier of ``kind`` (a :class:`ContactKind` value).

    Returns a :class:`NormalisedContact`; raises :class:`~django.core.exceptions.ValidationError` with a
    message for the reporter when ``raw`` cannot be an identifier of that kind. ``platform`` is only
    used (and required) for :attr:`ContactKind.SOCIAL`.

    For URLs the canonical value is the host alone, lower-cased, in IDNA (``xn--``) form, with a leading
    ``www.`` removed, so ``https://WWW.Example.com/a?b`` and ``example.com/c`` link to the same site;
    the full URL stays in ``display``.
    """
    try:
        kind = ContactKind(kind).value
    except ValueError as error:
        raise ValidationError(gettext("请选择联系方式的类型。"), code="invalid_kind") from error

    display = str(raw or "").strip()
    text = _clean_text(raw)
    if not text:
        raise ValidationError(gettext("请填写号码、账号或名称。"), code="required")
    if len(text) > MAX_INPUT_LENGTH:
        raise ValidationError(
            gettext("填写的内容太长了，请只填写号码、账号、网址或名称本身。"), code="too_long"
        )

    platform_key = ""
    if kind == ContactKind.PHONE:
        value, warnings = _normalise_phone(text)
    elif kind == ContactKind.WECHAT:
        value, warnings = _normalise_wechat(text)
    elif kind == ContactKind.QQ:
        value, warnings = _normalise_qq(text)
    elif kind == ContactKind.URL:
        value, warnings = _normalise_url(text)
    elif kind == ContactKind.BANK_CARD:
        value, warnings = _normalise_bank_card(text)
    elif kind == ContactKind.ALIPAY:
        value, warnings = _normalise_alipay(text)
    elif kind == ContactKind.SOCIAL:
        value, platform_key = _normalise_social(text, platform)
        warnings = ()
    else:
        value, warnings = _normalise_name(text)

    return NormalisedContact(
        kind=kind, value=value, display=display, platform=platform_key, warnings=warnings
    )


def search_keys(query):
    """The ``(kind, normalised value)`` pairs ``query`` could stand for, for searching stored contacts.

    "138 0013 8000" finds +8613800138000, "WWW.Example.com/x" finds example.com. Kinds the query cannot be
    are skipped; social accounts need a platform and are matched on their raw text instead. Stored contacts
    are found by the keyed hash of these pairs (``SuspectContact.objects.matching_any``).
    """
    keys = set()
    for kind in ContactKind.values:
        if kind == ContactKind.SOCIAL:
            continue
        try:
            keys.add((kind, normalise_contact(kind, query).value))
        except ValidationError:
            continue
    return keys


def search_values(query):
    """The normalised values ``query`` could stand for, across kinds (see ``search_keys``)."""
    return {value for _kind, value in search_keys(query)}
