"""Which case this browser may follow up, for a short time after a status lookup with the right key.

A successful lookup (reference and status key) opens the follow-up forms (add information, rate, withdraw)
for ``TIPOFF_FOLLOWUP_ACCESS_MINUTES``, so they do not ask for the key again. The session keeps only the
case's id and the moment access ends, never the reference or the key; one case at a time.
"""

import time

from django.conf import settings

from tipoffs.models import TipOff

SESSION_KEY = "tipoff_followup"


def grant(session, tipoff):
    until = int(time.time()) + settings.TIPOFF_FOLLOWUP_ACCESS_MINUTES * 60
    session[SESSION_KEY] = {"id": tipoff.pk, "until": until}


def revoke(session):
    session.pop(SESSION_KEY, None)


def granted_tipoff(session):
    """The case this session may follow up, or None (never granted, expired or gone)."""
    access = session.get(SESSION_KEY)
    if not isinstance(access, dict):
        return None
    if not isinstance(access.get("until"), int) or access["until"] < time.time():
        revoke(session)
        return None
    tipoff = TipOff.objects.select_related("category", "rating").filter(pk=access.get("id")).first()
    if tipoff is None:
        revoke(session)
    return tipoff
