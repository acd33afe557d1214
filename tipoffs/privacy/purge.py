"""The daily retention purge (``manage.py purge_expired``): erase what ``TIPOFF_RETENTION_DAYS`` says has
expired, and lapse confirmations whose review date passed.

Each rule is a query for the rows due at a moment and a bulk erasure of some of them. A run takes each
rule's due rows in primary-key order, ``batch_size`` at a time, one transaction per batch, re-checking the
rule inside the transaction (so a hold placed meanwhile is respected), so a large backlog never holds a
long lock. A run is idempotent: an erased row no longer matches its rule. Cases on hold match no rule.
A run writes one audit-log entry with its counts; a dry run counts what is due and changes nothing.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField, F, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from common.retention import Rule, registered_rules
from tipoffs import audit
from tipoffs.models import (
    AppealStatus,
    ContactAppeal,
    Evidence,
    RiskCheckCount,
    RiskCheckDailyCount,
    TipOff,
    TipOffStatus,
)
from tipoffs.privacy.erasure import (
    clear_ip_hashes,
    erase_appellant_details,
    erase_evidence,
    erase_report_text,
    erase_reporter_details,
)
from tipoffs.promises import retention_days
from tipoffs.suspects.services import mark_review_due, reviews_due

BATCH_SIZE = 500


class PurgeConflict(Exception):
    """Rows changed under a batch (another purge running at once); the batch was rolled back."""


def _cutoff(now, name):
    return now - datetime.timedelta(days=retention_days()[name])


def _not_held(queryset, prefix=""):
    return queryset.filter(**{f"{prefix}legal_hold_since__isnull": True})


# What is due at ``now`` -------------------------------------------------------------------------------


def due_reporter_details(now):
    """Closed, and fed back (if it was) at least N days ago; or received before the text expires."""
    cutoff = _cutoff(now, "reporter_details")
    after_case = Q(status=TipOffStatus.CLOSED, closed_at__lte=cutoff) & (
        Q(fed_back_at__isnull=True) | Q(fed_back_at__lte=cutoff)
    )
    expired = Q(received_at__lte=_cutoff(now, "report_text"))
    return _not_held(TipOff.objects.filter(after_case | expired)).exclude(
        reporter_name="", reporter_contact=""
    )


def due_evidence(now):
    after_case = Q(tipoff__status=TipOffStatus.CLOSED, tipoff__closed_at__lte=_cutoff(now, "evidence"))
    expired = Q(tipoff__received_at__lte=_cutoff(now, "report_text"))
    return _not_held(Evidence.objects.filter(after_case | expired, erased_at__isnull=True), "tipoff__")


def due_report_text(now):
    return _not_held(
        TipOff.objects.filter(
            received_at__lte=_cutoff(now, "report_text"), description_erased_at__isnull=True
        )
    )


def due_tipoff_ip_hashes(now):
    return _not_held(TipOff.objects.filter(received_at__lte=_cutoff(now, "client_ip_hash"))).exclude(
        client_ip_hash=""
    )


def due_appeal_ip_hashes(now):
    return ContactAppeal.objects.filter(received_at__lte=_cutoff(now, "client_ip_hash")).exclude(
        client_ip_hash=""
    )


def due_appellant_details(now):
    decided = Q(
        status__in=[AppealStatus.UPHELD, AppealStatus.REJECTED],
        handled_at__lte=_cutoff(now, "appellant_details"),
    )
    expired = Q(received_at__lte=_cutoff(now, "report_text"))
    return ContactAppeal.objects.filter(decided | expired).exclude(appellant_name="", appellant_contact="")


def rollup_start(now):
    """Hours before local midnight this many days ago are rolled up, so a day is always rolled up whole."""
    day = timezone.localdate(_cutoff(now, "risk_check_hourly"))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def due_risk_check_hours(now):
    return RiskCheckCount.objects.filter(hour__lt=rollup_start(now))


def due_audit_log(now):
    """Tip-off entries past the audit-log period, except those about a case on hold."""
    held = (
        TipOff.objects.filter(legal_hold_since__isnull=False)
        .annotate(object_id=Cast("pk", CharField()))
        .values("object_id")
    )
    return ModelLogEntry.objects.filter(
        action__startswith="tipoffs.", timestamp__lt=_cutoff(now, "audit_log")
    ).exclude(content_type=ContentType.objects.get_for_model(TipOff), object_id__in=held)


# Erasing a batch ----------------------------------------------------------------------------------------


def roll_up_risk_checks(hours, now):
    """Add the hourly rows to their values' daily totals (Asia/Shanghai days) and delete them."""
    rows = list(hours.select_for_update().values("pk", "kind", "value", "value_digest", "hour", "count"))
    totals = defaultdict(int)
    for row in rows:
        totals[(row["value_digest"], row["kind"], row["value"], timezone.localdate(row["hour"]))] += row[
            "count"
        ]
    for (digest, kind, value, day), count in totals.items():
        daily, _created = RiskCheckDailyCount.objects.get_or_create(
            value_digest=digest, day=day, defaults={"kind": kind, "value": value}
        )
        RiskCheckDailyCount.objects.filter(pk=daily.pk).update(count=F("count") + count)
    deleted, _by_model = RiskCheckCount.objects.filter(pk__in=[row["pk"] for row in rows]).delete()
    if deleted != len(rows):
        raise PurgeConflict("risk-check hours changed while they were rolled up")
    return len(rows)


