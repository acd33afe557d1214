"""tipoffs.suspects.normalise: the identifiers the public reports become canonical values linking tip-offs."""

import pytest
from django.core.exceptions import ValidationError

from tipoffs.models import SOCIAL_PLATFORMS, ContactKind
from tipoffs.suspects.masking import luhn_ok, mask_bank_card, masked_display
from tipoffs.suspects.normalise import NormalisedContact, credit_code_checksum_ok, normalise_contact

LUHN_WARNING = "这个卡号没有通过校验"


def error_of(kind, raw, platform=""):
    with pytest.raises(ValidationError) as excinfo:
        normalise_contact(kind, raw, platform)
    return excinfo.value


# --------------------------------------------------------------------------------------------------------
# Valid identifiers: (kind, typed, canonical value)

VALID = [
    # Mobiles, in every way people type them.
    (ContactKind.PHONE, "13800138000", "+8613800138000"),
    (ContactKind.PHONE, "１３８００１３８０００", "+8613800138000"),  # full-width digits
    (ContactKind.PHONE, "＋８６ １３８ ００１３ ８０００", "+8613800138000"),  # full-width + and spaces
    (ContactKind.PHONE, "+86 138-0013-8000", "+8613800138000"),
    (ContactKind.PHONE, "0086 13800138000", "+8613800138000"),
    (ContactKind.PHONE, "86 13800138000", "+8613800138000"),
    (ContactKind.PHONE, "138 0013 8000", "+8613800138000"),
    (ContactKind.PHONE, "(+86) 138.0013.8000", "+8613800138000"),
    (ContactKind.PHONE, "\u200b13800138000\u3000", "+8613800138000"),  # zero-width space, ideographic space
    (ContactKind.PHONE, "17012345678", "+8617012345678"),  # virtual operator range, popular with scammers
    # Landlines with area codes.
    (ContactKind.PHONE, "010-12345678", "+861012345678"),
    (ContactKind.PHONE, "(010) 1234 5678", "+861012345678"),
    (ContactKind.PHONE, "01012345678", "+861012345678"),
    (ContactKind.PHONE, "+86 10 1234 5678", "+861012345678"),
    (ContactKind.PHONE, "86 010 12345678", "+861012345678"),
    (ContactKind.PHONE, "021 1234 5678", "+862112345678"),
    (ContactKind.PHONE, "0571-88888888", "+8657188888888"),
    (ContactKind.PHONE, "010-12345678 转 8001", "+861012345678"),  # the extension is not part of the key
    # 400/800 customer-service numbers and short service numbers.
    (ContactKind.PHONE, "400-123-4567", "+864001234567"),
    (ContactKind.PHONE, "4001234567", "+864001234567"),
    (ContactKind.PHONE, "800 123 4567", "+868001234567"),
    (ContactKind.PHONE, "95588", "95588"),
    (ContactKind.PHONE, "９５５８８", "95588"),
    (ContactKind.PHONE, "96110", "96110"),
    (ContactKind.PHONE, "12321", "12321"),
    (ContactKind.PHONE, "10086", "10086"),
    # Foreign numbers.
    (ContactKind.PHONE, "+1 415 555 2671", "+14155552671"),
    (ContactKind.PHONE, "001 415 555 2671", "+14155552671"),
    (ContactKind.PHONE, "+44 20 7946 0958", "+442079460958"),
    # WeChat IDs are case-insensitive; a bound mobile number is accepted as digits.
    (ContactKind.WECHAT, "ABC_def123", "abc_def123"),
    (ContactKind.WECHAT, "Zhang-San99", "zhang-san99"),
    (ContactKind.WECHAT, "  wxid_abc123 ", "wxid_abc123"),
    (ContactKind.WECHAT, "微信号：Kefu_2024", "kefu_2024"),
    (ContactKind.WECHAT, "wx: kefu_2024", "kefu_2024"),
    (ContactKind.WECHAT, "ｋｅｆｕ＿２０２４", "kefu_2024"),  # full-width letters
    (ContactKind.WECHAT, "abcdef", "abcdef"),  # 6 characters
    (ContactKind.WECHAT, "a" * 20, "a" * 20),  # 20 characters
    (ContactKind.WECHAT, "138 0013 8000", "13800138000"),
    (ContactKind.WECHAT, "13800138000", "13800138000"),
    # QQ.
    (ContactKind.QQ, "12345", "12345"),
    (ContactKind.QQ, "12345678901", "12345678901"),
    (ContactKind.QQ, "QQ:123456789", "123456789"),
    (ContactKind.QQ, "qq号 1234 5678", "12345678"),
    (ContactKind.QQ, "ＱＱ：１２３４５６", "123456"),
    # Websites: the host, lower-case, IDNA, no "www.", no port.
    (ContactKind.URL, "example.com", "example.com"),
    (ContactKind.URL, "example.com/download?id=1", "example.com"),
    (ContactKind.URL, "http://example.com", "example.com"),
    (ContactKind.URL, "HTTPS://WWW.Example.COM:8443/App.apk", "example.com"),
    (ContactKind.URL, "www.fake-bank.cn/login", "fake-bank.cn"),
    (ContactKind.URL, "https://m.fake-bank.cn", "m.fake-bank.cn"),
    (ContactKind.URL, "example.com:8080/x", "example.com"),
    (ContactKind.URL, "//cdn.example.com/app.apk", "cdn.example.com"),
    (ContactKind.URL, "http://user@evil.example/", "evil.example"),  # the real host, not the decoy
    (ContactKind.URL, "例子.中国", "xn--fsqu00a.xn--fiqs8s"),
    (ContactKind.URL, "http://例子。中国/app", "xn--fsqu00a.xn--fiqs8s"),  # ideographic full stop
    (ContactKind.URL, "https://xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s"),
    (ContactKind.URL, "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", "example.com"),
    (ContactKind.URL, "http://1.2.3.4:8080/pay", "1.2.3.4"),
    (ContactKind.URL, "www.com", "www.com"),  # "www." is only dropped in front of a domain name
    # Bank cards and accounts.
    (ContactKind.BANK_CARD, "6222 0212 3456 7890 128", "6222021234567890128"),
    (ContactKind.BANK_CARD, "4111-1111-1111-1111", "4111111111111111"),
    (ContactKind.BANK_CARD, "１２３４５６７８９０１２", "123456789012"),
    # Alipay: a phone number (E.164) or an e-mail address.
    (ContactKind.ALIPAY, "13800138000", "+8613800138000"),
    (ContactKind.ALIPAY, "+86 138-0013-8000", "+8613800138000"),
    (ContactKind.ALIPAY, "支付宝：138 0013 8000", "+8613800138000"),
    (ContactKind.ALIPAY, "Pay.Me@Example.COM", "pay.me@example.com"),
    (ContactKind.ALIPAY, "alipay: someone@qq.com", "someone@qq.com"),
    # Names: NFKC, whitespace collapsed, Latin lower-cased; or the unified social credit code.
    (ContactKind.NAME, "张三", "张三"),
    (ContactKind.NAME, "  张  三 ", "张 三"),
    (ContactKind.NAME, "ACME   Trading  Ltd", "acme trading ltd"),
    (ContactKind.NAME, "ＡＣＭＥ　Ｌｔｄ", "acme ltd"),
    (ContactKind.NAME, "某某科技有限公司 91350100M000100Y43", "91350100M000100Y43"),
    (ContactKind.NAME, "统一社会信用代码：9144030071526726xg", "9144030071526726XG"),
    (ContactKind.NAME, "914403001922038216", "914403001922038216"),
]


