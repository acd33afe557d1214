"""E-mails to the consumer-protection team: a new tip-off arrived, a promise is about to be or was broken.

An e-mail only ever carries the reference, the category, the stage, due times and a link to the admin,
never what the reporter wrote, the suspect's contacts, the reporter's name or contact, or amounts: mail
sits in inboxes and on phones we do not control, and the team reads the case behind the admin's login
(where every access is logged) anyway.

Sending runs as django-tasks tasks, so a slow or broken mail server never fails or slows a report. The
tasks retry on their own: django-tasks has no automatic retries, so a failed send re-enqueues the task
with an attempt counter (``common.tasks``).
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from common.tasks import enqueue_with_retry
from tipoffs.models import FailedNotification, NotificationKind, SlaAlert, SlaAlertKind, TipOff
from tipoffs.promises import sla_hours
from tipoffs.triage.sla import SlaState, filter_sla_state, sla_for

logger = logging.getLogger(__name__)

DATETIME_FORMAT = "%Y-%m-%d %H:%M"


def recipients():
    return list(settings.TIPOFF_NOTIFY_EMAILS)


def admin_url(tipoff):
    """Absolute link to the tip-off's case page in the admin (behind the login)."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("tipoffs_tipoff:edit", args=[tipoff.pk])


def local_time(value):
    return timezone.localtime(value).strftime(DATETIME_FORMAT)


def _category_name(tipoff):
    return tipoff.category.name if tipoff.category_id else _("举报人未选择分类")


def privacy_footer():
    return _("为保护举报人隐私，邮件不含举报内容、联系方式、金额等任何个人信息，请登录后台查看。")


# New tip-offs ------------------------------------------------------------------------------------------


def new_tipoff_message(tipoff):
    """(subject, body) for a new tip-off: reference, category, deadline and link only."""
    sla = sla_for(tipoff, now=tipoff.received_at)
    subject = _("【消保护航】新举报线索 %(reference)s（%(category)s）") % {
        "reference": tipoff.reference,
        "category": _category_name(tipoff),
    }
    lines = [
        _("收到一条新的举报线索，请在 %(hours)d 小时内受理。") % {"hours": sla_hours()["acknowledge"]},
        "",
        _("编号：%(reference)s") % {"reference": tipoff.reference},
        _("分类：%(category)s") % {"category": _category_name(tipoff)},
        _("收到时间：%(time)s（北京时间）") % {"time": local_time(tipoff.received_at)},
    ]
    if tipoff.language != settings.LANGUAGE_CODE:  # an English report (issue 13): answer in English
        lines.append(_("提交语言：%(language)s") % {"language": tipoff.get_language_display()})
    if sla.due_at:
        lines.append(
            _("%(stage)s期限：%(time)s 前") % {"stage": sla.stage.label, "time": local_time(sla.due_at)}
        )
    lines += [_("处理链接：%(url)s") % {"url": admin_url(tipoff)}, "", privacy_footer()]
    return subject, "\n".join(lines) + "\n"


@task()
def notify_new_tipoff(tipoff_id, attempt=1):
    """E-mail the team that tip-off ``tipoff_id`` arrived. Retries itself when sending fails."""
    to = recipients()
    if not to:
        logger.info("TIPOFF_NOTIFY_EMAILS is empty: no notification for tip-off %s", tipoff_id)
        return "no_recipients"
    tipoff = TipOff.objects.select_related("category").filter(pk=tipoff_id).first()
    if tipoff is None:
        logger.warning("tip-off %s no longer exists: no notification", tipoff_id)
        return "missing"
    try:
        _send_new_tipoff_notice(tipoff, to)
    except Exception as error:
        logger.exception("notification e-mail for tip-off %s failed (attempt %d)", tipoff.reference, attempt)
        if not enqueue_with_retry(notify_new_tipoff, attempt, tipoff_id):
            record_failure(NotificationKind.NEW_TIPOFF, error, tipoff)
        raise
    return "sent"


def _send_new_tipoff_notice(tipoff, to):
    with translation.override(settings.LANGUAGE_CODE):
        subject, body = new_tipoff_message(tipoff)
    send_mail(subject, body, None, to)
    FailedNotification.objects.filter(kind=NotificationKind.NEW_TIPOFF, tipoff=tipoff).delete()
    logger.info("team notified of tip-off %s", tipoff.reference)


# Notices that failed every retry ---------------------------------------------------------------------


def record_failure(kind, error, tipoff=None):
    """Keep a notice that could not be sent, for the dashboard and the next sweep's retry."""
    now = timezone.now()
    failure, created = FailedNotification.objects.get_or_create(
        kind=kind, tipoff=tipoff, defaults={"first_failed_at": now, "last_failed_at": now}
    )
    if not created:
        failure.attempts += 1
    failure.last_failed_at = now
    failure.error = type(error).__name__
    failure.save()
    return failure


