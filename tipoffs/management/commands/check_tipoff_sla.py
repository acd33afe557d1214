"""``manage.py check_tipoff_sla``: e-mail the team about tip-offs about to breach or breaching an SLA.

Schedule it every few minutes (cron, systemd timer, the platform's scheduler). Each breach (tip-off,
stage, due soon / overdue) is e-mailed once, however often the command runs.
"""

from django.core.management.base import BaseCommand

from common.tasks import add_enqueue_argument
from tipoffs.triage.notifications import check_tipoff_sla, recipients, sweep_sla


class Command(BaseCommand):
    help = "检查举报线索的处理时限，把即将超时和已超时的线索（每次超时只发一次）邮件通知消保团队。"

    def add_arguments(self, parser):
        add_enqueue_argument(parser)

    def handle(self, *args, **options):
        if not recipients():
            self.stderr.write("未设置 TIPOFF_NOTIFY_EMAILS，没有收件人，本次不检查。")
            return
        if options["enqueue"]:
            result = check_tipoff_sla.enqueue()
            self.stdout.write(f"已加入后台任务队列：{result.id}")
            return
        alerts = sweep_sla()
        if alerts:
            self.stdout.write(self.style.SUCCESS(f"已发送 {len(alerts)} 条处理时限提醒。"))
        else:
            self.stdout.write("没有新的即将超时或已超时的线索。")
