"""Tip-offs, team members and outsiders for the triage tests."""

import io
import itertools
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image

from tipoffs.models import Evidence, TipOff
from tipoffs.suspects.normalise import normalise_contact
from tipoffs.suspects.services import link_contact

TEAM_GROUP = "消保团队"
_numbers = itertools.count(1)


def make_user(username, *groups, superuser=False):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw")
    if superuser:
        user.is_superuser = user.is_staff = True
        user.save()
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def make_tipoff(contacts=(("phone", "13800138000"),), received_at=None, **fields):
    n = next(_numbers)
    now = received_at or timezone.now()
    fields.setdefault("description", "有人冒充平台客服，说可以帮我把贷款利息降下来，让我交服务费。")
    tipoff = TipOff.objects.create(
        reference=f"JB-20261124-T{n:03d}",
        status_key_hash="x",
        consent_given_at=now,
        received_at=now,
        **fields,
    )
    for kind, raw in contacts:
        link_contact(tipoff, normalise_contact(kind, raw), now)
    return tipoff


def add_image_evidence(tipoff, name="截图.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), "red").save(buffer, "PNG")
    evidence = Evidence(
        tipoff=tipoff,
        original_name=name,
        content_type="image/png",
        size=len(buffer.getvalue()),
        sha256="0" * 64,
    )
    evidence.file.save("upload.png", ContentFile(buffer.getvalue()), save=True)
    return evidence


def hours_ago(hours):
    return timezone.now() - timedelta(hours=hours)
