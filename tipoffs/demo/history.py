"""A year of invented, already-closed tip-offs, so the public statistics and the handling record show
realistic charts after `make run` (development only, like the demo tip-offs).

Deterministic (a seeded random generator) and idempotent (each tip-off has a form token derived from its
position). Volumes grow over the year with a dip at the Spring Festival; most promises are kept, a few are
not; some cases are closed as duplicates. Contacts come from a pool of invented numbers (the 170 0001
range, not used by the live demo tip-offs) through the real normalisation; those named in a tip-off closed
as confirmed are confirmed when it was closed, and a few confirmations are later overturned by an upheld
appeal. Written with bulk inserts: a thousand tip-offs take a few dozen queries.
"""

import datetime
import random
import uuid
from collections import defaultdict

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from education.models import ScamCategory
from tipoffs.models import (
    AppealStatus,
    ContactAppeal,
    ContactKind,
    ContactStatus,
    SuspectContact,
    TipOff,
    TipOffContact,
    TipOffOutcome,
    TipOffStatus,
    new_reference,
)
from tipoffs.models.contacts import stored_value
from tipoffs.suspects.normalise import normalise_contact
from tipoffs.triage.sla import refresh_sla

from .tipoffs import TIPS

NAMESPACE = uuid.UUID("0d7f2a64-5c1e-4b8a-9f3d-2e6b1c4a8d90")
SEED = 20261124
DAYS = 365
RECENT_DAYS = 11  # the live demo tip-offs cover the last ten days
MONTHLY_VOLUME = (70, 120)  # a year ago, and now
# (category slug or None, weight, channels by weight, typical loss in yuan or None)
CATEGORY_MIX = [
    ("daili-weiquan", 26, {"phone_call": 4, "wechat": 4, "live_stream": 2, "sms": 1}, 2500),
    ("fan-cuishou", 12, {"wechat": 5, "qq": 3, "website": 1, "other": 1}, 300),
    ("zhengxin-xiufu", 15, {"wechat": 4, "website": 3, "phone_call": 2}, 1500),
    ("zhaiwu-youhua", 16, {"phone_call": 5, "wechat": 2, "live_stream": 2, "sms": 1}, 3500),
    ("maochong-kefu", 18, {"phone_call": 7, "sms": 2, "wechat": 1}, 15000),
    ("daikuan-zhapian", 9, {"website": 4, "phone_call": 2, "qq": 1, "sms": 1}, 3000),
    ("qita", 3, {"wechat": 2, "other": 1, "website": 1}, 8000),
    (None, 1, {"phone_call": 1, "other": 1}, None),
]
POOL_SIZE = 500
OUTCOMES = (
    [TipOffOutcome.CONFIRMED] * 5
    + [TipOffOutcome.UNFOUNDED] * 2
    + [TipOffOutcome.DUPLICATE] * 2
    + [TipOffOutcome.REFERRED]
)


def form_token(index):
    return uuid.uuid5(NAMESPACE, f"demo-history-{index}")


def _weighted(rng, weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[key] for key in keys])[0]


def _received_times(rng, now):
    """Receipt times over the year before the live demo, growing in volume, fewer at the Spring Festival."""
    times = []
    for day in range(RECENT_DAYS, DAYS):
        moment = now - datetime.timedelta(days=day)
        growth = MONTHLY_VOLUME[1] - (MONTHLY_VOLUME[1] - MONTHLY_VOLUME[0]) * day / DAYS
        festival = 0.5 if timezone.localtime(moment).month == 2 else 1
        for _ in range(_poisson(rng, growth * festival / 30)):
            times.append(moment.replace(hour=rng.randint(8, 22), minute=rng.randint(0, 59)))
    return times


