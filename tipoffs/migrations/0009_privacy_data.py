# Existing rows under the rules of 0005: reporter and appellant details encrypted, bank cards encrypted and
# masked, every contact and risk-check count given its keyed hash, confirmed contacts a review date, and
# cases referred to the police put on hold. Needs TIPOFF_DATA_KEYS and TIPOFF_LOOKUP_KEY (see README).

import datetime

from django.conf import settings
from django.db import migrations
from django.db.models import TextField, Value
from django.db.models.functions import Cast
from django.utils import timezone

from tipoffs.privacy.crypto import lookup_digest
from tipoffs.suspects.masking import mask_bank_card

ENCRYPTED = {"tipoff": ("reporter_name", "reporter_contact"), "contactappeal": ("appellant_name", "appellant_contact")}
CARD = "bank_card"


def _stored(queryset, field):
    """(pk, text as stored) pairs, bypassing the field's decryption."""
    return queryset.exclude(**{field: ""}).annotate(stored=Cast(field, TextField())).values_list("pk", "stored")


def forwards(apps, schema_editor):
    for model_name, fields in ENCRYPTED.items():
        model = apps.get_model("tipoffs", model_name)
        for field in fields:
            for pk, text in _stored(model.objects.all(), field):
                model.objects.filter(pk=pk).update(**{field: text})  # the field encrypts it

    SuspectContact = apps.get_model("tipoffs", "SuspectContact")
    TipOffContact = apps.get_model("tipoffs", "TipOffContact")
    for contact in SuspectContact.objects.only("pk", "kind", "value").iterator():
        changes = {"value_digest": lookup_digest(contact.kind, contact.value)}
        if contact.kind == CARD:
            changes.update(value=mask_bank_card(contact.value), value_encrypted=contact.value)
        SuspectContact.objects.filter(pk=contact.pk).update(**changes)
    for link in TipOffContact.objects.filter(contact__kind=CARD).only("pk", "raw_value").iterator():
        TipOffContact.objects.filter(pk=link.pk).update(
            raw_value=mask_bank_card(link.raw_value), raw_value_encrypted=link.raw_value
        )

    RiskCheckCount = apps.get_model("tipoffs", "RiskCheckCount")
    for row in RiskCheckCount.objects.only("pk", "kind", "value").iterator():
        changes = {"value_digest": lookup_digest(row.kind, row.value)}
        if row.kind == CARD:
            changes["value"] = mask_bank_card(row.value)
        RiskCheckCount.objects.filter(pk=row.pk).update(**changes)

    now = timezone.now()
    review_after = datetime.timedelta(days=settings.TIPOFF_CONFIRMED_REVIEW_DAYS)
    for contact in SuspectContact.objects.filter(status="confirmed").only("pk", "status_changed_at"):
        contact.review_due_at = (contact.status_changed_at or now) + review_after
        contact.save(update_fields=["review_due_at"])

    TipOff = apps.get_model("tipoffs", "TipOff")
    for tipoff in TipOff.objects.filter(outcome="referred").only("pk", "closed_at"):
        tipoff.legal_hold_since = tipoff.closed_at or now
        tipoff.legal_hold_reason = "已移交公安"
        tipoff.save(update_fields=["legal_hold_since", "legal_hold_reason"])


def backwards(apps, schema_editor):
    for model_name, fields in ENCRYPTED.items():
        model = apps.get_model("tipoffs", model_name)
        for field in fields:
            for pk, text in model.objects.exclude(**{field: ""}).values_list("pk", field):
                model.objects.filter(pk=pk).update(**{field: Value(text, output_field=TextField())})
    SuspectContact = apps.get_model("tipoffs", "SuspectContact")
    for contact in SuspectContact.objects.filter(kind=CARD):
        SuspectContact.objects.filter(pk=contact.pk).update(value=contact.value_encrypted)
    TipOffContact = apps.get_model("tipoffs", "TipOffContact")
    for link in TipOffContact.objects.exclude(raw_value_encrypted=""):
        TipOffContact.objects.filter(pk=link.pk).update(raw_value=link.raw_value_encrypted)
    # Masked risk-check values cannot be restored; their digests and the daily totals are dropped by 0005.


class Migration(migrations.Migration):
    dependencies = [
        ("tipoffs", "0008_privacy_schema"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
