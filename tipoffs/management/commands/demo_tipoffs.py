"""``manage.py demo_tipoffs``: about 40 invented tip-offs in every state, for a realistic triage admin.

`make run` gets them through ``load_demo_content`` (with DJANGO_DEBUG on). Safe to re-run: tip-offs
that exist are left alone.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tipoffs.demo.tipoffs import ensure_demo_tipoffs


class Command(BaseCommand):
    help = "导入约 40 条虚构的举报线索和 3 名演示团队成员（仅限开发环境，可重复运行）。"

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo_tipoffs 只能在 DJANGO_DEBUG 开启时运行：虚构的线索不能进入生产数据库。")
        created = ensure_demo_tipoffs()
        if not created:
            self.stdout.write("演示举报线索已存在，没有任何改动。")
            return
        summary = "，".join(f"{label} {count}" for label, count in created.items())
        self.stdout.write(self.style.SUCCESS(f"演示举报线索已导入：新建 {summary}。"))
