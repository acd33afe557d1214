"""A person signed up for an event (or on its waitlist).

Name, phone and e-mail are personal data: kept for organising the event, deleted when the person cancels,
and erased ``EVENT_SIGNUP_RETENTION_DAYS`` after the event (``manage.py purge_expired``).
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_key():
    return secrets.token_urlsafe(24)


class SignupStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("已报名")
    WAITLISTED = "waitlisted", _("候补")


class EventSignup(models.Model):
    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    event = models.ForeignKey(
        "education.EventPage", on_delete=models.CASCADE, related_name="signups", verbose_name=_("活动")
    )
    name = models.CharField(_("称呼"), max_length=50)
    phone = models.CharField(_("手机号"), max_length=20, blank=True, help_text=_("E.164 格式"))
    email = models.EmailField(_("电子邮箱"), max_length=254, blank=True)
    status = models.CharField(_("状态"), max_length=12, choices=SignupStatus.choices)
    # The secret in this sign-up's own link (status and cancel).
    key = models.CharField(max_length=40, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField(_("报名时间"), auto_now_add=True)
    promoted_at = models.DateTimeField(_("候补转正时间"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("提醒时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("活动报名")
        verbose_name_plural = _("活动报名")
        ordering = ["created_at", "pk"]
        permissions = [("export_eventsignup", _("可以导出活动报名名单"))]
        indexes = [models.Index(fields=["event", "status", "created_at"], name="signup_event_status")]

    def __str__(self):
        return f"sign-up {self.pk}"  # never the name or contact: this string ends up in logs

    @property
    def is_waitlisted(self):
        return self.status == SignupStatus.WAITLISTED

    @property
    def contact(self):
        return " / ".join(filter(None, [self.phone, self.email]))
