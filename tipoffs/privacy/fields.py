"""A model field whose text is stored encrypted (``tipoffs.privacy.crypto``) and read back in the clear.

An empty value is stored as ``""``, not encrypted, so "was anything given?" stays a plain query
(``reporter_contact=""`` is how the SLA rules tell anonymous reports apart). Any other comparison is
refused: a Fernet token is random, so ``filter(field="x")`` would silently match nothing. Search and
uniqueness use a keyed-hash column beside the encrypted one instead.
"""

from django.db import models
from django.db.models.lookups import Exact, IsNull

from tipoffs.privacy import crypto


class EncryptedTextField(models.TextField):
    """Text encrypted at rest. ``max_length`` limits the clear text (forms); the column holds the token."""

    def from_db_value(self, value, expression, connection):
        if not value:
            return value
        return crypto.decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return crypto.encrypt(value)

    def get_lookup(self, lookup_name):
        return {"exact": EmptyOnlyExact, "isnull": IsNull}.get(lookup_name)

    def get_transform(self, lookup_name):
        return None


class EmptyOnlyExact(Exact):
    """``field=""`` only: whether a value was given, never what it is."""

    def get_prep_lookup(self):
        if self.rhs != "":
            raise ValueError(
                f"{self.lhs.target.name} is encrypted: it can only be compared with '' (search its digest)."
            )
        return super().get_prep_lookup()
