"""Normalising and segmenting Chinese text, identically for the index and for queries.

Normalisation: Unicode NFKC (full-width letters, digits and punctuation become half-width),
traditional → simplified Chinese character by character (the 8,500 one-character entries of
``zhconv``'s table, which ships in the package; its phrase entries are not used, so a handful of
traditional words that map to different simplified words by context are converted literally) and
case folding. One character stays one character, so match positions in normalised text are
positions in the original.

Segmentation (``settings.SEARCH_SEGMENTER``):

- ``"jieba"`` (default): runs of Han characters are cut into dictionary words by jieba's search
  mode, which also emits the shorter words inside long ones (代理维权 → 代理, 维权, 代理维权).
  Queries keep only the finest words (a compound whose parts are all words is replaced by its
  parts), so every query word of a text is also an index word of the same text. The dictionary
  ships in the package and is loaded once per process, on first use.
- ``"bigram"``: runs of Han characters become overlapping character pairs (代理维权 → 代理 理维
  维权); a single character stays itself.

Letters and digits are kept as words; a phone number written with spaces or dashes also gets its
digits-only form (400-123-4567 → 400 123 4567 4001234567). Punctuation and symbols are dropped, so
no query can inject backend syntax.
"""

import functools
import logging
import re
import threading
import unicodedata

import jieba
import zhconv.zhconv
from django.conf import settings

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN_RE = re.compile(f"(?P<han>[{HAN}]+)|(?P<word>[^\\W_{HAN}]+)")
_PHONE_RE = re.compile(r"\d+(?:[\s\-]+\d+)+")
MIN_PHONE_DIGITS = 7

#: Domain words jieba's general dictionary lacks; kept in code so index and query always agree.
#: Changing this list needs ``manage.py update_index``.
DOMAIN_WORDS = (
    "代理维权",
    "反催收",
    "催收",
    "征信修复",
    "债务优化",
    "冒充客服",
    "校园贷",
    "安全账户",
    "共享屏幕",
    "屏幕共享",
    "刷单返利",
    "养老诈骗",
    "投资理财",
    "退费",
    "停息挂账",
    "黑灰产",
    # Else 被骗 is cut into 被 (a query stopword) and 骗, and 被骗了怎么办 searches for 骗 alone.
    "被骗",
)

#: Function words dropped from queries (never from the index): "怎么识别冒充客服" should not
#: require the page to contain 怎么. A query of nothing but these keeps them.
QUERY_STOPWORDS = frozenset(
    [
        "的",
        "了",
        "是",
        "在",
        "和",
        "与",
        "及",
        "或",
        "吗",
        "呢",
        "吧",
        "啊",
        "呀",
        "么",
        "我",
        "我们",
        "你",
        "您",
        "他",
        "她",
        "它",
        "这",
        "那",
        "这个",
        "那个",
        "怎么",
        "怎样",
        "怎么办",
        "如何",
        "什么",
        "哪些",
        "哪个",
        "为什么",
        "请问",
        "一下",
        "有",
        "有没有",
        "会",
        "能",
        "要",
        "被",
        "把",
        "给",
        "刚",
        "刚刚",
    ]
)


@functools.cache
def _traditional_to_simplified():
    zhconv.zhconv.loaddict()
    table = zhconv.zhconv.zhcdicts["zh2Hans"]
    return str.maketrans({t: s for t, s in table.items() if len(t) == 1 and len(s) == 1})


def normalise(text):
    """NFKC, traditional → simplified, case-folded."""
    return unicodedata.normalize("NFKC", text or "").translate(_traditional_to_simplified()).casefold()


class _Jieba:
    """One jieba tokenizer per process, initialised on first use (about half a second)."""

    def __init__(self):
        self._tokenizer = None
        self._lock = threading.Lock()

    @property
    def tokenizer(self):
        if self._tokenizer is None:
            with self._lock:
                if self._tokenizer is None:
                    jieba.setLogLevel(logging.WARNING)
                    tokenizer = jieba.Tokenizer()
                    tokenizer.initialize()
                    for word in DOMAIN_WORDS:
                        tokenizer.add_word(word)
                    self._tokenizer = tokenizer
        return self._tokenizer

    def index_words(self, run):
        return [word for word, _start, _end in self.tokenizer.tokenize(run, mode="search", HMM=False)]

    def query_words(self, run):
        spans = list(self.tokenizer.tokenize(run, mode="search", HMM=False))
        words = []
        for word, start, end in spans:
            parts = [(s, e) for w, s, e in spans if start <= s and e <= end and (s, e) != (start, end)]
            covered = set()
            for s, e in parts:
                covered.update(range(s, e))
            if len(covered) < end - start:
                words.append(word)
        return words


JIEBA = _Jieba()


def _bigrams(run):
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def segmenter():
    return getattr(settings, "SEARCH_SEGMENTER", "jieba")


def _join_phone(match):
    digits = re.sub(r"\D", "", match.group())
    return digits if len(digits) >= MIN_PHONE_DIGITS else match.group()


def _words(text, for_query):
    text = normalise(text)
    if for_query:
        # The index holds both forms of a number; a query asks for the digits-only one, so
        # 400-123-4567 and 4001234567 find each other whichever way either was written.
        text = _PHONE_RE.sub(_join_phone, text)
    mode = segmenter()
    words = []
    for match in _RUN_RE.finditer(text):
        run = match.group("han")
        if run is None:
            words.append(match.group("word"))
        elif mode == "bigram":
            words.extend(_bigrams(run))
        elif for_query:
            words.extend(JIEBA.query_words(run))
        else:
            words.extend(JIEBA.index_words(run))
    for match in [] if for_query else _PHONE_RE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) >= MIN_PHONE_DIGITS:
            words.append(digits)
    return words


def index_text(text):
    """The text as the index stores it: space-separated words."""
    return " ".join(_words(text, for_query=False))


def query_words(query):
    """The distinct words of a query, in order, without function words (unless nothing else)."""
    words = list(dict.fromkeys(_words(query, for_query=True)))
    meaningful = [word for word in words if word not in QUERY_STOPWORDS]
    return meaningful or words


def query_text(query):
    return " ".join(query_words(query))