@pytest.mark.parametrize(("kind", "raw", "expected"), VALID)
def test_valid_identifiers_get_their_canonical_value(kind, raw, expected):
    result = normalise_contact(kind, raw)
    assert isinstance(result, NormalisedContact)
    assert result.kind == kind.value
    assert type(result.kind) is str
    assert result.value == expected
    assert result.display == raw.strip()
    assert result.platform == ""


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        (ContactKind.PHONE, "13800138000"),
        (ContactKind.WECHAT, "ABC_def123"),
        (ContactKind.URL, "https://example.com"),
        (ContactKind.BANK_CARD, "4111 1111 1111 1111"),
        (ContactKind.NAME, "某某科技有限公司 91350100M000100Y43"),
    ],
)
def test_well_formed_identifiers_carry_no_warnings(kind, raw):
    assert normalise_contact(kind, raw).warnings == ()


def test_kind_may_be_given_as_a_plain_string():
    assert normalise_contact("phone", "13800138000").value == "+8613800138000"


def test_display_keeps_the_full_url_as_typed():
    raw = "  HTTPS://WWW.Example.COM:8443/App.apk?from=sms  "
    result = normalise_contact(ContactKind.URL, raw)
    assert result.display == "HTTPS://WWW.Example.COM:8443/App.apk?from=sms"
    assert result.value == "example.com"


# --------------------------------------------------------------------------------------------------------
# Invalid identifiers: (kind, typed, error code, a fragment of the message)

