"""The education app's personal data that expires, as rules for the daily purge (``manage.py
purge_expired``, registered through the ``register_retention_rules`` hook in ``wagtail_hooks``)."""

from datetime import timedelta

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from common.retention import Rule


def due_signups(now):
    """Sign-ups for events that ended ``EVENT_SIGNUP_RETENTION_DAYS`` ago."""
    from education.signups.models import EventSignup

    return EventSignup.objects.filter(
        event__end__lte=now - timedelta(days=settings.EVENT_SIGNUP_RETENTION_DAYS)
    )


def due_feedback_comments(now):
    """Readers' comments written ``FEEDBACK_COMMENT_RETENTION_DAYS`` ago that still have text."""
    from education.models.feedback import PageFeedback

    cutoff = now - timedelta(days=settings.FEEDBACK_COMMENT_RETENTION_DAYS)
    return PageFeedback.objects.filter(created_at__lte=cutoff).exclude(comment="")


def blank_comments(feedback, now):
    """Erase the comments' text, keeping each answer (helpful or not) for the reports."""
    return feedback.update(comment="")


def due_unconfirmed_subscriptions(now):
    from education.subscriptions.services import expired_unconfirmed

    return expired_unconfirmed(now)


def delete_rows(rows, now):
    """Delete the due rows; returns how many rows of the rule's own model went."""
    model = rows.model
    _total, by_model = rows.delete()
    return by_model.get(model._meta.label, 0)


def rules():
    return [
        Rule(
            "event_signups",
            _("活动报名人的称呼和联系方式（活动结束后到期）"),
            _("条报名"),
            due_signups,
            delete_rows,
        ),
        Rule(
            "unconfirmed_subscriptions",
            _("未确认的风险提示订阅邮箱（提交后到期）"),
            _("个地址"),
            due_unconfirmed_subscriptions,
            delete_rows,
        ),
        Rule(
            "feedback_comments",
            _("读者留言的文字（写下后到期；“有没有帮助”的回答保留）"),
            _("条留言"),
            due_feedback_comments,
            blank_comments,
        ),
    ]
