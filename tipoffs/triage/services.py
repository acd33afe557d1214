"""What the team does to a tip-off: assign it, move it through its stages, note, and record feedback.

Every change is guarded by the tip-off's ``version``: it is applied only if nobody changed the tip-off since
the team member loaded it, so two people working on one case never silently overwrite each other. Every
change is written to Wagtail's audit log.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from tipoffs import audit
from tipoffs.models import TipOff, TipOffNote, TipOffOutcome, TipOffStatus
from tipoffs.triage.sla import refresh_sla

# Status -> (next status, the timestamp it stamps).
TRANSITIONS = {
    TipOffStatus.NEW: (TipOffStatus.ACKNOWLEDGED, "acknowledged_at"),
    TipOffStatus.ACKNOWLEDGED: (TipOffStatus.INVESTIGATING, "investigated_at"),
    TipOffStatus.INVESTIGATING: (TipOffStatus.CLOSED, "closed_at"),
}


class TriageError(Exception):
    """A change that was refused; the message is for the team member."""


class StaleEdit(TriageError):
    pass


def next_status(tipoff):
    step = TRANSITIONS.get(tipoff.status)
    return step[0] if step else None


def _apply(tipoff, expected_version, user, action, data, **changes):
    """Write ``changes`` only if the tip-off is still at ``expected_version``; log the change."""
    with transaction.atomic():
        updated = TipOff.objects.filter(pk=tipoff.pk, version=expected_version).update(
            version=F("version") + 1, **changes
        )
        if not updated:
            raise StaleEdit(_("这条线索刚被其他同事修改过。页面已刷新为最新内容，请确认后再操作。"))
        refresh_sla(TipOff.objects.filter(pk=tipoff.pk))
        tipoff.refresh_from_db()
        log(instance=tipoff, action=action, user=user, data=data)
    return tipoff


CLOSING_MESSAGE_MAX = 1000


def _closing_message(text):
    text = (text or "").strip()
    if len(text) > CLOSING_MESSAGE_MAX:
        raise TriageError(
            _("给举报人的说明最多 %(max)d 字，现在是 %(n)d 字。")
            % {"max": CLOSING_MESSAGE_MAX, "n": len(text)}
        )
    return text


def transition(tipoff, to_status, user, expected_version, outcome="", closing_message=""):
    step = TRANSITIONS.get(tipoff.status)
    if step is None or step[0] != to_status:
        raise TriageError(
            _("不能从“%(current)s”直接变为“%(target)s”。")
            % {"current": tipoff.get_status_display(), "target": TipOffStatus(to_status).label}
            if to_status in TipOffStatus.values
            else _("未知的状态。")
        )
    changes = {"status": to_status, step[1]: timezone.now()}
    if to_status == TipOffStatus.CLOSED:
        if outcome not in TipOffOutcome.values:
            raise TriageError(_("办结前请选择办结结论。"))
        changes["outcome"] = outcome
        # What the reporter reads on the status page beside the stage.
        changes["closing_message"] = _closing_message(closing_message)
        if outcome == TipOffOutcome.REFERRED:
            # The police may need the case: nothing of it expires until the team releases the hold.
            changes.update(legal_hold_since=changes["closed_at"], legal_hold_reason=_("已移交公安"))
    data = {"from": tipoff.status, "to": to_status, "outcome": outcome}
    return _apply(tipoff, expected_version, user, audit.TRANSITION, data, **changes)


def set_closing_message(tipoff, text, user, expected_version):
    """Change what the reporter reads on the status page about the closed case."""
    if tipoff.status != TipOffStatus.CLOSED:
        raise TriageError(_("线索办结时才填写给举报人的说明。"))
    text = _closing_message(text)
    return _apply(tipoff, expected_version, user, audit.CLOSING_MESSAGE, {}, closing_message=text)


def assign(tipoff, assignee, user, expected_version):
    data = {"assignee": assignee.get_username() if assignee else None}
    return _apply(tipoff, expected_version, user, audit.ASSIGN, data, assignee=assignee)


def record_feedback(tipoff, user, expected_version):
    if not tipoff.reporter_contact:
        raise TriageError(_("举报人没有留下联系方式，无法反馈。"))
    if tipoff.fed_back_at:
        raise TriageError(_("已经记录过反馈。"))
    return _apply(tipoff, expected_version, user, audit.FEEDBACK, {}, fed_back_at=timezone.now())


def add_note(tipoff, user, body):
    body = (body or "").strip()
    if not body:
        raise TriageError(_("备注不能为空。"))
    with transaction.atomic():
        note = TipOffNote.objects.create(tipoff=tipoff, author=user, body=body)
        log(instance=tipoff, action=audit.NOTE, user=user, data={"note": note.pk})
    return note
