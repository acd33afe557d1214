"""The status lookup and the reporter's follow-up (routes of ``TipOffFormPage``).

The lookup (reference and status key, POST only, rate-limited) shows the coarse stage and, once the case
is closed, the team's closing explanation. A wrong key and an unknown reference get the same answer after
the same work (``verify_status_key``). A successful lookup opens the follow-up forms for a short time
(``tipoffs.followup.access``): add information or evidence, rate the handling, withdraw the report.
"""

import logging
import uuid

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from common.ratelimit import RateLimit
from common.responses import private_response
from tipoffs.followup import access, services
from tipoffs.followup.forms import AdditionForm, RatingForm, WithdrawForm
from tipoffs.intake.forms import StatusLookupForm
from tipoffs.models import TipOff, TipOffStatus, verify_status_key
from tipoffs.privacy.services import CaseOnHold, what_would_be_erased

logger = logging.getLogger(__name__)
LOOKUPS = RateLimit("lookup")
FOLLOWUPS = RateLimit("followup")
DONE_KEY = "tipoff_followup_done"  # what the status page confirms once, after a follow-up form


def _status_url(page, fragment="case"):
    return page.url + page.reverse_subpage("status") + f"#{fragment}"


def _lookup(reference, key):
    found = TipOff.objects.filter(reference=reference).only("status", "status_key_hash").first()
    if not verify_status_key(found, key):
        return None
    return TipOff.objects.select_related("category").get(pk=found.pk)


def case_context(tipoff):
    """What the status page shows about the reporter's own case."""
    closed = tipoff.status == TipOffStatus.CLOSED
    return {
        "case": tipoff,
        "stage": tipoff.public_stage,
        "closed": closed,
        "closing_message": tipoff.closing_message if closed else "",
        "rating": getattr(tipoff, "rating", None),  # a missing reverse one-to-one is an AttributeError
        "can_rate": services.can_rate(tipoff),
        "additions": tipoff.additions.count(),
        "access_minutes": settings.TIPOFF_FOLLOWUP_ACCESS_MINUTES,
    }


def status(page, request):
    context = page.get_context(request)
    code = 200
    tipoff = None
    if request.method == "POST" and "forget" in request.POST:
        # "Done" on a shared computer, or to look up another report.
        access.revoke(request.session)
        form = StatusLookupForm()
        context["forgotten"] = True
    elif request.method == "POST":
        form = StatusLookupForm(request.POST)
        if not LOOKUPS.acquire(request):
            context["rate_limited"] = LOOKUPS.for_people()
            code = 429
        elif form.is_valid():
            tipoff = _lookup(form.cleaned_data["reference"], form.cleaned_data["status_key"])
            if tipoff is None:
                context["not_found"] = True
            else:
                access.grant(request.session, tipoff)
        else:
            LOOKUPS.release(request)  # a form with mistakes is not a try
    else:
        form = StatusLookupForm()
        tipoff = access.granted_tipoff(request.session)
        if tipoff is not None:
            context["done"] = request.session.pop(DONE_KEY, None)
    if tipoff is not None:
        context.update(case_context(tipoff))
    context["form"] = form
    return private_response(request, "tipoffs/status.html", context, code)


def _with_access(view):
    """Run ``view(page, request, tipoff)`` for the case this session may follow up; otherwise ask for the
    reference and key again (the lookup form, posting to the status page)."""

    def wrapped(page, request):
        tipoff = access.granted_tipoff(request.session)
        if tipoff is None:
            context = page.get_context(request)
            context.update(form=StatusLookupForm(), access_needed=True)
            return private_response(request, "tipoffs/status.html", context)
        return view(page, request, tipoff)

    return wrapped


def _done(page, request, what):
    request.session[DONE_KEY] = what
    return redirect(_status_url(page, "followup-done"))


def _refuse_busy(page, request, template, tipoff, **extra):
    return _render(page, request, template, tipoff, 429, rate_limited=FOLLOWUPS.for_people(), **extra)


