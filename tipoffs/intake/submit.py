"""Saving a validated report: the tip-off, its contacts and its evidence, all or nothing."""

import logging
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from tipoffs.models import Evidence, TipOff, TipOffLanguage, hash_status_key, new_reference, new_status_key
from tipoffs.suspects.services import link_contact
from tipoffs.triage.notifications import notify_team_on_commit

logger = logging.getLogger(__name__)
REFERENCE_ATTEMPTS = 10


@dataclass(frozen=True)
class Receipt:
    """What the reporter sees once after submitting."""

    reference: str
    status_key: str | None  # None when the report already existed (a resubmitted form)


def _create_tipoff(fields):
    for _attempt in range(REFERENCE_ATTEMPTS):
        try:
            with transaction.atomic():
                return TipOff.objects.create(reference=new_reference(), **fields)
        except IntegrityError:
            if TipOff.objects.filter(form_token=fields["form_token"]).exists():
                raise
    raise RuntimeError("could not allocate a unique tip-off reference")


def store_evidence(tipoff, verified_files, stored_files, addition=None):
    """Save verified evidence files (``intake.evidence.VerifiedFile``) for ``tipoff``, inside the caller's
    transaction; each stored file is appended to ``stored_files`` so the caller can delete them if the
    transaction fails. ``addition``: the reporter's later addition they came with."""
    for verified in verified_files:
        evidence = Evidence(
            tipoff=tipoff,
            addition=addition,
            original_name=verified.original_name,
            content_type=verified.content_type,
            size=verified.size,
            sha256=verified.sha256,
        )
        evidence.file.save(f"upload{verified.extension}", ContentFile(verified.content), save=False)
        stored_files.append(evidence.file)
        evidence.save()


def delete_stored(stored_files):
    for stored in stored_files:
        stored.storage.delete(stored.name)


def _language():
    """The language the reporter used: the URL's (common.i18n), so English reports are marked as such."""
    language = translation.get_language()
    return language if language in TipOffLanguage.values else TipOffLanguage.CHINESE


def submit_report(form, contacts, client_ip_hash):
    """Save a report from a valid ``TipOffForm`` and its normalised ``contacts``.

    Returns a Receipt. Raises IntegrityError only for a duplicate form token, which the caller
    turns into the existing report's receipt. Evidence files written before a failure are removed.
    """
    data = form.cleaned_data
    now = timezone.now()
    status_key = new_status_key()
    fields = {
        "form_token": data["form_token"],
        "category": data["category"],
        "description": data["description"],
        "first_contacted_on": data.get("first_contacted_on"),
        "contact_channel": data.get("contact_channel") or "",
        "amount_lost": data.get("amount_lost"),
        "transferred_money": data.get("transferred_money", False),
        "shared_id_info": data.get("shared_id_info", False),
        "shared_bank_info": data.get("shared_bank_info", False),
        "reporter_name": data.get("reporter_name", ""),
        "reporter_contact": data.get("reporter_contact", ""),
        "consent_given_at": now,
        "received_at": now,
        "client_ip_hash": client_ip_hash,
        "status_key_hash": hash_status_key(status_key),
        "language": _language(),
    }
    stored_files = []
    try:
        with transaction.atomic():
            tipoff = _create_tipoff(fields)
            for normalised in contacts:
                link_contact(tipoff, normalised, now)
            store_evidence(tipoff, data.get("evidence") or [], stored_files)
            # Runs after the outermost commit only: a rolled-back report notifies nobody.
            notify_team_on_commit(tipoff)
    except Exception:
        delete_stored(stored_files)
        raise
    logger.info("tip-off %s received with %d contacts", tipoff.reference, len(contacts))
    return Receipt(reference=tipoff.reference, status_key=status_key)