INVALID = [
    (ContactKind.PHONE, "", "required", "请填写"),
    (ContactKind.PHONE, "   ", "required", "请填写"),
    (ContactKind.PHONE, "\u3000", "required", "请填写"),
    (ContactKind.PHONE, "123", "invalid_phone", "13800138000、010-12345678、95588"),
    (ContactKind.PHONE, "13800138000123", "invalid_phone", "不完整或有误"),
    (ContactKind.PHONE, "1380013800", "invalid_phone", "11 位"),
    (ContactKind.PHONE, "+44 1234", "invalid_phone", "不完整或有误"),
    (ContactKind.PHONE, "62345678", "phone_needs_area_code", "区号"),
    (ContactKind.PHONE, "138OO138OOO", "invalid_phone_characters", "只能包含数字"),
    (ContactKind.PHONE, "call me", "invalid_phone_characters", "只能包含数字"),
    (ContactKind.WECHAT, "1abcdef", "invalid_wechat", "字母开头"),
    (ContactKind.WECHAT, "_abcdef", "invalid_wechat", "字母开头"),
    (ContactKind.WECHAT, "张三abcdef", "invalid_wechat", "字母开头"),
    (ContactKind.WECHAT, "abcde", "invalid_wechat", "6 到 20 位"),
    (ContactKind.WECHAT, "a" * 21, "invalid_wechat", "6 到 20 位"),
    (ContactKind.WECHAT, "abc def", "invalid_wechat", "6 到 20 位"),
    (ContactKind.WECHAT, "abc.def", "invalid_wechat", "6 到 20 位"),
    (ContactKind.QQ, "012345", "invalid_qq", "不以 0 开头"),
    (ContactKind.QQ, "1234", "invalid_qq", "5 到 11 位"),
    (ContactKind.QQ, "123456789012", "invalid_qq", "5 到 11 位"),
    (ContactKind.QQ, "qq12345a", "invalid_qq", "5 到 11 位"),
    (ContactKind.URL, "javascript:alert(1)", "unsafe_url", "不是网站链接"),
    (ContactKind.URL, "  JavaScript:alert(document.cookie)", "unsafe_url", "不是网站链接"),
    (ContactKind.URL, "ｊａｖａｓｃｒｉｐｔ：alert(1)", "unsafe_url", "不是网站链接"),
    (ContactKind.URL, "java\u200bscript:alert(1)", "unsafe_url", "不是网站链接"),
    (ContactKind.URL, "data:text/html,<script>alert(1)</script>", "unsafe_url", "不是网站链接"),
    (ContactKind.URL, "file:///etc/passwd", "unsafe_url", "不是网站链接"),
    (ContactKind.URL, "vbscript:msgbox", "unsafe_url", "不是网站链接"),
    (ContactKind.URL, "ftp://example.com", "unsupported_scheme", "http://"),
    (ContactKind.URL, "localhost", "invalid_url", "不像是一个网址"),
    (ContactKind.URL, "example", "invalid_url", "不像是一个网址"),
    (ContactKind.URL, "http://[::1]/", "invalid_url", "不像是一个网址"),
    (ContactKind.URL, "http://1.2.3/", "invalid_url", "不像是一个网址"),
    (ContactKind.URL, "http://-bad.example/", "invalid_url", "不像是一个网址"),
    (ContactKind.URL, "http://a..b.com/", "invalid_url", "不像是一个网址"),
    (ContactKind.URL, "example.com:99999", "invalid_url", "不像是一个网址"),
    (ContactKind.URL, "http://", "invalid_url", "不像是一个网址"),
    (ContactKind.URL, "点击 example.com 领取", "invalid_url", "空格"),
    (ContactKind.BANK_CARD, "6222 abc", "invalid_bank_card", "只能是数字"),
    (ContactKind.BANK_CARD, "12345678901", "invalid_bank_card_length", "11 位"),
    (ContactKind.BANK_CARD, "1" * 20, "invalid_bank_card_length", "20 位"),
    (ContactKind.ALIPAY, "foo@", "invalid_alipay", "邮箱"),
    (ContactKind.ALIPAY, "zhangsan", "invalid_alipay", "手机号"),
    (ContactKind.ALIPAY, "95588", "invalid_alipay", "客服短号"),
    (ContactKind.NAME, "张", "invalid_name", "至少填写 2 个字"),
    (ContactKind.NAME, "某" * 101, "invalid_name", "最多 100 个字"),
    (ContactKind.NAME, "x" * 2001, "too_long", "太长"),
]


@pytest.mark.parametrize(("kind", "raw", "code", "fragment"), INVALID)
def test_invalid_identifiers_are_refused_with_a_clear_message(kind, raw, code, fragment):
    error = error_of(kind, raw)
    assert error.code == code
    (message,) = error.messages
    assert fragment in message


def test_impossible_phone_message_gives_examples():
    (message,) = error_of(ContactKind.PHONE, "123").messages
    assert message == "这个电话号码看起来不完整或有误，请核对后再填。例如：13800138000、010-12345678、95588"


def test_unknown_kind_is_refused():
    assert error_of("fax", "12345678").code == "invalid_kind"


