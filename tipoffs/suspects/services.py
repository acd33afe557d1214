"""What happens to a suspect contact: linked to the tip-offs naming it, then confirmed or cleared by the team.

The admin, the appeal queue and the demo call these; each change is written to Wagtail's audit log.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from tipoffs.audit import CONTACT_STATUS
from tipoffs.models import ContactStatus, SuspectContact, TipOffContact
from tipoffs.suspects.official import is_official


def link_contact(tipoff, normalised, now):
    """Attach one normalised contact to ``tipoff``, counting the report exactly once.

    The row is created if needed under the (kind, value) unique constraint; a concurrent
    creator makes us fall back to the existing row. The count is an F() increment in the
    database, so simultaneous reports never lose an update.
    """
    try:
        with transaction.atomic():
            contact, _created = SuspectContact.objects.get_or_create(
                kind=normalised.kind,
                value=normalised.value,
                defaults={"platform": normalised.platform, "first_reported_at": now, "last_reported_at": now},
            )
    except IntegrityError:
        contact = SuspectContact.objects.get(kind=normalised.kind, value=normalised.value)
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
        locked.save(update_fields=["status", "status_changed_by", "status_changed_at", "updated_at"])
        log(
            instance=locked,
            action=CONTACT_STATUS,
            user=user,
            data={"from": previous, "to": status, "kind": locked.kind},
        )
    return locked
