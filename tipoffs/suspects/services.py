"""What happens to a suspect contact: linked to the tip-offs naming it, then confirmed or cleared by the team.

The admin, the appeal queue and the demo call these; each change is written to Wagtail's audit log.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from tipoffs.audit import CONTACT_STATUS
from tipoffs.models import ContactStatus, SuspectContact, TipOffContact
from tipoffs.models.contacts import stored_value
from tipoffs.promises import confirmed_review_days
from tipoffs.suspects.official import is_official


def link_contact(tipoff, normalised, now):
    """Attach one normalised contact to ``tipoff``, counting the report exactly once.

    The row is created if needed under the unique constraint on the value's keyed hash; a concurrent
    creator makes us fall back to the existing row. The count is an F() increment in the
    database, so simultaneous reports never lose an update.
    """
    stored = stored_value(normalised.kind, normalised.value)
    try:
        with transaction.atomic():
            contact, _created = SuspectContact.objects.get_or_create(
                value_digest=stored.pop("value_digest"),
                defaults={
                    "kind": normalised.kind,
                    **stored,
                    "platform": normalised.platform,
                    "first_reported_at": now,
                    "last_reported_at": now,
                },
            )
    except IntegrityError:
        contact = SuspectContact.objects.matching(normalised.kind, normalised.value).get()
    TipOffContact.objects.create(tipoff=tipoff, contact=contact, raw_value=normalised.display[:500])
    SuspectContact.objects.filter(pk=contact.pk).update(
        report_count=F("report_count") + 1, last_reported_at=now
    )
    return contact


def change_contact_status(contact, status, user, expected_status=None, official_keys=frozenset()):
    """Set ``status``, recording who and when, and write it to the audit log.

    ``expected_status`` is what the team member saw; if someone changed the status since, nothing is
    written and ``ValidationError`` is raised.
    """
    if status not in ContactStatus.values:
        raise ValidationError(_("未知的核实状态。"))
    if status == ContactStatus.CONFIRMED and is_official(contact, official_keys):
        # The watchlist feeds the interception system: confirming our own number would block it.
        raise ValidationError(
            _("这是我司登记的官方渠道，不能确认为黑灰产。如怀疑被冒用，请在线索备注中记录。")
        )
    with transaction.atomic():
        locked = SuspectContact.objects.select_for_update().get(pk=contact.pk)
        if expected_status is not None and locked.status != expected_status:
            raise ValidationError(_("这个联系人的核实状态刚被其他同事修改过，请确认后再操作。"))
        if locked.status == status:
            raise ValidationError(_("核实状态没有变化。"))
        previous = locked.status
        locked.status = status
        locked.status_changed_by = user
        locked.status_changed_at = timezone.now()
        # A confirmation lapses into 待复核 after a while (numbers get recycled); confirming again renews it.
        confirming = status == ContactStatus.CONFIRMED
        locked.review_due_at = review_due_after(locked.status_changed_at) if confirming else None
        locked.save(
            update_fields=["status", "status_changed_by", "status_changed_at", "review_due_at", "updated_at"]
        )
        log(
            instance=locked,
            action=CONTACT_STATUS,
            user=user,
            data={"from": previous, "to": status, "kind": locked.kind},
        )
    return locked


def review_due_after(confirmed_at):
    """When a confirmation made at ``confirmed_at`` is due for review."""
    return confirmed_at + timedelta(days=confirmed_review_days())


def reviews_due(now):
    """Confirmed contacts whose review date has passed."""
    return SuspectContact.objects.filter(status=ContactStatus.CONFIRMED, review_due_at__lte=now)


def mark_review_due(pks, now):
    """Move the confirmed contacts ``pks`` whose review date passed to 待复核, each audit-logged; returns how
    many moved. They leave the risk check at once, and the watchlist API's incremental sync reports them
    ``listed: false`` (status_changed_at and updated_at are stamped)."""
    moved = list(reviews_due(now).filter(pk__in=pks).select_for_update().only("pk", "kind", "value"))
    SuspectContact.objects.filter(pk__in=[c.pk for c in moved]).update(
        status=ContactStatus.REVIEW_DUE,
        status_changed_at=now,
        status_changed_by=None,
        updated_at=now,
    )
    for contact in moved:
        log(
            instance=contact,
            action=CONTACT_STATUS,
            data={
                "from": ContactStatus.CONFIRMED,
                "to": ContactStatus.REVIEW_DUE,
                "kind": contact.kind,
                "review_date": True,
            },
        )
    return len(moved)
