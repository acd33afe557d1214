"""Users in each role, tip-offs and suspect contacts for the contact admin and API tests."""

import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from tipoffs.models import SuspectContact, TipOff, TipOffContact, new_reference
from tipoffs.suspects.normalise import normalise_contact

TEAM_GROUP = "消保团队"
_counter = itertools.count(1)


def make_user(role):
    """``role``: editor, moderator, team, superuser or plain (admin access only, no groups)."""
    User = get_user_model()
    username = f"{role}{next(_counter)}"
    if role == "superuser":
        return User.objects.create_superuser(username, f"{username}@example.com", "pw")
    user = User.objects.create_user(username, f"{username}@example.com", "pw")
    group_name = {"editor": "Editors", "moderator": "Moderators", "team": TEAM_GROUP}.get(role)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def make_tipoff(category=None, **fields):
    fields.setdefault("description", "对方自称客服，让我注销校园贷。")
    fields.setdefault("consent_given_at", timezone.now())
    fields.setdefault("status_key_hash", "x")
    return TipOff.objects.create(reference=f"{new_reference()}{next(_counter)}", category=category, **fields)


def make_contact(kind="phone", raw="13800138000", platform="", tipoffs=(), **fields):
    normalised = normalise_contact(kind, raw, platform=platform)
    contact = SuspectContact.objects.create(
        kind=normalised.kind,
        value=normalised.value,
        platform=normalised.platform,
        report_count=fields.pop("report_count", len(tipoffs) or 1),
        **fields,
    )
    for tipoff in tipoffs:
        TipOffContact.objects.create(tipoff=tipoff, contact=contact, raw_value=raw)
    return contact
