"""The report form and its thank-you page (routes of ``TipOffFormPage``; the status lookup is in
``tipoffs.followup``).

Editors own the wording on the page; the form is a Django form saved by ``tipoffs.intake.submit`` in one
transaction.
"""

import logging
import uuid

from django.conf import settings
from django.db import IntegrityError
from django.forms.utils import ErrorDict, ErrorList
from django.template.response import TemplateResponse

from common.clientip import client_ip_hash
from common.ratelimit import RateLimit
from common.responses import private_response
from education.models import GuidePage
from tipoffs.intake.contact_rows import with_usable_rows
from tipoffs.intake.error_summary import error_summary
from tipoffs.intake.forms import (
    MAX_CONTACTS,
    MIN_CONTACT_ROWS,
    SuspectContactFormSet,
    TipOffForm,
)
from tipoffs.intake.receipts import keep_receipt, take_receipt
from tipoffs.intake.responses import go_to
from tipoffs.intake.submit import submit_report
from tipoffs.models import TipOff

logger = logging.getLogger(__name__)
CONTACTS_PREFIX = "contacts"
REPORTS = RateLimit("report")


def _thanks_url(page):
    # With its own fragment: a redirect would otherwise inherit the form's "#error-summary".
    return page.url + page.reverse_subpage("thanks") + "#thanks"


def report(page, request):
    if request.method == "POST":
        return _handle_post(page, request)
    form = TipOffForm(initial={"form_token": uuid.uuid4()})
    return _render_form(page, request, form, SuspectContactFormSet(prefix=CONTACTS_PREFIX))


def _handle_post(page, request):
    if int(request.META.get("CONTENT_LENGTH") or 0) > settings.TIPOFF_MAX_REQUEST_BYTES:
        return TemplateResponse(request, "tipoffs/too_large.html", {"page": page}, status=413)

    contacts_data = with_usable_rows(request.POST, CONTACTS_PREFIX, MIN_CONTACT_ROWS)
    if "add_contact" in request.POST:
        return _add_contact_row(page, request, contacts_data)

    form = TipOffForm(request.POST, request.FILES)
    formset = SuspectContactFormSet(contacts_data, prefix=CONTACTS_PREFIX)
    if form.is_bot:
        logger.warning("tip-off honeypot filled; discarded")
        return go_to(request, _thanks_url(page))
    if not REPORTS.acquire(request):
        return _render_form(page, request, form, formset, status=429, rate_limited=REPORTS.for_people())
    if not (form.is_valid() and formset.is_valid()):
        REPORTS.release(request)  # a form with mistakes is not a report
        return _render_form(page, request, form, formset, status=200)

    try:
        receipt = submit_report(form, formset.contacts, client_ip_hash(request))
    except IntegrityError:
        REPORTS.release(request)
        # The same form arrived twice (double click, resubmitted page): one report only.
        if TipOff.objects.filter(form_token=form.cleaned_data["form_token"]).exists():
            return go_to(request, _thanks_url(page))
        raise
    except Exception:
        REPORTS.release(request)
        logger.exception("saving a tip-off failed")
        return _render_form(page, request, form, formset, status=500, save_failed=True)

    data = form.cleaned_data
    keep_receipt(
        request.session,
        {
            "reference": receipt.reference,
            "status_key": receipt.status_key,
            "category_id": data["category"].pk if data["category"] else None,
            "transferred_money": bool(data.get("transferred_money") or data.get("amount_lost")),
            "shared_id_info": data.get("shared_id_info", False),
            "shared_bank_info": data.get("shared_bank_info", False),
            "has_contact": bool(data.get("reporter_contact")),
        },
    )
    return go_to(request, _thanks_url(page))


def _add_contact_row(page, request, data):
    """The no-JavaScript way to get another contact row: a round trip that keeps every value."""
    total_key = f"{CONTACTS_PREFIX}-TOTAL_FORMS"
    try:
        total = int(data.get(total_key, 0))
    except ValueError:
        total = 0
    data[total_key] = str(min(max(total, 0) + 1, MAX_CONTACTS))
    form = TipOffForm(data)
    formset = SuspectContactFormSet(data, prefix=CONTACTS_PREFIX)
    # Nothing was submitted yet, so show the values without validation errors.
    form._errors = ErrorDict()
    formset._errors, formset._non_form_errors = [], ErrorList()
    for row in formset.forms:
        row._errors = ErrorDict()
    return _render_form(page, request, form, formset)


def _render_form(page, request, form, formset, status=200, **flags):
    context = page.get_context(request)
    context.update(
        {
            "form": form,
            "formset": formset,
            "can_add_contact": formset.total_form_count() < MAX_CONTACTS,
            "error_summary": error_summary(form, formset, contacts_anchor="contacts"),
            # Browsers never re-send files: say so rather than let them vanish unnoticed.
            "files_dropped": bool(request.FILES),
            **flags,
        }
    )
    return TemplateResponse(request, "tipoffs/tip_off_form_page.html", context, status=status)


def thanks(page, request):
    receipt = take_receipt(request.session)
    context = page.get_context(request)
    if receipt:
        # The status key is shown once only; a refresh shows the reference without it.
        context["status_key"] = receipt.get("status_key")
        context["receipt"] = receipt
        if receipt.get("category_id"):
            context["category_guide"] = (
                GuidePage.objects.live()
                .public()
                .filter(category_id=receipt["category_id"], locale_id=page.locale_id)
                .order_by("-first_published_at")
                .first()
            )
    return private_response(request, "tipoffs/thanks.html", context)


def rate_limited_form(page, request, limit, form_class, template, on_valid):
    """A POSTed lookup form limited per client by ``limit``; ``on_valid(form)`` gives the answer."""
    context = page.get_context(request)
    status = 200
    if request.method == "POST":
        form = form_class(request.POST)
        if not limit.acquire(request):
            context["rate_limited"] = limit.for_people()
            status = 429
        elif form.is_valid():
            context.update(on_valid(form))
        else:
            limit.release(request)
    else:
        form = form_class()
    context["form"] = form
    return private_response(request, template, context, status)
