"""Site search plugged into the risk check: a search for a phone number, link or account finds no article,
so the search page offers to check that value instead (issue 10, defect 6).

``education`` never imports ``tipoffs``: it asks every ``register_search_query_action`` hook for HTML to
show above the results, and ``tipoffs.wagtail_hooks`` registers ``search_query_action`` below.

The offer is a POST form, so the value never lands in a URL of ours beyond the search itself. Search pages
are kept in the shared page cache, so the form carries no CSRF token: it posts to
``risk_check_from_search`` (``tipoffs.riskcheck.views``), which checks the request's origin instead.
"""

import re

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tipoffs.models import ContactKind
from tipoffs.suspects.detect import candidates, needs_platform
from tipoffs.suspects.display import display_value

MAX_VALUE_LENGTH = 200
KIND_NAMES = {
    ContactKind.PHONE: _("电话号码"),
    ContactKind.URL: _("网址"),
    ContactKind.QQ: _("QQ 号"),
    ContactKind.BANK_CARD: _("银行卡号"),
    ContactKind.ALIPAY: _("支付宝账号"),
    ContactKind.WECHAT: _("微信号"),
}
# A plain word ("password", "wechat") also looks like a WeChat ID; an ID people are given has a digit,
# "_" or "-" in it (kefu_8899, abc-123).
_ID_MARK = re.compile(r"[\d_\-]")


def recognise(query):
    """The ``NormalisedContact`` a search query most likely is, or None for ordinary words."""
    if not query or len(query) > MAX_VALUE_LENGTH or needs_platform(query):
        return None
    found = candidates(query)
    if not found or found[0].kind not in KIND_NAMES:
        return None
    if found[0].kind == ContactKind.WECHAT and not _ID_MARK.search(query):
        return None
    return found[0]


def search_query_action(request, query):
    """HTML offering a one-click risk check of ``query``, or "" when it is not a number, link or account."""
    normalised = recognise(query)
    if normalised is None:
        return ""
    context = {
        "value": query,
        "shown_value": display_value(normalised.kind, normalised.value),
        "kind_name": KIND_NAMES[normalised.kind],
        "action": reverse("risk_check_from_search"),
    }
    return render_to_string("tipoffs/includes/search_risk_check.html", context)
