"""TipOffFormPage: the public report form, its thank-you page and the status lookup.

Editors own the wording (intro, privacy notice, thank-you text); the form itself is a Django form
saved by tipoffs.intake in one transaction.
"""

import logging
import uuid

from django.conf import settings
from django.contrib.auth.hashers import check_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models
from django.forms.utils import ErrorDict, ErrorList
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from education.models import GuidePage
from education.models.pages import BasePage
from tipoffs import ratelimit
from tipoffs.contacts import normalise_contact
from tipoffs.forms import (
    MAX_CONTACTS,
    ContactAppealForm,
    RiskCheckForm,
    StatusLookupForm,
    SuspectContactFormSet,
    TipOffForm,
)
from tipoffs.intake import submit_report
from tipoffs.models import ContactAppeal, ContactStatus, SuspectContact, TipOff, hash_status_key
from tipoffs.official import official_contact_keys
from tipoffs.risk_check import answer_for, record_check

logger = logging.getLogger(__name__)
RECEIPT_SESSION_KEY = "tipoff_receipt"
CONTACTS_PREFIX = "contacts"
# Compared against when a reference does not exist, so a wrong reference costs the same time.
_DUMMY_KEY_HASH = hash_status_key("XXXX-XXXX-XXXX")


class TipOffFormPage(RoutablePageMixin, BasePage):
    intro = RichTextField(
        _("页面导语"),
        blank=True,
        features=["bold", "link"],
        help_text=_("告诉举报人需要多长时间、提交后会发生什么。"),
    )
    time_estimate = models.CharField(_("预计填写时间"), max_length=40, default="大约 5 分钟")
    privacy_notice = RichTextField(
        _("隐私说明"),
        features=["bold", "link", "ul"],
        help_text=_("说明收集哪些信息、用来做什么、保存多久、谁能看到。显示在表单第 4 部分。"),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("隐私政策页面"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    thank_you_text = RichTextField(_("提交成功后的说明"), blank=True, features=["bold", "link", "ul"])

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("time_estimate"),
        FieldPanel("privacy_notice"),
        PageChooserPanel("privacy_page"),
        FieldPanel("thank_you_text"),
    ]
    parent_page_types = ["education.HomePage"]
    subpage_types = []
    max_count = 1
    summary_field = "intro"

    class Meta:
        verbose_name = _("举报线索表单")

    def serve(self, request, *args, **kwargs):
        # Every answer of this page is one person's (a CSRF token, a one-time form token, a status or a
        # risk-check answer): no shared cache, ours or an edge's, may keep it.
        response = super().serve(request, *args, **kwargs)
        if "no-store" not in response.get("Cache-Control", ""):
            patch_cache_control(response, private=True)
        return response

    # --- the form -------------------------------------------------------------------------

    @path("")
    def report(self, request):
        if request.method == "POST":
            return self._handle_post(request)
        form = TipOffForm(initial={"form_token": uuid.uuid4()})
        return self._render_form(request, form, SuspectContactFormSet(prefix=CONTACTS_PREFIX))

    def _handle_post(self, request):
        max_bytes = getattr(settings, "TIPOFF_MAX_REQUEST_BYTES", 27 * 1024 * 1024)
        if int(request.META.get("CONTENT_LENGTH") or 0) > max_bytes:
            return TemplateResponse(request, "tipoffs/too_large.html", {"page": self}, status=413)

        if "add_contact" in request.POST:
            return self._add_contact_row(request)

        form = TipOffForm(request.POST, request.FILES)
        formset = SuspectContactFormSet(request.POST, prefix=CONTACTS_PREFIX)
        if form.is_bot:
            logger.warning("tip-off honeypot filled; discarded")
            return redirect(self.url + self.reverse_subpage("thanks"))
        if ratelimit.is_limited("report", request):
            return self._render_form(
                request, form, formset, status=429, rate_limited=ratelimit.limit_for_people("report")
            )
        if not (form.is_valid() and formset.is_valid()):
            return self._render_form(request, form, formset, status=200)

        try:
            receipt = submit_report(form, formset.contacts, ratelimit.client_ip_hash(request))
        except IntegrityError:
            # The same form arrived twice (double click, resubmitted page): one report only.
            if TipOff.objects.filter(form_token=form.cleaned_data["form_token"]).exists():
                return redirect(self.url + self.reverse_subpage("thanks"))
            raise
        except Exception:
            logger.exception("saving a tip-off failed")
            return self._render_form(request, form, formset, status=500, save_failed=True)

        ratelimit.record("report", request)
        data = form.cleaned_data
        request.session[RECEIPT_SESSION_KEY] = {
            "reference": receipt.reference,
            "status_key": receipt.status_key,
            "category_id": data["category"].pk if data["category"] else None,
            "transferred_money": bool(data.get("transferred_money") or data.get("amount_lost")),
            "shared_id_info": data.get("shared_id_info", False),
            "shared_bank_info": data.get("shared_bank_info", False),
            "has_contact": bool(data.get("reporter_contact")),
        }
        return redirect(self.url + self.reverse_subpage("thanks"))

    def _add_contact_row(self, request):
        """The no-JavaScript way to get another contact row: a round trip that keeps every value."""
        data = request.POST.copy()
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
        return self._render_form(request, form, formset)

    def _render_form(self, request, form, formset, status=200, **flags):
        context = self.get_context(request)
        context.update(
            {
                "form": form,
                "formset": formset,
                "can_add_contact": formset.total_form_count() < MAX_CONTACTS,
                # Browsers never re-send files: say so rather than let them vanish unnoticed.
                "files_dropped": bool(request.FILES),
                **flags,
            }
        )
        return TemplateResponse(request, "tipoffs/tip_off_form_page.html", context, status=status)

    # --- after submitting -------------------------------------------------------------------

    @path("thanks/", name="thanks")
    def thanks(self, request):
        receipt = request.session.get(RECEIPT_SESSION_KEY)
        context = self.get_context(request)
        if receipt:
            # The status key is shown once only; a refresh shows the reference without it.
            if receipt.get("status_key"):
                context["status_key"] = receipt["status_key"]
                request.session[RECEIPT_SESSION_KEY] = {**receipt, "status_key": None}
            context["receipt"] = receipt
            if receipt.get("category_id"):
                context["category_guide"] = (
                    GuidePage.objects.live()
                    .public()
                    .filter(category_id=receipt["category_id"])
                    .order_by("-first_published_at")
                    .first()
                )
        return _private_response(request, "tipoffs/thanks.html", context)

    @path("status/", name="status")
    def status(self, request):
        def lookup(data):
            stage = self._lookup(data["reference"], data["status_key"])
            return {"stage": stage, "not_found": stage is None}

        return self._rate_limited_form(request, "lookup", StatusLookupForm, "tipoffs/status.html", lookup)

    def _rate_limited_form(self, request, scope, form_class, template, on_valid):
        """A POSTed lookup form limited per client by ``scope``; ``on_valid`` gives the answer."""
        context = self.get_context(request)
        status = 200
        if request.method == "POST":
            form = form_class(request.POST)
            if ratelimit.is_limited(scope, request):
                context["rate_limited"] = ratelimit.limit_for_people(scope)
                status = 429
            elif form.is_valid():
                ratelimit.record(scope, request)
                context.update(on_valid(form.cleaned_data))
        else:
            form = form_class()
        context["form"] = form
        return _private_response(request, template, context, status)

    @staticmethod
    def _lookup(reference, key):
        tipoff = TipOff.objects.filter(reference=reference).only("status", "status_key_hash").first()
        if tipoff is None:
            check_password(key, _DUMMY_KEY_HASH)
            return None
        return tipoff.public_stage if tipoff.check_status_key(key) else None

    # --- the public risk check --------------------------------------------------------------

    @path("check/", name="risk_check")
    def risk_check(self, request):
        """POST, not GET: the number someone is worried about stays out of URLs, logs and history."""

        def answer(data):
            record_check(data["normalised"])
            return {"answer": answer_for(data["normalised"], official_contact_keys(request))}

        return self._rate_limited_form(request, "check", RiskCheckForm, "tipoffs/risk_check.html", answer)

    @path("check/appeal/", name="risk_appeal")
    def risk_appeal(self, request):
        """ "Think this is wrong?" for a confirmed contact; lands in the team's appeal queue."""
        contact = self._confirmed_contact(request.POST if request.method == "POST" else request.GET)
        context = self.get_context(request)
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
            elif ratelimit.is_limited("report", request):
                context["rate_limited"] = ratelimit.limit_for_people("report")
                status = 429
            elif form.is_valid():
                ratelimit.record("report", request)
                ContactAppeal.objects.create(
                    contact=contact,
                    reason=form.cleaned_data["reason"],
                    appellant_name=form.cleaned_data["appellant_name"],
                    appellant_contact=form.cleaned_data["appellant_contact"],
                    client_ip_hash=ratelimit.client_ip_hash(request),
                )
                context["submitted"] = True
        else:
            form = ContactAppealForm()
        context["form"] = form
        return _private_response(request, "tipoffs/risk_appeal.html", context, status)

    @staticmethod
    def _confirmed_contact(data):
        try:
            normalised = normalise_contact(
                data.get("kind", ""), data.get("value", ""), data.get("platform", "")
            )
        except ValidationError:
            return None
        return SuspectContact.objects.filter(
            kind=normalised.kind, value=normalised.value, status=ContactStatus.CONFIRMED
        ).first()


def _private_response(request, template, context, status=200):
    # Answers about one person's report or worry: never kept by a browser or a shared cache.
    response = TemplateResponse(request, template, context, status=status)
    response["Cache-Control"] = "no-store"
    return response
