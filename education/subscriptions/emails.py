"""Every e-mail of the subscriptions: confirmation, a new alert, the weekly digest.

Each carries the one-click unsubscribe of RFC 8058: ``List-Unsubscribe`` with the HTTPS link (which accepts
the mail provider's POST without a CSRF token) and ``List-Unsubscribe-Post: List-Unsubscribe=One-Click``,
plus the same link in the text.
"""

from urllib.parse import urlsplit

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from education.links import absolute_url, page_url
from education.models import SiteSettings

from .services import confirm_days, confirmation_token


def unsubscribe_url(subscription):
    return absolute_url(reverse("subscriptions:unsubscribe", args=[subscription.key]))


def _brand():
    site_settings = SiteSettings.objects.first()
    return (site_settings.brand_name if site_settings else "") or "消保护航"


def _message(subscription, subject, template, context):
    unsubscribe = unsubscribe_url(subscription)
    context = {
        **context,
        "brand": _brand(),
        "unsubscribe_url": unsubscribe,
        "manage_url": absolute_url(reverse("subscriptions:subscribe")),
    }
    return EmailMessage(
        subject=subject,
        body=render_to_string(template, context),
        to=[subscription.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"<alerts.{urlsplit(absolute_url('/')).hostname}>",
            "Auto-Submitted": "auto-generated",
        },
    )


def confirmation_email(subscription, preferences):
    token = confirmation_token(subscription, preferences)
    return _message(
        subscription,
        _("请确认订阅风险提示"),
        "education/subscriptions/email/confirm.txt",
        {
            "confirm_url": absolute_url(reverse("subscriptions:confirm", args=[token])),
            "days": confirm_days(),
        },
    )


def alert_email(subscription, alert):
    return _message(
        subscription,
        _("【%(level)s】%(title)s") % {"level": alert.get_level_display(), "title": alert.title},
        "education/subscriptions/email/alert.txt",
        {"alert": alert, "alert_url": page_url(alert)},
    )


def digest_email(subscription, alerts):
    return _message(
        subscription,
        _("本周风险提示汇总（%(count)d 条）") % {"count": len(alerts)},
        "education/subscriptions/email/digest.txt",
        {"alerts": [(alert, page_url(alert)) for alert in alerts]},
    )
