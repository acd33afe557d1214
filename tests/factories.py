"""Users, tip-offs, suspect contacts, evidence and official channels for the tests: one factory each."""

import io
import itertools
import uuid
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from education.models import ScamCategory
from education.models.site_settings import SiteSettings
from tipoffs.models import ContactAppeal, Evidence, SuspectContact, TipOff, TipOffContact
from tipoffs.promises import team_group
from tipoffs.suspects.normalise import normalise_contact
from tipoffs.suspects.services import link_contact

TEAM_GROUP = team_group()
_numbers = itertools.count(1)


def make_user(role="plain", username=None):
    """``role``: editor, moderator, team, superuser, or plain (a user in no group)."""
    User = get_user_model()
    username = username or f"{role}{next(_numbers)}"
    if role == "superuser":
        return User.objects.create_superuser(username, f"{username}@example.com", "pw")
    user = User.objects.create_user(username, f"{username}@example.com", "pw")
    group_name = {"editor": "Editors", "moderator": "Moderators", "team": TEAM_GROUP}.get(role)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def make_tipoff(contacts=(("phone", "13800138000"),), received_at=None, reference=None, **fields):
    """A tip-off as the form saves it, naming ``contacts`` ((kind, raw value), ...), each counted once."""
    n = next(_numbers)
    now = received_at or timezone.now()
    fields.setdefault("description", "有人冒充平台客服，说可以帮我把贷款利息降下来，让我交服务费。")
    fields.setdefault("status_key_hash", "x")
    tipoff = TipOff.objects.create(
        reference=reference or f"JB-{now:%Y%m%d}-T{n:03d}",
        consent_given_at=now,
        received_at=now,
        **fields,
    )
    for kind, raw in contacts:
        link_contact(tipoff, normalise_contact(kind, raw), now)
    return tipoff


def make_contact(kind="phone", raw="13800138000", platform="", tipoffs=(), **fields):
    """A suspect contact linked to ``tipoffs``; ``report_count`` is set (default: one per tip-off)."""
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


def make_appeal(contact, **fields):
    """An appeal against ``contact``, as the public form saves it."""
    fields.setdefault("reason", "这是我本人使用多年的号码。")
    fields.setdefault("appellant_name", "张先生")
    fields.setdefault("appellant_contact", "a@example.com")
    return ContactAppeal.objects.create(contact=contact, **fields)


def png_bytes(size=(600, 400), colour="red"):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def add_image_evidence(tipoff, name="截图.png"):
    data = png_bytes()
    evidence = Evidence(
        tipoff=tipoff,
        original_name=name,
        content_type="image/png",
        size=len(data),
        sha256="0" * 64,
    )
    evidence.file.save("upload.png", ContentFile(data), save=True)
    return evidence


def hours_ago(hours):
    return timezone.now() - timedelta(hours=hours)


def set_official_channels(hotline="", channels=()):
    """Site settings with this hotline and ``channels`` ((kind, value), ...) as the official channels."""
    site_settings = SiteSettings.load()
    site_settings.hotline = hotline
    site_settings.official_channels = [
        ("channel", {"kind": kind, "name": "官方", "value": value, "description": ""})
        for kind, value in channels
    ]
    site_settings.save()
    return site_settings


# The public report form ---------------------------------------------------------------------------

DESCRIPTION = (
    "11 月 20 日有人打电话自称某某金融客服，说我的校园贷账户要注销，否则影响征信，让我下载会议软件。"
)


def png_upload(name="chat.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def report_data(**overrides):
    category = ScamCategory.objects.get(slug="maochong-kefu")
    data = {
        "form_token": str(uuid.uuid4()),
        "category": str(category.pk),
        "description": DESCRIPTION,
        "first_contacted_on": "2026-11-20",
        "contact_channel": "phone_call",
        "amount_lost": "",
        "reporter_name": "",
        "reporter_contact": "",
        "consent": "on",
        "website": "",
        "contacts-TOTAL_FORMS": "3",
        "contacts-INITIAL_FORMS": "0",
        "contacts-MIN_NUM_FORMS": "3",
        "contacts-MAX_NUM_FORMS": "10",
        "contacts-0-kind": "phone",
        "contacts-0-value": "+86 138-0013-8000",
        "contacts-0-platform": "",
        "contacts-1-kind": "wechat",
        "contacts-1-value": "FakeKefu_001",
        "contacts-1-platform": "",
        "contacts-2-kind": "",
        "contacts-2-value": "",
        "contacts-2-platform": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def make_subscription(email=None, categories=(), confirmed=True, **fields):
    """An alert subscription (education.subscriptions), confirmed unless told otherwise."""
    from education.subscriptions.models import Subscription

    fields.setdefault("confirmed_at", timezone.now() - timedelta(days=1) if confirmed else None)
    subscription = Subscription.objects.create(email=email or f"reader{next(_numbers)}@example.com", **fields)
    subscription.categories.set(categories)
    return subscription


def make_signup(event, status="confirmed", **fields):
    """A sign-up for ``event`` (education.signups), as the form saves it."""
    from education.signups.models import EventSignup

    n = next(_numbers)
    fields.setdefault("name", f"王女士{n}")
    fields.setdefault("email", f"guest{n}@example.com")
    return EventSignup.objects.create(event=event, status=status, **fields)
