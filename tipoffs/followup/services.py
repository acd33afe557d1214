"""What a reporter can do to their own case after submitting it: add information and evidence, rate the
handling once it is closed, withdraw it.

None of this touches the case's stage, its SLA clocks or its version: an addition is appended beside the
report (the case page shows it as the reporter's), and the assignee is told through the task queue.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from tipoffs import audit
from tipoffs.followup.notifications import notify_addition_on_commit
from tipoffs.intake.submit import delete_stored, store_evidence
from tipoffs.models import ReporterAddition, ReporterRating, TipOff, TipOffStatus
from tipoffs.privacy.services import erase_personal_data

WITHDRAW_REASON = "举报人用查询码撤回了举报"


class FollowupError(Exception):
    """A follow-up that was refused; the message is for the reporter."""


def _refuse_withdrawn(tipoff):
    if tipoff.withdrawn_at:
        raise FollowupError(_("这条举报已经撤回，不能再补充或评价。"))


def add_information(tipoff, *, text, files, form_token):
    """Append ``text`` and the verified ``files`` to ``tipoff``; returns (addition, created).

    The same ``form_token`` twice (a double click, a resubmitted page) adds once: the second call returns
    the first addition with ``created`` False.
    """
    _refuse_withdrawn(tipoff)
    existing = ReporterAddition.objects.filter(form_token=form_token).first()
    if existing is not None:
        return existing, False
    stored = []
    try:
        with transaction.atomic():
            addition = ReporterAddition.objects.create(tipoff=tipoff, text=text, form_token=form_token)
            store_evidence(tipoff, files, stored, addition=addition)
            notify_addition_on_commit(addition)
    except IntegrityError:
        delete_stored(stored)
        existing = ReporterAddition.objects.filter(form_token=form_token).first()
        if existing is None:
            raise
        return existing, False
    except Exception:
        delete_stored(stored)
        raise
    return addition, True


def can_rate(tipoff):
    closed = tipoff.status == TipOffStatus.CLOSED
    return closed and not tipoff.withdrawn_at and getattr(tipoff, "rating", None) is None


def rate(tipoff, *, score, comment=""):
    """Record the reporter's 1–5 rating of a closed case; one per case."""
    _refuse_withdrawn(tipoff)
    if tipoff.status != TipOffStatus.CLOSED:
        raise FollowupError(_("举报办结后才能评价。"))
    if not 1 <= int(score) <= 5:
        raise FollowupError(_("请选择 1 到 5 分。"))
    try:
        with transaction.atomic():
            rating = ReporterRating.objects.create(tipoff=tipoff, score=int(score), comment=comment)
    except IntegrityError:
        raise FollowupError(_("您已经评价过这条举报了，谢谢！")) from None
    tipoff.rating = rating
    return rating


def withdraw(tipoff):
    """Withdraw ``tipoff`` at the reporter's request: erase their personal data now and mark the case.

    Raises ``tipoffs.privacy.services.CaseOnHold`` (nothing changed) while the case is on hold.
    """
    with transaction.atomic():
        erasure = erase_personal_data(tipoff, reason=WITHDRAW_REASON)
        now = timezone.now()
        TipOff.objects.filter(pk=tipoff.pk, withdrawn_at__isnull=True).update(withdrawn_at=now)
        ReporterRating.objects.filter(tipoff=tipoff).exclude(comment="").update(comment="")
        log(instance=tipoff, action=audit.WITHDRAW, data={"reason": WITHDRAW_REASON})
    tipoff.refresh_from_db()
    return erasure
