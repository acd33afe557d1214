"""``manage.py demo_tipoffs``: about 40 invented tip-offs in every state, for a realistic triage admin; with
``--history``, also a year of closed ones behind them for the public statistics.

`make run` gets both through ``load_demo_content`` (with DJANGO_DEBUG on). Safe to re-run: tip-offs
that exist are left alone.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tipoffs.demo.history import ensure_demo_history
from tipoffs.demo.tipoffs import ensure_demo_tipoffs


class Command(BaseCommand):
    help = "导入约 40 条虚构的举报线索和 3 名演示团队成员（仅限开发环境，可重复运行）。"

    def add_arguments(self, parser):
        parser.add_argument(
            "--history", action="store_true", help="同时导入一年的已办结历史线索，供统计页和处理记录使用。"
        )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo_tipoffs 只能在 DJANGO_DEBUG 开启时运行：虚构的线索不能进入生产数据库。")
        created = ensure_demo_tipoffs()
        if options["history"]:
            created.update(ensure_demo_history())
        if not created:
            self.stdout.write("演示举报线索已存在，没有任何改动。")
            return
        summary = "，".join(f"{label} {count}" for label, count in created.items())
        self.stdout.write(self.style.SUCCESS(f"演示举报线索已导入：新建 {summary}。"))
