"""``manage.py load_demo_content``: build the demo site of 消保护航 on a freshly migrated database.

The texts live in education/demo/content.py, the illustrations are drawn by education/demo/images.py
and education/demo/loader.py turns them into pages, images, settings and the moderation workflow.
Safe to re-run: what exists is left alone.
"""

import contextlib
import logging

from django.core.management.base import BaseCommand
from django.db import transaction

from education.demo.loader import DemoLoader


@contextlib.contextmanager
def quiet_logger(name, quiet):
    """Silence a logger's INFO lines for the duration (Wagtail logs every page created and published)."""
    logger = logging.getLogger(name)
    level = logger.level
    if quiet:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


class Command(BaseCommand):
    help = "Load the demo content of 消保护航 (pages, images, settings, review workflow). Safe to re-run."

    def handle(self, *args, **options):
        # `make run` should print one summary line; -v 2 shows Wagtail's line per page.
        with quiet_logger("wagtail", options["verbosity"] < 2), transaction.atomic():
            created = DemoLoader().run()
        created = {label: count for label, count in created.items() if count}
        if not created:
            self.stdout.write("演示内容已存在，没有任何改动。")
            return
        summary = "，".join(f"{label} {count}" for label, count in created.items())
        self.stdout.write(self.style.SUCCESS(f"演示内容已导入：新建 {summary}。"))