def delete_audit_entries(entries, now):
    deleted, _by_model = entries.delete()
    return deleted


RULES = (
    Rule(
        "reporter_details",
        _("举报人的称呼和联系方式（办结并反馈后到期）"),
        _("条线索"),
        due_reporter_details,
        erase_reporter_details,
    ),
    Rule(
        "evidence",
        _("证据文件（办结后到期；保全中的不删）"),
        _("个文件"),
        due_evidence,
        erase_evidence,
    ),
    Rule(
        "report_text",
        _("举报内容、联系方式原文和内部备注（收到后到期）"),
        _("条线索"),
        due_report_text,
        lambda tipoffs, now: erase_report_text(tipoffs, now, notes=True),
    ),
    Rule(
        "tipoff_ip_hashes",
        _("举报的网络地址摘要"),
        _("条线索"),
        due_tipoff_ip_hashes,
        lambda tipoffs, now: clear_ip_hashes(tipoffs),
    ),
    Rule(
        "appeal_ip_hashes",
        _("申诉的网络地址摘要"),
        _("条申诉"),
        due_appeal_ip_hashes,
        lambda appeals, now: clear_ip_hashes(appeals),
    ),
    Rule(
        "appellant_details",
        _("申诉人的称呼和联系方式（处理完毕后到期）"),
        _("条申诉"),
        due_appellant_details,
        erase_appellant_details,
    ),
    Rule(
        "risk_check_hours",
        _("风险查询的每小时计数（合并为每日合计）"),
        _("行"),
        due_risk_check_hours,
        roll_up_risk_checks,
    ),
    Rule(
        "audit_log",
        _("举报线索的审计日志（超过保存期限，且不少于 6 个月）"),
        _("条"),
        due_audit_log,
        delete_audit_entries,
    ),
    Rule(
        "contact_reviews",
        _("确认为黑灰产满复核期的联系人（改为“待复核”）"),
        _("个联系人"),
        reviews_due,
        lambda contacts, now: mark_review_due(list(contacts.values_list("pk", flat=True)), now),
    ),
)


def all_rules():
    """The tip-off rules, then those other apps register (``common.retention``)."""
    return RULES + registered_rules()


@dataclass
class PurgeResult:
    now: datetime.datetime
    dry_run: bool
    counts: dict = field(default_factory=dict)  # rule name -> rows erased (or due, in a dry run)
    held: int = 0  # cases on hold, left alone

    def lines(self):
        """(label, count, unit) per rule, for people."""
        rules = {rule.name: rule for rule in all_rules()}
        return [(rules[name].label, count, rules[name].unit) for name, count in self.counts.items()]


def run_rule(rule, now, batch_size=BATCH_SIZE):
    """Erase every row ``rule`` finds due at ``now``, ``batch_size`` rows per transaction."""
    done, after = 0, None
    while True:
        with transaction.atomic():
            batch = rule.due(now).order_by("pk")
            if after is not None:
                batch = batch.filter(pk__gt=after)
            pks = list(batch.values_list("pk", flat=True)[:batch_size])
            if not pks:
                return done
            done += rule.erase(rule.due(now).filter(pk__in=pks), now)
        after = pks[-1]


def purge_expired(now=None, *, dry_run=False, batch_size=BATCH_SIZE):
    """Apply every retention rule at ``now``; returns a ``PurgeResult``. See the module docstring."""
    now = now or timezone.now()
    result = PurgeResult(
        now=now, dry_run=dry_run, held=TipOff.objects.filter(legal_hold_since__isnull=False).count()
    )
    rules = all_rules()
    if dry_run:
        result.counts = {rule.name: rule.due(now).count() for rule in rules}
        return result
    try:
        for rule in rules:
            result.counts[rule.name] = run_rule(rule, now, batch_size)
    finally:
        # One entry per run, also for a run that failed part-way (it says how far it got).
        log(
            instance=ContentType.objects.get_for_model(TipOff),
            action=audit.PURGE,
            title=str(_("举报线索（全部）")),
            data={
                "counts": result.counts,
                "completed": len(result.counts) == len(rules),
                "held": result.held,
                "retention_days": retention_days(),
                "at": now.isoformat(),
            },
        )
    return result
