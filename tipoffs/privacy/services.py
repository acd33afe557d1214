"""What the team (and, through the reporter follow-up, the reporter) does about one case's personal data:
erase it on request, and hold a case so that nothing of it expires.

Erasing on request is the same work as the retention purge (``tipoffs.privacy.erasure``) done at once for
one case: the reporter's name and contact, what they wrote, the contacts as they typed them, their evidence
files and the hash of their address. The contact links and counts stay, so the watchlist is not weakened;
the team's notes stay too (they are the team's record of its work, and expire with the case's text).

A case on hold (referred to the police, or held by the team) cannot be erased until the hold is released:
the police may still need it. Every action bumps the case's version, as triage changes do, and is written
to the audit log.
"""

from dataclasses import asdict, dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from tipoffs import audit
from tipoffs.models import Evidence, TipOff
from tipoffs.privacy.erasure import (
    clear_ip_hashes,
    erase_evidence,
    erase_report_text,
    erase_reporter_details,
)


class PrivacyError(Exception):
    """An action that was refused; the message is for the person who asked."""


class CaseOnHold(PrivacyError):
    pass


class StaleCase(PrivacyError):
    pass


@dataclass(frozen=True)
class Erasure:
    """What one erasure removed (0 for what was already gone)."""

    reporter_details: int
    report_text: int
    evidence_files: int

    @property
    def anything(self):
        return any(asdict(self).values())


def what_would_be_erased(tipoff):
    """The ``Erasure`` that erasing ``tipoff`` now would make, for the confirmation page."""
    return Erasure(
        reporter_details=int(bool(tipoff.reporter_name or tipoff.reporter_contact)),
        report_text=int(tipoff.description_erased_at is None),
        evidence_files=tipoff.evidence.filter(erased_at__isnull=True).count(),
    )


def _locked(tipoff, expected_version):
    locked = TipOff.objects.select_for_update().get(pk=tipoff.pk)
    if expected_version is not None and locked.version != expected_version:
        raise StaleCase(_("这条线索刚被其他同事修改过。页面已刷新为最新内容，请确认后再操作。"))
    return locked


def _required(reason):
    reason = (reason or "").strip()
    if not reason:
        raise PrivacyError(_("请写明原因，它会记入操作记录。"))
    return reason


def erase_personal_data(tipoff, *, reason, user=None, expected_version=None):
    """Erase the reporter's personal data from ``tipoff`` now; returns an ``Erasure``.

    ``reason`` (required) goes into the audit log with what was erased; ``user`` is the team member, or
    None when the reporter asked (withdrawing with their status key). Erasing again erases nothing more and
    is logged again. Raises ``CaseOnHold`` for a case on hold, ``StaleCase`` if ``expected_version`` (what
    the team member saw) is no longer current, ``PrivacyError`` without a reason.
    """
    reason = _required(reason)
    with transaction.atomic():
        locked = _locked(tipoff, expected_version)
        if locked.on_hold:
            raise CaseOnHold(
                _("这条线索处于证据保全中（%(reason)s），不能删除。确认公安不再需要后，先解除保全。")
                % {"reason": locked.legal_hold_reason or _("保全")}
            )
        now = timezone.now()
        case = TipOff.objects.filter(pk=locked.pk)
        erasure = Erasure(
            reporter_details=erase_reporter_details(case.exclude(reporter_name="", reporter_contact=""), now),
            report_text=erase_report_text(case.filter(description_erased_at__isnull=True), now, notes=False),
            evidence_files=erase_evidence(
                Evidence.objects.filter(tipoff=locked, erased_at__isnull=True), now
            ),
        )
        clear_ip_hashes(case)
        case.update(version=F("version") + 1)
        log(instance=locked, action=audit.ERASE, user=user, data={"reason": reason, **asdict(erasure)})
    tipoff.refresh_from_db()
    return erasure


def place_hold(tipoff, *, reason, user, expected_version=None):
    """Hold ``tipoff``: nothing of it expires, and it cannot be erased, until the hold is released."""
    reason = _required(reason)
    with transaction.atomic():
        locked = _locked(tipoff, expected_version)
        if locked.on_hold:
            raise PrivacyError(_("这条线索已经处于证据保全中。"))
        TipOff.objects.filter(pk=locked.pk).update(
            legal_hold_since=timezone.now(), legal_hold_reason=reason[:200], version=F("version") + 1
        )
        log(instance=locked, action=audit.HOLD_PLACE, user=user, data={"reason": reason})
    tipoff.refresh_from_db()
    return tipoff


def release_hold(tipoff, *, reason, user, expected_version=None):
    """Release the hold on ``tipoff``: from now on its data expires under the usual rules (counted from
    closing, so data already past its period goes at the next daily purge)."""
    reason = _required(reason)
    with transaction.atomic():
        locked = _locked(tipoff, expected_version)
        if not locked.on_hold:
            raise PrivacyError(_("这条线索没有处于证据保全中。"))
        log(
            instance=locked,
            action=audit.HOLD_RELEASE,
            user=user,
            data={
                "reason": reason,
                "held_since": locked.legal_hold_since.isoformat(),
                "hold": locked.legal_hold_reason,
            },
        )
        TipOff.objects.filter(pk=locked.pk).update(
            legal_hold_since=None, legal_hold_reason="", version=F("version") + 1
        )
    tipoff.refresh_from_db()
    return tipoff
