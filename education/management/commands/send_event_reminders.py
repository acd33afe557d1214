"""``manage.py send_event_reminders``: remind people signed up for events starting within 24 hours."""

from common.commands import TaskCommand
from education.signups.tasks import send_event_reminders


class Command(TaskCommand):
    help = "给 24 小时内开始的活动的报名人发送提醒邮件（每人只提醒一次）。请每 15 分钟运行一次。"
    task = send_event_reminders

    def handle(self, *args, **options):
        if self.enqueue_if_asked(options):
            return
        result = send_event_reminders.call()
        self.stdout.write(
            f"活动提醒：已发送 {result['sent']} 封，失败 {result['failed']} 封（下次运行时重试）。"
        )