def _poisson(rng, mean):
    """Knuth's method; the means here are small."""
    limit, count, product = pow(2.718281828459045, -mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _took(rng, limit_minutes, late_share, typical_share):
    """Minutes a stage took: usually well within its limit, sometimes over it."""
    if rng.random() < late_share:
        return int(limit_minutes * rng.uniform(1.05, 2.5))
    return max(3, int(limit_minutes * typical_share * rng.uniform(0.3, 1.2)))


def _timeline(rng, received, month_quality):
    """Every stage done; a worse month (``month_quality`` < 1) has more breaches."""
    late = 0.04 / month_quality
    acknowledged = received + datetime.timedelta(minutes=_took(rng, 60, late, 0.5))
    closed = max(acknowledged, received + datetime.timedelta(minutes=_took(rng, 24 * 60, late * 1.8, 0.55)))
    return acknowledged, acknowledged + datetime.timedelta(minutes=10), closed


def _pool():
    numbers = [f"170 0001 {n:04d}" for n in range(POOL_SIZE)]
    return [normalise_contact("phone", raw) for raw in numbers]


def _build(rng, now, categories, start_index):
    texts = defaultdict(list)
    for slug, _channel, description, *_rest in TIPS:
        texts[slug].append(description)
    pool = _pool()
    tipoffs, contact_picks, references = [], [], set()
    quality = {month: rng.uniform(0.6, 1.4) for month in range(1, 13)}
    for offset, received in enumerate(sorted(_received_times(rng, now))):
        slug, _weight, channels, typical_loss = rng.choices(
            CATEGORY_MIX, weights=[c[1] for c in CATEGORY_MIX]
        )[0]
        acknowledged, investigated, closed = _timeline(
            rng, received, quality[timezone.localtime(received).month]
        )
        has_contact = rng.random() < 0.6
        fed_back = None
        if has_contact:
            fed_back = max(closed, received + datetime.timedelta(minutes=_took(rng, 48 * 60, 0.05, 0.6)))
        loss = None
        if typical_loss and rng.random() < 0.55:
            loss = round(typical_loss * rng.lognormvariate(0, 1.0), 2)
        reference = new_reference(timezone.localdate(received))
        while reference in references:
            reference = new_reference(timezone.localdate(received))
        references.add(reference)
        tipoffs.append(
            TipOff(
                reference=reference,
                form_token=form_token(start_index + offset),
                status_key_hash=make_password(None),
                category=categories.get(slug),
                description=rng.choice(texts[slug]),
                contact_channel=_weighted(rng, channels),
                amount_lost=loss,
                transferred_money=bool(loss),
                reporter_contact=f"+86171000{rng.randint(10000, 99999)}" if has_contact else "",
                consent_given_at=received,
                received_at=received,
                acknowledged_at=acknowledged,
                investigated_at=investigated,
                closed_at=closed,
                fed_back_at=fed_back,
                status=TipOffStatus.CLOSED,
                outcome=rng.choice(OUTCOMES),
            )
        )
        # Popular numbers get reported again and again, as real ones do.
        popular = min(int(rng.paretovariate(1.2)) - 1, POOL_SIZE - 1)
        contact_picks.append(pool[popular if rng.random() < 0.5 else rng.randrange(POOL_SIZE)])
    return tipoffs, contact_picks


@transaction.atomic
def ensure_demo_history(now=None):
    """Create the year of history unless it exists; returns ``{label: count}`` of what was created."""
    now = now or timezone.now()
    if TipOff.objects.filter(form_token=form_token(0)).exists():
        return {}
    rng = random.Random(SEED)
    categories = ScamCategory.objects.in_bulk(field_name="slug")
    tipoffs, picks = _build(rng, now, categories, 0)
    TipOff.objects.bulk_create(tipoffs, batch_size=500)
    refresh_sla(TipOff.objects.filter(pk__in=[tipoff.pk for tipoff in tipoffs]))  # bulk_create skips save()
    contacts = _ensure_pool_contacts(tipoffs, picks)
    TipOffContact.objects.bulk_create(
        [
            TipOffContact(tipoff=tipoff, contact=contacts[pick.value], raw_value=pick.display)
            for tipoff, pick in zip(tipoffs, picks, strict=True)
        ],
        batch_size=500,
    )
    appeals = _confirm_and_appeal(rng, tipoffs, picks, contacts, now)
    return {"历史举报线索（统计用）": len(tipoffs), "误判申诉": appeals}


def _ensure_pool_contacts(tipoffs, picks):
    """One SuspectContact per picked number (the pool is the history's own), with its report count and
    first and last report right."""
    reported = defaultdict(list)
    for tipoff, pick in zip(tipoffs, picks, strict=True):
        reported[pick.value].append((tipoff.received_at, pick))
    SuspectContact.objects.bulk_create(
        [
            SuspectContact(
                kind=ContactKind.PHONE,
                **stored_value(ContactKind.PHONE, value),  # bulk_create skips save(), which sets the digest
                report_count=len(times),
                first_reported_at=min(moment for moment, _pick in times),
                last_reported_at=max(moment for moment, _pick in times),
            )
            for value, times in reported.items()
        ]
    )
    return {
        contact.value: contact
        for contact in SuspectContact.objects.filter(kind=ContactKind.PHONE, value__in=list(reported))
    }


def _confirm_and_appeal(rng, tipoffs, picks, contacts, now):
    """Confirm the numbers named in tip-offs closed as confirmed; overturn a few on appeal."""
    confirmed_at = {}
    for tipoff, pick in zip(tipoffs, picks, strict=True):
        if tipoff.outcome == TipOffOutcome.CONFIRMED:
            confirmed_at[pick.value] = min(confirmed_at.get(pick.value, tipoff.closed_at), tipoff.closed_at)
    appeals = []
    for value, moment in confirmed_at.items():
        contact = contacts[value]
        contact.status, contact.status_changed_at = ContactStatus.CONFIRMED, moment
        if rng.random() < 0.2 and now - moment > datetime.timedelta(days=3):
            handled = moment + datetime.timedelta(days=rng.uniform(1, min(40, (now - moment).days - 1)))
            contact.status, contact.status_changed_at = ContactStatus.CLEARED, handled
            appeals.append(
                ContactAppeal(
                    contact=contact,
                    reason="这是我本人的号码，之前借给朋友用过，我没有做过这些事。",
                    appellant_contact="+8617100099999",
                    status=AppealStatus.UPHELD,
                    received_at=handled - datetime.timedelta(hours=30),
                    handled_at=handled,
                )
            )
    SuspectContact.objects.bulk_update(list(contacts.values()), ["status", "status_changed_at"])
    ContactAppeal.objects.bulk_create(appeals)
    return len(appeals)
