"""``manage.py rotate_data_keys``: re-encrypt personal data under the first key of TIPOFF_DATA_KEYS.

Put a new key in front of TIPOFF_DATA_KEYS on every server, then run this; ``--check`` then reports 0 and
the old key may go (see README, "加密密钥").
"""

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from wagtail.log_actions import log

from tipoffs import audit
from tipoffs.models import TipOff
from tipoffs.privacy.rotation import BATCH_SIZE, rotate_all


class Command(BaseCommand):
    help = "用 TIPOFF_DATA_KEYS 的第一个密钥重新加密所有加密保存的个人信息（可中断、可重复运行）。"

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="只统计还没有用新密钥加密的值，不修改；有则退出码为 1。"
        )
        parser.add_argument(
            "--batch-size", type=int, default=BATCH_SIZE, help=f"每个事务的行数（默认 {BATCH_SIZE}）。"
        )

    def handle(self, *args, check, batch_size, **options):
        if batch_size < 1:
            raise CommandError("--batch-size 必须是正整数。")
        counts = rotate_all(batch_size=batch_size, check_only=check)
        total = sum(counts.values())
        for label, count in counts.items():
            self.stdout.write(f"  {label}: {count}")
        if check:
            if total:
                raise CommandError(f"还有 {total} 个值使用旧密钥加密：请先运行 manage.py rotate_data_keys。")
            self.stdout.write(self.style.SUCCESS("所有值都已使用第一个密钥加密，可以移除旧密钥。"))
            return
        log(
            instance=ContentType.objects.get_for_model(TipOff),
            action=audit.KEY_ROTATION,
            title="举报线索（全部）",
            data={"rewritten": counts},
        )
        self.stdout.write(self.style.SUCCESS(f"已用新密钥重新加密 {total} 个值。"))
