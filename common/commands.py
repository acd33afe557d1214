"""Management commands that do their work in the process, or hand it to the task worker."""

from django.core.management.base import BaseCommand


class TaskCommand(BaseCommand):
    """A command for cron: runs at once, or with ``--enqueue`` enqueues ``task`` for ``db_worker``."""

    #: the django-tasks task to enqueue
    task = None

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="交给后台任务（manage.py db_worker）执行，而不是在本进程里执行。",
        )

    def enqueue_if_asked(self, options):
        """Enqueue the task if ``--enqueue`` was given; returns whether it was."""
        if not options["enqueue"]:
            return False
        result = self.task.enqueue()
        self.stdout.write(f"已加入后台任务队列：{result.id}")
        return True