# --------------------------------------------------------------------------------------------------------
# Bank cards: Luhn is a warning, masking


def test_luhn_valid_card_has_no_warning():
    result = normalise_contact(ContactKind.BANK_CARD, "4111 1111 1111 1111")
    assert luhn_ok(result.value)
    assert result.warnings == ()


def test_luhn_failure_is_only_a_warning():
    result = normalise_contact(ContactKind.BANK_CARD, "6222 0212 3456 7890")
    assert result.value == "6222021234567890"
    assert not luhn_ok(result.value)
    (warning,) = result.warnings
    assert warning == "这个卡号没有通过校验，可能有一两位写错了；如果是对公账户或存折账号可以忽略。"


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("6222021234561234", "622202******1234"),
        ("6222021234567890123", "622202*********0123"),
        ("6222 0212 3456 1234", "622202******1234"),
        ("622202123456789", "622********6789"),  # shorter accounts: at least half hidden
        ("123456789012", "12******9012"),
        ("12345678", "****5678"),
        ("1234567", "*****67"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_bank_card(value, masked):
    assert mask_bank_card(value) == masked


def test_masked_display_masks_only_bank_cards():
    assert masked_display(ContactKind.BANK_CARD, "6222021234561234") == "622202******1234"
    assert masked_display("bank_card", "6222021234561234") == "622202******1234"
    assert masked_display(ContactKind.PHONE, "+8613800138000") == "+8613800138000"
    assert masked_display(ContactKind.QQ, "12345678") == "12345678"


# --------------------------------------------------------------------------------------------------------
# Social media accounts


@pytest.mark.parametrize(
    ("platform", "raw", "value", "platform_key"),
    [
        ("douyin", "@ABC_123", "douyin:abc_123", "douyin"),
        ("douyin", "＠ＡＢＣ＿１２３", "douyin:abc_123", "douyin"),
        ("xiaohongshu", "  12345678 ", "xiaohongshu:12345678", "xiaohongshu"),
        ("weibo", "某某理财 顾问", "weibo:某某理财 顾问", "weibo"),
        ("other", "@Someone", "other:someone", "other"),
        ("抖音", "abc", "douyin:abc", "douyin"),
        ("Kuaishou", "abc", "kuaishou:abc", "kuaishou"),
    ],
)
def test_social_accounts_are_keyed_by_platform(platform, raw, value, platform_key):
    result = normalise_contact(ContactKind.SOCIAL, raw, platform)
    assert result.value == value
    assert result.platform == platform_key


@pytest.mark.parametrize(
    ("platform", "raw", "code"),
    [
        ("", "abc", "platform_required"),
        ("myspace", "abc", "invalid_platform"),
        ("douyin", "@", "required"),
        ("douyin", "a" * 51, "invalid_social"),
    ],
)
def test_social_accounts_need_a_known_platform_and_an_id(platform, raw, code):
    assert error_of(ContactKind.SOCIAL, raw, platform).code == code


def test_platform_is_ignored_for_other_kinds():
    assert normalise_contact(ContactKind.QQ, "123456", "douyin").platform == ""


def test_social_platform_choices():
    keys = [key for key, _label in SOCIAL_PLATFORMS]
    assert keys == ["douyin", "kuaishou", "xiaohongshu", "weibo", "bilibili", "other"]
    assert [str(label) for _key, label in SOCIAL_PLATFORMS][:2] == ["抖音", "快手"]


# --------------------------------------------------------------------------------------------------------
# Names and unified social credit codes


@pytest.mark.parametrize(
    "code",
    ["91350100M000100Y43", "914403001922038216", "9144030071526726XG", "91330100716105852F"],
)
def test_credit_code_checksum_accepts_real_codes(code):
    assert credit_code_checksum_ok(code)


def test_credit_code_with_a_typo_is_kept_with_a_warning():
    result = normalise_contact(ContactKind.NAME, "某某公司 91350100M000100Y44")
    assert result.value == "91350100M000100Y44"
    (warning,) = result.warnings
    assert "91350100M000100Y44" in warning


def test_same_company_links_whatever_else_is_typed():
    a = normalise_contact(ContactKind.NAME, "深圳某某科技有限公司（91350100M000100Y43）")
    b = normalise_contact(ContactKind.NAME, "91350100m000100y43")
    assert a.value == b.value == "91350100M000100Y43"


def test_eighteen_digits_inside_a_longer_number_are_not_a_credit_code():
    result = normalise_contact(ContactKind.NAME, "账户 1914403001922038216")
    assert result.value == "账户 1914403001922038216"


def test_choices_labels_are_chinese():
    assert str(ContactKind.WECHAT.label) == "微信号"
    assert ContactKind.BANK_CARD.value == "bank_card"
