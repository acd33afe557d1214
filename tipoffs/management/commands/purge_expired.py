"""``manage.py purge_expired``: erase the personal data whose retention period has passed.

Run it once a day (cron, systemd timer, or ``--enqueue`` for the task worker). ``--dry-run`` prints what is
due and changes nothing. See ``tipoffs.privacy.purge`` for the rules.
"""

import datetime

from django.core.management.base import CommandError
from django.utils import timezone

from common.commands import TaskCommand
from tipoffs.privacy.purge import BATCH_SIZE, purge_expired
from tipoffs.privacy.tasks import purge_expired_data


class Command(TaskCommand):
    help = (
        "按保存期限（TIPOFF_RETENTION_DAYS）删除到期的个人信息，"
        "并把满复核期的黑灰产联系人改为“待复核”。每天运行一次。"
    )

    task = purge_expired_data

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--dry-run", action="store_true", help="只列出到期的数量，不修改任何数据。")
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=f"每个事务处理的行数（默认 {BATCH_SIZE}），避免长时间锁表。",
        )
        parser.add_argument(
            "--as-of",
            metavar="YYYY-MM-DD",
            help="和 --dry-run 一起用：列出到这一天（北京时间 0 点）为止将会到期的数量，便于提前安排。",
        )

    def handle(self, *args, dry_run, batch_size, enqueue, as_of, **options):
        if batch_size < 1:
            raise CommandError("--batch-size 必须是正整数。")
        now = None
        if as_of:
            if not dry_run:
                raise CommandError("--as-of 只能和 --dry-run 一起用：真正的清理总是按当前时间。")
            try:
                day = datetime.date.fromisoformat(as_of)
            except ValueError:
                raise CommandError("--as-of 的格式是 YYYY-MM-DD，例如 2027-06-01。") from None
            now = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
        if enqueue and dry_run:
            raise CommandError("--dry-run 不能和 --enqueue 一起用。")
        if self.enqueue_if_asked({"enqueue": enqueue}):
            return
        result = purge_expired(now, dry_run=dry_run, batch_size=batch_size)
        moment = timezone.localtime(result.now).strftime("%Y-%m-%d %H:%M")
        if dry_run:
            self.stdout.write(f"试运行（--dry-run），不会修改任何数据。截至 {moment}（北京时间）到期的有：")
        else:
            self.stdout.write(f"按保存期限清理（{moment}，北京时间）：")
        for label, count, unit in result.lines():
            self.stdout.write(f"  {label}：{count} {unit}")
        self.stdout.write(f"证据保全中、未处理的线索：{result.held} 条。")
        if not dry_run:
            self.stdout.write(
                self.style.SUCCESS(f"完成：共处理 {sum(result.counts.values())} 行，已写入审计日志。")
            )
