"""The public risk check (风险查询): is this number, WeChat ID or website real?

Three answers only: one of our official channels; confirmed by the team as black/grey industry; or no
record. Pending and cleared contacts, tip-off contents and reporters are never revealed: a contact counts
as confirmed only once the team has confirmed it, however many reports name it.

Every check is counted per normalised value and hour, with nothing about who asked, so the team can see
values many people are checking that nobody has reported yet (事中预警).
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef, Sum
from django.utils import timezone
from django.utils.translation import get_language

from education.models import GuidePage, ScamCategory
from tipoffs.models import ContactStatus, RiskCheckCount, SuspectContact
from tipoffs.models.contacts import stored_value
from tipoffs.suspects.display import display_value
from tipoffs.suspects.normalise import NormalisedContact


class Verdict:
    OFFICIAL = "official"
    CONFIRMED = "confirmed"
    UNKNOWN = "unknown"


@dataclass
class RiskAnswer:
    verdict: str
    normalised: NormalisedContact
    contact: SuspectContact | None = None  # only for a confirmed contact
    categories: list = field(default_factory=list)
    guide: GuidePage | None = None

    @property
    def shown_value(self):
        """The value as people write it (``170 2024 8888``); bank cards masked."""
        return display_value(self.normalised.kind, self.normalised.value)


def answer_for(normalised, official_keys):
    """The answer for one normalised contact; ``official_keys`` from ``tipoffs.suspects.official``."""
    if (normalised.kind, normalised.value) in official_keys:
        return RiskAnswer(Verdict.OFFICIAL, normalised)
    contact = (
        SuspectContact.objects.matching(normalised.kind, normalised.value)
        .filter(status=ContactStatus.CONFIRMED)
        .first()
    )
    if contact is None:
        return RiskAnswer(Verdict.UNKNOWN, normalised)
    categories = list(ScamCategory.objects.filter(tipoffs__contact_links__contact=contact).distinct())
    guide = (
        GuidePage.objects.live()
        .public()
        .filter(category__in=categories, locale__language_code=get_language())  # the reader's language
        .order_by("-first_published_at")
        .first()
        if categories
        else None
    )
    return RiskAnswer(Verdict.CONFIRMED, normalised, contact=contact, categories=categories, guide=guide)


def resolve(answers):
    """The one answer to show for the candidate readings of a value, or None when they disagree.

    A value that is "no record" in every reading gets that answer for its likeliest reading; one that has a
    record in only one reading (or the same verdict in several) gets that; one that is our official phone
    number but a confirmed scammer's QQ number must be asked about.
    """
    known = [answer for answer in answers if answer.verdict != Verdict.UNKNOWN]
    if not known:
        return answers[0] if answers else None
    if len({answer.verdict for answer in known}) == 1:
        return known[0]
    return None


def record_check(normalised, now=None):
    """Count one check of ``normalised`` in the current hour; safe under concurrent checks."""
    hour = (now or timezone.now()).replace(minute=0, second=0, microsecond=0)
    stored = stored_value(normalised.kind, normalised.value)  # a bank card is kept masked
    lookup = {"value_digest": stored["value_digest"], "hour": hour}
    try:
        with transaction.atomic():
            RiskCheckCount.objects.get_or_create(
                **lookup, defaults={"kind": normalised.kind, "value": stored["value"]}
            )
    except IntegrityError:
        pass  # created by a concurrent check
    RiskCheckCount.objects.filter(**lookup).update(count=F("count") + 1)


def unreported_hot_values(official_keys=frozenset(), hours=24, limit=20, now=None):
    """The values checked most often in the last ``hours`` that no tip-off has named yet."""
    since = (now or timezone.now()) - timedelta(hours=hours)
    reported = SuspectContact.objects.filter(value_digest=OuterRef("value_digest"))
    rows = (
        RiskCheckCount.objects.filter(hour__gte=since.replace(minute=0, second=0, microsecond=0))
        .values("kind", "value", "value_digest")
        .annotate(total=Sum("count"), reported=Exists(reported))
        .filter(reported=False)
        .order_by("-total", "kind", "value")
    )
    return [
        row for row in rows[: limit + len(official_keys)] if (row["kind"], row["value"]) not in official_keys
    ][:limit]
