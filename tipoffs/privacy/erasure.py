"""Erasing personal data from tip-offs in bulk: what the retention purge and an erasure on request share.

Each function erases from the rows of a queryset (the caller decides which rows are due, and runs it in a
transaction) and returns how many rows it changed. Erasing empties the data and stamps when; the rows stay,
so a case keeps its reference, dates, category, outcome and its links to suspect contacts (the counts the
watchlist relies on), and the case page can say what was deleted and when.
"""

import logging

from django.db import transaction

from tipoffs.models import (
    Evidence,
    ReporterAddition,
    ReporterRating,
    TipOff,
    TipOffContact,
    TipOffNote,
    private_storage,
)

logger = logging.getLogger(__name__)


def erase_reporter_details(tipoffs, now):
    """The reporter's name and contact details."""
    return tipoffs.update(reporter_name="", reporter_contact="", reporter_erased_at=now)


def erase_report_text(tipoffs, now, *, notes):
    """What the reporter wrote (the report, anything they added later, a rating's comment) and the contacts
    as they typed them (the links to the normalised contacts stay); with ``notes``, the team's notes on the
    case too (the audit log keeps that notes were written)."""
    pks = list(tipoffs.values_list("pk", flat=True))
    TipOffContact.objects.filter(tipoff__in=pks).update(raw_value="", raw_value_encrypted="")
    ReporterAddition.objects.filter(tipoff__in=pks, erased_at__isnull=True).update(text="", erased_at=now)
    ReporterRating.objects.filter(tipoff__in=pks).exclude(comment="").update(comment="")  # the score stays
    if notes:
        TipOffNote.objects.filter(tipoff__in=pks).exclude(body="").update(body="")
    return TipOff.objects.filter(pk__in=pks).update(description="", description_erased_at=now)


def erase_evidence(evidence, now):
    """Evidence files: the file is deleted once the transaction commits; the row stays as a tombstone
    (type, size, SHA-256, times) without the file or its name."""
    rows = list(evidence.select_for_update().values_list("pk", "file"))
    Evidence.objects.filter(pk__in=[pk for pk, _name in rows]).update(
        file="", original_name="", erased_at=now
    )
    names = [name for _pk, name in rows if name]
    # After the commit: a rolled-back erasure must not leave rows pointing at deleted files.
    transaction.on_commit(lambda: delete_files(names))
    return len(rows)


def delete_files(names):
    storage = private_storage()
    for name in names:
        try:
            storage.delete(name)
        except Exception:  # a disk (OSError) or an S3 bucket (botocore's errors): log it, go on with the rest
            logger.exception("could not delete erased evidence file %s; delete it by hand", name)


def clear_ip_hashes(rows):
    """Salted hashes of client addresses (tip-offs or appeals)."""
    return rows.update(client_ip_hash="")


def erase_appellant_details(appeals, now):
    return appeals.update(appellant_name="", appellant_contact="", appellant_erased_at=now)