def _render(page, request, template, tipoff, code=200, **extra):
    context = page.get_context(request)
    context.update(case=tipoff, stage=tipoff.public_stage, **extra)
    return private_response(request, template, context, code)


@_with_access
def add(page, request, tipoff):
    if tipoff.withdrawn_at:
        return redirect(_status_url(page))
    if request.method != "POST":
        form = AdditionForm(initial={"form_token": uuid.uuid4()})
        return _render(page, request, "tipoffs/followup/add.html", tipoff, form=form)
    if int(request.META.get("CONTENT_LENGTH") or 0) > settings.TIPOFF_MAX_REQUEST_BYTES:
        return TemplateResponse(request, "tipoffs/too_large.html", {"page": page}, status=413)
    form = AdditionForm(request.POST, request.FILES)
    extra = {"form": form, "files_dropped": bool(request.FILES)}
    if form.is_bot:
        logger.warning("follow-up honeypot filled; discarded")
        return _done(page, request, "added")
    if not FOLLOWUPS.acquire(request):
        return _refuse_busy(page, request, "tipoffs/followup/add.html", tipoff, **extra)
    if not form.is_valid():
        FOLLOWUPS.release(request)
        return _render(page, request, "tipoffs/followup/add.html", tipoff, **extra)
    try:
        _addition, created = services.add_information(
            tipoff,
            text=form.cleaned_data["text"],
            files=form.cleaned_data["evidence"],
            form_token=form.cleaned_data["form_token"],
        )
    except services.FollowupError:
        FOLLOWUPS.release(request)
        return redirect(_status_url(page))
    except Exception:
        FOLLOWUPS.release(request)
        logger.exception("saving an addition to tip-off %s failed", tipoff.reference)
        return _render(page, request, "tipoffs/followup/add.html", tipoff, 500, save_failed=True, **extra)
    if not created:
        FOLLOWUPS.release(request)  # the same form again: already added, nothing new
    logger.info("reporter added to tip-off %s", tipoff.reference)
    return _done(page, request, "added")


@_with_access
def rate(page, request, tipoff):
    if not services.can_rate(tipoff):
        return redirect(_status_url(page))
    form = RatingForm(request.POST if request.method == "POST" else None)
    if request.method != "POST":
        return _render(page, request, "tipoffs/followup/rate.html", tipoff, form=form)
    if form.is_bot:
        return _done(page, request, "rated")
    if not FOLLOWUPS.acquire(request):
        return _refuse_busy(page, request, "tipoffs/followup/rate.html", tipoff, form=form)
    if not form.is_valid():
        FOLLOWUPS.release(request)
        return _render(page, request, "tipoffs/followup/rate.html", tipoff, form=form)
    try:
        services.rate(tipoff, score=form.cleaned_data["score"], comment=form.cleaned_data["comment"])
    except services.FollowupError:
        FOLLOWUPS.release(request)  # rated already (a double click): the first rating stands
    return _done(page, request, "rated")


@_with_access
def withdraw(page, request, tipoff):
    if tipoff.withdrawn_at:
        return redirect(_status_url(page))
    form = WithdrawForm(request.POST if request.method == "POST" else None)
    extra = {"form": form, "erasure": what_would_be_erased(tipoff)}
    if request.method != "POST":
        return _render(page, request, "tipoffs/followup/withdraw.html", tipoff, **extra)
    if not FOLLOWUPS.acquire(request):
        return _refuse_busy(page, request, "tipoffs/followup/withdraw.html", tipoff, **extra)
    if not form.is_valid():
        FOLLOWUPS.release(request)
        return _render(page, request, "tipoffs/followup/withdraw.html", tipoff, **extra)
    try:
        services.withdraw(tipoff)
    except CaseOnHold:
        FOLLOWUPS.release(request)
        return _render(page, request, "tipoffs/followup/withdraw.html", tipoff, 409, on_hold=True, **extra)
    logger.info("reporter withdrew tip-off %s", tipoff.reference)
    return _done(page, request, "withdrawn")
