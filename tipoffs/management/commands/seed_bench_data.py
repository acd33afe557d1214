"""``manage.py seed_bench_data``: a back office at scale, for ``bench/back_office.py``.

Tops the database up to ``--tipoffs`` tip-offs (default 100,000) and ``--contacts`` suspect contacts (default
300,000), written with ``bulk_create`` in batches, in one transaction, in a few minutes. The rows look like a
year of real work: most cases closed, a recent queue at every stage (some overdue), a few numbers reported
hundreds of times (``138 0013 8000`` most of all, the contact search of the bench), a few thousand contacts
confirmed by the team, and six team members to assign cases to.

Fake reports must never reach a real database: the command refuses a database whose name does not contain
"bench" unless given ``--force``.
"""

import datetime
import random
from collections import defaultdict
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from education.models import ScamCategory
from tipoffs.models import (
    REFERENCE_ALPHABET,
    ContactChannel,
    ContactKind,
    ContactStatus,
    SuspectContact,
    TipOff,
    TipOffContact,
    TipOffOutcome,
    TipOffStatus,
    hash_status_key,
)
from tipoffs.models.contacts import is_sensitive, stored_value
from tipoffs.promises import team_group
from tipoffs.suspects.masking import mask_bank_card
from tipoffs.triage.sla import refresh_sla

TEAM_SIZE = 6
SEEDED_STATUSES = [ContactStatus.PENDING, ContactStatus.CONFIRMED, ContactStatus.CLEARED]
YEAR = datetime.timedelta(days=365)
MOST_REPORTED_PHONE = "+8613800138000"
# Contacts reported far more often than the rest, like the numbers behind a running campaign.
POPULAR_CONTACTS = 2_000
EXTRA_LINKS_PER_TIPOFF = 0.4
SENTENCES = [
    "对方自称银行客服，说我的账户存在异常，要求我配合操作。",
    "有人在群里说可以代理投诉，帮我减免利息，先收了服务费。",
    "对方说能花钱修复征信记录，要我先交保证金。",
    "接到电话说要注销校园贷账户，否则影响征信，让我从多个平台借款转账。",
    "对方让我下载会议软件并打开屏幕共享。",
    "所谓债务优化公司承诺停息挂账，收费后就联系不上了。",
    "对方发来一个链接，要我填写银行卡号和验证码。",
    "有人拉我进反催收群，卖所谓的投诉模板。",
]


def kind_for(index):
    """60 % phones, then WeChat, QQ, websites, bank cards, Alipay and social accounts."""
    slot = index % 20
    if slot < 12:
        return ContactKind.PHONE
    return [
        ContactKind.WECHAT,
        ContactKind.WECHAT,
        ContactKind.WECHAT,
        ContactKind.QQ,
        ContactKind.URL,
        ContactKind.BANK_CARD,
        ContactKind.ALIPAY,
        ContactKind.SOCIAL,
    ][slot - 12]


def contact_value(index):
    """(kind, normalised value, platform), unique per index."""
    if index == 0:
        return ContactKind.PHONE, MOST_REPORTED_PHONE, ""
    kind = kind_for(index)
    values = {
        ContactKind.PHONE: f"+861{3 + index % 7}{index:09d}",
        ContactKind.WECHAT: f"wx_bench_{index}",
        ContactKind.QQ: str(10_000 + index),
        ContactKind.URL: f"scam-{index}.example.cn",
        ContactKind.BANK_CARD: f"6222{index:015d}",
        ContactKind.ALIPAY: f"pay{index}@example.com",
        ContactKind.SOCIAL: f"douyin:bench{index}",
    }
    return kind, values[kind], "douyin" if kind == ContactKind.SOCIAL else ""


def reference_suffix(number):
    """Four characters of the reference alphabet; different for every number below 31**4."""
    base = len(REFERENCE_ALPHABET)
    digits = []
    for _ in range(4):
        number, digit = divmod(number, base)
        digits.append(REFERENCE_ALPHABET[digit])
    return "".join(reversed(digits))


