"""``manage.py refresh_statistics``: recompute the public statistics and store them in the cache.

Run it once a day (cron, systemd timer); with ``--enqueue`` the task worker does the work. Pages compute the
snapshot themselves only when the cache has none (the first visit after a cache clear).
"""

from django.utils import timezone

from common.commands import TaskCommand
from tipoffs.statistics.services import refresh_snapshot
from tipoffs.statistics.tasks import refresh_statistics


class Command(TaskCommand):
    help = "重新计算公开的举报统计和处理记录，写入缓存（每天运行一次）。"
    task = refresh_statistics

    def handle(self, *args, **options):
        if self.enqueue_if_asked(options):
            return
        snapshot = refresh_snapshot()
        computed_at = timezone.localtime(snapshot.computed_at)
        self.stdout.write(self.style.SUCCESS(f"统计数据已更新：{computed_at:%Y-%m-%d %H:%M}。"))
