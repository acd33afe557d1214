"""Re-encrypting personal data under the newest data key (``manage.py rotate_data_keys``).

Every ``EncryptedTextField`` of the tip-off models is found by introspection, so a field added later is
rotated too. Values are read as stored (the token, not the clear text) and only tokens the newest key cannot
open are rewritten, ``batch_size`` rows per transaction: a run can be interrupted and repeated, and a second
run rewrites nothing. ``updated_at`` is not touched (the watchlist API must not re-send every contact).
"""

from django.apps import apps
from django.db import transaction
from django.db.models import Q, TextField, Value
from django.db.models.functions import Cast

from tipoffs.privacy import crypto
from tipoffs.privacy.fields import EncryptedTextField

BATCH_SIZE = 500


def encrypted_columns():
    """``(model, [field names])`` for every tip-off model with encrypted fields."""
    columns = []
    for model in apps.get_app_config("tipoffs").get_models():
        names = [f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]
        if names:
            columns.append((model, names))
    return columns


def _stored_batches(model, names, batch_size):
    """Batches of rows with any encrypted value, as ``{"pk": .., name: token, ..}`` (tokens, not text)."""
    queryset = (
        model._base_manager.exclude(**dict.fromkeys(names, ""))
        if len(names) == 1
        else model._base_manager.filter(Q(*[~Q(**{name: ""}) for name in names], _connector=Q.OR))
    )
    queryset = queryset.annotate(**{f"stored_{name}": Cast(name, TextField()) for name in names}).order_by(
        "pk"
    )
    after = None
    while True:
        batch = queryset if after is None else queryset.filter(pk__gt=after)
        rows = list(batch.values("pk", *[f"stored_{name}" for name in names])[:batch_size])
        if not rows:
            return
        yield rows
        after = rows[-1]["pk"]


def rotate_all(batch_size=BATCH_SIZE, check_only=False):
    """Re-encrypt every value not under the newest key; returns ``{model label: values rewritten}`` (with
    ``check_only``, how many would be, changing nothing)."""
    counts = {}
    for model, names in encrypted_columns():
        count = 0
        for rows in _stored_batches(model, names, batch_size):
            with transaction.atomic():
                for row in rows:
                    stale = {
                        name: row[f"stored_{name}"]
                        for name in names
                        if row[f"stored_{name}"] and crypto.needs_rotation(row[f"stored_{name}"])
                    }
                    count += len(stale)
                    if stale and not check_only:
                        # Value(..., TextField()) writes the new token as it is, past the field's encryption.
                        model._base_manager.filter(pk=row["pk"]).update(
                            **{
                                name: Value(crypto.rotate(token), output_field=TextField())
                                for name, token in stale.items()
                            }
                        )
        counts[model._meta.label] = count
    return counts
