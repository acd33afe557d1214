"""The public risk check (风险查询) and its appeal form (routes of ``TipOffFormPage``)."""

import logging

from django.core.exceptions import ValidationError

from common.clientip import client_ip_hash
from common.ratelimit import RateLimit
from common.responses import private_response
from tipoffs.intake.views import rate_limited_form
from tipoffs.models import ContactAppeal, ContactStatus, SuspectContact
from tipoffs.riskcheck.forms import ContactAppealForm, RiskCheckForm
from tipoffs.riskcheck.services import answer_for, record_check
from tipoffs.suspects.normalise import normalise_contact
from tipoffs.suspects.official import official_contact_keys

logger = logging.getLogger(__name__)
CHECKS = RateLimit("check")
APPEALS = RateLimit("appeal")


def risk_check(page, request):
    """POST, not GET: the number someone is worried about stays out of URLs, logs and history."""

    def answer(data):
        record_check(data["normalised"])
        return {"answer": answer_for(data["normalised"], official_contact_keys(request))}

    return rate_limited_form(page, request, CHECKS, RiskCheckForm, "tipoffs/risk_check.html", answer)


def risk_appeal(page, request):
    """ "Think this is wrong?" for a confirmed contact; lands in the team's appeal queue."""
    contact, value = _confirmed_contact(request.POST if request.method == "POST" else request.GET)
    context = page.get_context(request)
    context["contact"] = contact
    context["contact_value"] = value  # as the appellant gave it: a bank card is stored only encrypted
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
    return private_response(request, "tipoffs/risk_appeal.html", context, status)


def _confirmed_contact(data):
    """The confirmed contact the appeal is about, and its canonical value; (None, "") if there is none."""
    try:
        normalised = normalise_contact(data.get("kind", ""), data.get("value", ""), data.get("platform", ""))
    except ValidationError:
        return None, ""
    contact = (
        SuspectContact.objects.matching(normalised.kind, normalised.value)
        .filter(status=ContactStatus.CONFIRMED)
        .first()
    )
    return contact, normalised.value if contact else ""