class Command(BaseCommand):
    help = "Fill a bench database with tip-offs and suspect contacts in bulk (for bench/back_office.py)."

    def add_arguments(self, parser):
        parser.add_argument("--tipoffs", type=int, default=100_000, help="tip-offs wanted in total")
        parser.add_argument("--contacts", type=int, default=300_000, help="suspect contacts wanted in total")
        parser.add_argument("--batch-size", type=int, default=5_000)
        parser.add_argument("--seed", type=int, default=20261124)
        parser.add_argument("--force", action="store_true", help="allow a database not named *bench*")

    def handle(self, *args, tipoffs, contacts, batch_size, seed, force, **options):
        name = str(connection.settings_dict["NAME"])
        if "bench" not in name and not force:
            raise CommandError(
                f"数据库 {name} 的名字里没有 bench：为防止虚构线索进入真实数据库，拒绝写入（或加 --force）。"
            )
        self.rng = random.Random(seed)
        self.now = timezone.now()
        self.batch_size = batch_size
        new_tipoffs = max(0, tipoffs - TipOff.objects.count())
        new_contacts = max(0, contacts - SuspectContact.objects.count())
        if not new_tipoffs and not new_contacts:
            self.stdout.write(f"已有 {tipoffs:,} 条线索和 {contacts:,} 个联系人，无需生成。")
            return
        with transaction.atomic():
            self.team = self._team()
            self.categories = list(ScamCategory.objects.all())
            received = sorted(self.now - YEAR * self.rng.random() ** 2 for _ in range(new_tipoffs))
            links = self._plan_links(new_tipoffs, new_contacts)
            tipoff_ids = self._create_tipoffs(received)
            contact_ids = self._create_contacts(new_contacts, links, received)
            TipOffContact.objects.bulk_create(
                (
                    TipOffContact(tipoff_id=tipoff_ids[t], contact_id=contact_ids[c], **self._raw[c])
                    for t, c in links
                ),
                batch_size=self.batch_size * 2,
            )
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # the planner would otherwise guess at an empty database
        self.stdout.write(
            f"已生成 {new_tipoffs:,} 条线索、{new_contacts:,} 个可疑联系人、{len(links):,} 条关联。"
        )

    def _team(self):
        User = get_user_model()
        group = Group.objects.get(name=team_group())
        members = []
        for n in range(1, TEAM_SIZE + 1):
            user, created = User.objects.get_or_create(
                username=f"bench-team-{n}", defaults={"first_name": f"压测{n}号"}
            )
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
                user.groups.add(group)
            members.append(user)
        return members

    def _plan_links(self, tipoff_count, contact_count):
        """(tip-off, contact) index pairs: every contact in at least one tip-off, popular ones in many."""
        if not tipoff_count or not contact_count:
            return []
        links = {(index * tipoff_count // contact_count, index) for index in range(contact_count)}
        popular = min(POPULAR_CONTACTS, contact_count)
        weights = [1 / (rank + 1) for rank in range(popular)]
        extra = int(tipoff_count * EXTRA_LINKS_PER_TIPOFF)
        chosen = self.rng.choices(range(popular), weights=weights, k=extra)
        links.update((self.rng.randrange(tipoff_count), contact) for contact in chosen)
        return sorted(links)

    def _create_tipoffs(self, received):
        status_key_hash = hash_status_key("BENC-HDAT-AONL")  # one hash for all: nobody looks these up
        taken = set(TipOff.objects.values_list("reference", flat=True))
        ids = []
        number = 0
        for start in range(0, len(received), self.batch_size):
            batch = []
            for at in received[start : start + self.batch_size]:
                reference = f"JB-{timezone.localtime(at):%Y%m%d}-{reference_suffix(number)}"
                while reference in taken:
                    number += 1
                    reference = f"JB-{timezone.localtime(at):%Y%m%d}-{reference_suffix(number)}"
                number += 1
                batch.append(self._tipoff(at, reference, status_key_hash))
            ids += [tipoff.pk for tipoff in TipOff.objects.bulk_create(batch)]
            self.stdout.write(f"  线索 {len(ids):,}/{len(received):,}")
        refresh_sla(TipOff.objects.all())  # bulk_create skips save(), which stores the SLA deadlines
        return ids

    def _tipoff(self, received_at, reference, status_key_hash):
        rng, now = self.rng, self.now
        age = now - received_at
        if age < datetime.timedelta(hours=1):
            status = TipOffStatus.NEW
        elif age < datetime.timedelta(hours=24):
            status = rng.choices(list(TipOffStatus), weights=[2, 3, 4, 1])[0]
        elif age < datetime.timedelta(hours=72):
            status = rng.choices([TipOffStatus.INVESTIGATING, TipOffStatus.CLOSED], weights=[3, 7])[0]
        else:
            status = rng.choices([TipOffStatus.INVESTIGATING, TipOffStatus.CLOSED], weights=[2, 98])[0]

        def later(start, low_minutes, high_minutes):
            return min(now, start + datetime.timedelta(minutes=rng.uniform(low_minutes, high_minutes)))

        acknowledged = later(received_at, 5, 55) if status != TipOffStatus.NEW else None
        investigated = (
            later(acknowledged, 5, 120)
            if status in (TipOffStatus.INVESTIGATING, TipOffStatus.CLOSED)
            else None
        )
        closed = later(received_at, 120, 23 * 60) if status == TipOffStatus.CLOSED else None
        reporter_contact = f"139{rng.randrange(10**8):08d}" if rng.random() < 0.4 else ""
        fed_back = None
        if closed and reporter_contact:
            fed_back = closed + datetime.timedelta(hours=rng.uniform(1, 20))
            fed_back = fed_back if fed_back <= now else None
        return TipOff(
            reference=reference,
            status_key_hash=status_key_hash,
            category=rng.choice(self.categories) if rng.random() < 0.9 else None,
            description="".join(rng.sample(SENTENCES, 3)),
            first_contacted_on=timezone.localdate(received_at) - datetime.timedelta(days=rng.randrange(30)),
            contact_channel=rng.choice(ContactChannel.values),
            amount_lost=Decimal(rng.randrange(100, 200_000)) if rng.random() < 0.3 else None,
            transferred_money=rng.random() < 0.3,
            shared_id_info=rng.random() < 0.2,
            shared_bank_info=rng.random() < 0.2,
            reporter_contact=reporter_contact,
            consent_given_at=received_at,
            status=status,
            received_at=received_at,
            acknowledged_at=acknowledged,
            investigated_at=investigated,
            closed_at=closed,
            fed_back_at=fed_back,
            outcome=rng.choice(TipOffOutcome.values) if closed else "",
            assignee=rng.choice(self.team) if status != TipOffStatus.NEW else None,
        )

    def _create_contacts(self, count, links, received):
        reports = defaultdict(list)
        for tipoff, contact in links:
            reports[contact].append(received[tipoff])
        offset = SuspectContact.objects.count()
        self._raw = {}
        ids = []
        for start in range(0, count, self.batch_size):
            batch = []
            for index in range(start, min(count, start + self.batch_size)):
                kind, value, platform = contact_value(offset + index)
                raw = value.split(":", 1)[-1]
                # As TipOffContact.save() would store what was typed: cards masked and encrypted.
                self._raw[index] = (
                    {"raw_value": mask_bank_card(raw), "raw_value_encrypted": raw}
                    if is_sensitive(kind)
                    else {"raw_value": raw}
                )
                times = reports.get(index) or [self.now]
                batch.append(self._contact(kind, value, platform, times))
            ids += [contact.pk for contact in SuspectContact.objects.bulk_create(batch)]
            self.stdout.write(f"  联系人 {len(ids):,}/{count:,}")
        return ids

    def _contact(self, kind, value, platform, report_times):
        rng = self.rng
        count = len(report_times)
        if count >= 3:
            status = rng.choices(SEEDED_STATUSES, weights=[5, 4, 1])[0]
        else:
            status = rng.choices(SEEDED_STATUSES, weights=[96, 1, 3])[0]
        return SuspectContact(
            kind=kind,
            **stored_value(kind, value),  # bulk_create skips save(), which encrypts cards and sets the digest
            platform=platform,
            status=status,
            report_count=count,
            first_reported_at=min(report_times),
            last_reported_at=max(report_times),
            status_changed_at=max(report_times) if status != ContactStatus.PENDING else None,
            status_changed_by=rng.choice(self.team) if status != ContactStatus.PENDING else None,
        )
