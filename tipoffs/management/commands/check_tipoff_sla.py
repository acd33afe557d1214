"""``manage.py check_tipoff_sla``: e-mail the team about tip-offs about to breach or breaching an SLA.

Schedule it every few minutes (cron, systemd timer, the platform's scheduler). Each breach (tip-off,
stage, due soon / overdue) is e-mailed once, however often the command runs.
"""

from common.commands import TaskCommand
from tipoffs.triage.notifications import check_tipoff_sla, recipients, sweep_sla


class Command(TaskCommand):
    help = "检查举报线索的处理时限，把即将超时和已超时的线索（每次超时只发一次）邮件通知消保团队。"
    task = check_tipoff_sla

    def handle(self, *args, **options):
        if not recipients():
            self.stderr.write("未设置 TIPOFF_NOTIFY_EMAILS，没有收件人，本次不检查。")
            return
        if self.enqueue_if_asked(options):
            return
        alerts = sweep_sla()
        if alerts:
            self.stdout.write(self.style.SUCCESS(f"已发送 {len(alerts)} 条处理时限提醒。"))
        else:
            self.stdout.write("没有新的即将超时或已超时的线索。")
