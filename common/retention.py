"""Retention rules for the daily purge (``manage.py purge_expired``), and how other apps add theirs.

A rule finds the rows due at a moment and erases a batch of them. The purge lives with the tip-offs; an
app whose own personal data expires (event sign-ups, unconfirmed subscriptions) returns its rules from a
``register_retention_rules`` Wagtail hook, so the purge runs them without the app importing ``tipoffs``.
"""

from dataclasses import dataclass

HOOK = "register_retention_rules"


@dataclass(frozen=True)
class Rule:
    name: str
    label: str  # what expires, and when (for people)
    unit: str
    due: object  # now -> queryset of the rows due
    erase: object  # (queryset of due rows, now) -> how many were erased


def registered_rules():
    """The rules other apps registered through the hook, in hook order."""
    from wagtail import hooks

    return tuple(rule for hook in hooks.get_hooks(HOOK) for rule in hook())
