"""``manage.py send_alert_digest``: the weekly digest of risk alerts, once a week from cron."""

from common.commands import TaskCommand
from education.subscriptions.tasks import send_weekly_digest


class Command(TaskCommand):
    help = "给选择“每周汇总”的订阅人发送过去 7 天的风险提示（每人每条只发一次）。每周运行一次。"
    task = send_weekly_digest

    def handle(self, *args, **options):
        if self.enqueue_if_asked(options):
            return
        batches = send_weekly_digest.call()
        self.stdout.write(f"已安排 {batches} 批每周汇总邮件。")