def retry_failed_notices():
    """Try every new-tip-off notice that failed all its retries again; returns how many went out.

    Run by each SLA sweep, so notices go out once the mail server works again. Stops at the first failure:
    the server is still down, and the rest wait for the next sweep.
    """
    to = recipients()
    sent = 0
    failures = FailedNotification.objects.filter(kind=NotificationKind.NEW_TIPOFF).select_related(
        "tipoff__category"
    )
    for failure in failures:
        try:
            _send_new_tipoff_notice(failure.tipoff, to)
        except Exception as error:
            logger.warning(
                "retrying a failed notice: the mail server still refuses (%s)", type(error).__name__
            )
            record_failure(NotificationKind.NEW_TIPOFF, error, failure.tipoff)
            break
        sent += 1
    return sent


def notify_team_on_commit(tipoff):
    """Queue the new-tip-off e-mail once the report's transaction commits.

    ``robust``: if queueing itself fails (the task database is down), the report is already saved;
    the failure is logged and the reporter still gets a receipt.
    """
    tipoff_id = tipoff.pk
    transaction.on_commit(lambda: notify_new_tipoff.enqueue(tipoff_id), robust=True)


# SLA sweep ---------------------------------------------------------------------------------------------

SWEPT_STATES = ((SlaState.OVERDUE, SlaAlertKind.OVERDUE), (SlaState.DUE_SOON, SlaAlertKind.DUE_SOON))


def find_unalerted_breaches(now):
    """Tip-offs whose current stage is due soon or overdue and not yet alerted, as (tipoff, kind)."""
    queryset = TipOff.objects.select_related("category").order_by("sla_due_at", "pk")
    found = []
    for state, kind in SWEPT_STATES:
        already = SlaAlert.objects.filter(tipoff=OuterRef("pk"), stage=OuterRef("sla_stage"), kind=kind)
        breaching = filter_sla_state(queryset, state, now).filter(~Exists(already))
        found += [(tipoff, kind) for tipoff in breaching]
    return found


def sla_message(alerts, now):
    """(subject, body) listing new breaches: reference, stage, due time and link only."""
    overdue = [a for a in alerts if a.kind == SlaAlertKind.OVERDUE]
    due_soon = [a for a in alerts if a.kind == SlaAlertKind.DUE_SOON]
    subject = _("【消保护航】SLA 提醒：%(overdue)d 条已超时，%(due_soon)d 条即将超时") % {
        "overdue": len(overdue),
        "due_soon": len(due_soon),
    }
    lines = [_("以下举报线索的处理时限需要关注（检查时间：%(time)s）。") % {"time": local_time(now)}]
    for title, group in ((_("已超时"), overdue), (_("即将超时"), due_soon)):
        if not group:
            continue
        lines += ["", f"{title}："]
        for alert in group:
            lines.append(
                _("%(reference)s　%(stage)s期限 %(due)s　%(url)s")
                % {
                    "reference": alert.tipoff.reference,
                    "stage": alert.get_stage_display(),
                    "due": local_time(alert.due_at),
                    "url": admin_url(alert.tipoff),
                }
            )
    lines += ["", privacy_footer()]
    return subject, "\n".join(lines) + "\n"


def sweep_sla(now=None):
    """Record and e-mail every new SLA breach once; returns the new ``SlaAlert`` rows.

    A breach is (tip-off, stage, due soon / overdue); the ``SlaAlert`` unique constraint makes two
    sweeps running at once send each breach once. If the e-mail fails, the new rows are removed again
    so the next sweep (cron, every few minutes) retries them; the error is raised for the caller.
    Without ``TIPOFF_NOTIFY_EMAILS`` nothing is recorded: nobody was told.
    """
    now = now or timezone.now()
    to = recipients()
    if not to:
        logger.warning("TIPOFF_NOTIFY_EMAILS is empty: SLA sweep skipped")
        return []
    retry_failed_notices()
    created = []
    for tipoff, kind in find_unalerted_breaches(now):
        try:
            with transaction.atomic():
                alert = SlaAlert.objects.create(
                    tipoff=tipoff, stage=tipoff.sla_stage, kind=kind, created_at=now
                )
        except IntegrityError:
            continue  # another sweep got there first and sends it
        alert.tipoff = tipoff
        alert.due_at = tipoff.sla_due_at
        created.append(alert)
    if not created:
        return []
    with translation.override(settings.LANGUAGE_CODE):
        subject, body = sla_message(created, now)
    try:
        send_mail(subject, body, None, to)
    except Exception as error:
        SlaAlert.objects.filter(pk__in=[alert.pk for alert in created]).delete()
        record_failure(NotificationKind.SLA_REMINDER, error)
        logger.exception("SLA e-mail failed; %d alerts will be retried by the next sweep", len(created))
        raise
    FailedNotification.objects.filter(kind=NotificationKind.SLA_REMINDER).delete()
    logger.info("SLA sweep: %d new alerts e-mailed", len(created))
    return created


@task()
def check_tipoff_sla():
    """The SLA sweep as a task (for schedulers that enqueue tasks); returns how many alerts were sent."""
    return len(sweep_sla())
