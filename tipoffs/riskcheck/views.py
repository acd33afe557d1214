"""The public risk check (风险查询) and its appeal form (routes of ``TipOffFormPage``)."""

import logging
from datetime import timedelta

from django.core import signing
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt

from common.clientip import client_ip_hash
from common.origin import is_same_site
from common.ratelimit import RateLimit
from common.responses import private_response
from tipoffs.intake.views import rate_limited_form
from tipoffs.models import ContactAppeal, ContactStatus, SuspectContact, TipOffFormPage
from tipoffs.riskcheck.forms import ContactAppealForm, RiskCheckForm
from tipoffs.riskcheck.services import answer_for, record_check, resolve
from tipoffs.suspects.official import official_contact_keys

logger = logging.getLogger(__name__)
CHECKS = RateLimit("check")
APPEALS = RateLimit("appeal")
# The appeal link carries a signed, opaque reference to the contact, never the number itself (URLs end up
# in access logs and browser history).
APPEAL_SALT = "tipoffs.riskcheck.appeal"
APPEAL_LINK_MAX_AGE = timedelta(days=1)


def appeal_reference(contact):
    return signing.dumps(contact.pk, salt=APPEAL_SALT)


def risk_check(page, request):
    """POST, not GET: the number someone is worried about stays out of URLs, logs and history."""

    def answer(form):
        official = official_contact_keys(request)
        answers = [answer_for(candidate, official) for candidate in form.cleaned_data["candidates"]]
        chosen = resolve(answers)
        if chosen is None:
            form.ask_kind([answer.normalised.kind for answer in answers])
            return {"kind_needed": True}
        record_check(chosen.normalised)
        return {
            "answer": chosen,
            "appeal_reference": appeal_reference(chosen.contact) if chosen.contact else "",
        }

    return rate_limited_form(page, request, CHECKS, RiskCheckForm, "tipoffs/risk_check.html", answer)


@csrf_exempt
def risk_check_from_search(request):
    """The one-click check offered on the search page (``tipoffs.riskcheck.search``).

    That page is cached for everyone and so holds no CSRF token: instead of the token, only a POST from one
    of our own pages is answered (``common.origin``). The answer is the risk check's own page.
    """
    page = TipOffFormPage.objects.live().public().first()
    if page is None:
        raise Http404
    if request.method != "POST":
        return redirect(page.url + page.reverse_subpage("risk_check"))
    if not is_same_site(request):
        logger.warning("risk check from search refused: cross-site POST")
        return TemplateResponse(request, "403.html", status=403)
    return risk_check(page, request)


def risk_appeal(page, request):
    """ "Think this is wrong?" for a confirmed contact; lands in the team's appeal queue."""
    contact = _confirmed_contact((request.POST if request.method == "POST" else request.GET).get("c", ""))
    context = page.get_context(request)
    context["contact"] = contact
    status = 200
    if contact is None:
        status = 404
        form = None
    elif request.method == "POST":
        form = ContactAppealForm(request.POST)
        if form.is_bot:
            logger.warning("appeal honeypot filled; discarded")
            context["submitted"] = True
        elif not APPEALS.acquire(request):
            context["rate_limited"] = APPEALS.for_people()
            status = 429
        elif form.is_valid():
            ContactAppeal.objects.create(
                contact=contact,
                reason=form.cleaned_data["reason"],
                appellant_name=form.cleaned_data["appellant_name"],
                appellant_contact=form.cleaned_data["appellant_contact"],
                client_ip_hash=client_ip_hash(request),
            )
            context["submitted"] = True
        else:
            APPEALS.release(request)
    else:
        form = ContactAppealForm()
    context["form"] = form
    context["appeal_reference"] = appeal_reference(contact) if contact else ""
    return private_response(request, "tipoffs/risk_appeal.html", context, status)


def _confirmed_contact(reference):
    try:
        pk = signing.loads(reference, salt=APPEAL_SALT, max_age=APPEAL_LINK_MAX_AGE)
    except signing.BadSignature:
        return None
    return SuspectContact.objects.filter(pk=pk, status=ContactStatus.CONFIRMED).first()
