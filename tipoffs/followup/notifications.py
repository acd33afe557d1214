"""Telling the case's assignee (or, with nobody assigned, the team) that the reporter added something.

Like every notice to the team, the e-mail carries the reference, the time and a link to the case, never
what the reporter wrote; sending runs as a retrying task, so a broken mail server never fails the addition.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from common.tasks import enqueue_with_retry
from tipoffs.models import ReporterAddition
from tipoffs.triage.notifications import admin_url, local_time, privacy_footer, recipients

logger = logging.getLogger(__name__)


def addition_recipients(tipoff):
    assignee = tipoff.assignee
    if assignee is not None and assignee.is_active and assignee.email:
        return [assignee.email]
    return recipients()


def addition_message(addition):
    tipoff = addition.tipoff
    subject = _("【消保护航】举报人补充了信息 %(reference)s") % {"reference": tipoff.reference}
    files = addition.evidence.count()
    lines = [
        _("举报人在 %(time)s（北京时间）补充了信息%(files)s，请登录后台查看。")
        % {
            "time": local_time(addition.created_at),
            "files": _("和 %(n)d 个证据文件") % {"n": files} if files else "",
        },
        "",
        _("编号：%(reference)s") % {"reference": tipoff.reference},
        _("处理链接：%(url)s") % {"url": admin_url(tipoff)},
        "",
        _("补充信息不会重新计算受理、核查和反馈时限。"),
        privacy_footer(),
    ]
    return subject, "\n".join(lines) + "\n"


@task()
def notify_addition(addition_id, attempt=1):
    addition = ReporterAddition.objects.select_related("tipoff__assignee").filter(pk=addition_id).first()
    if addition is None:
        return "missing"
    to = addition_recipients(addition.tipoff)
    if not to:
        logger.info("nobody to notify of the addition to tip-off %s", addition.tipoff.reference)
        return "no_recipients"
    try:
        with translation.override(settings.LANGUAGE_CODE):
            subject, body = addition_message(addition)
        send_mail(subject, body, None, to)
    except Exception:
        logger.exception(
            "addition notice for tip-off %s failed (attempt %d)", addition.tipoff.reference, attempt
        )
        enqueue_with_retry(notify_addition, attempt, addition_id)
        raise
    logger.info("told the team of an addition to tip-off %s", addition.tipoff.reference)
    return "sent"


def notify_addition_on_commit(addition):
    addition_id = addition.pk
    transaction.on_commit(lambda: notify_addition.enqueue(addition_id), robust=True)
