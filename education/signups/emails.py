"""The sign-up e-mails: confirmation (or waitlist place), moved up from the waitlist, reminder. Each one
that promises a place carries the event as an .ics attachment (``education.calendars``)."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from education.calendars import build_calendar
from education.links import absolute_url, page_url

from .services import waitlist_position


def signup_url(signup):
    """The person's own page: status, and the cancel button."""
    return absolute_url(reverse("signups:manage", args=[signup.key]))


def _message(signup, subject, template, attach_calendar):
    event = signup.event
    context = {
        "signup": signup,
        "event": event,
        "event_url": page_url(event),
        "signup_url": signup_url(signup),
        "start": timezone.localtime(event.start),
        "end": timezone.localtime(event.end),
        "position": waitlist_position(signup),
    }
    message = EmailMessage(subject=subject, body=render_to_string(template, context), to=[signup.email])
    message.extra_headers["Auto-Submitted"] = "auto-generated"
    if attach_calendar:
        calendar = build_calendar([event], None, name=event.title)
        message.attach(f"{event.slug}.ics", calendar.to_ical(), "text/calendar; charset=utf-8")
    return message


def confirmation_email(signup):
    if signup.is_waitlisted:
        subject = _("已进入候补：%(title)s") % {"title": signup.event.title}
    else:
        subject = _("报名成功：%(title)s") % {"title": signup.event.title}
    return _message(
        signup, subject, "education/signups/email/confirmation.txt", attach_calendar=not signup.is_waitlisted
    )


def promotion_email(signup):
    return _message(
        signup,
        _("候补成功，您已获得名额：%(title)s") % {"title": signup.event.title},
        "education/signups/email/promoted.txt",
        attach_calendar=True,
    )


def reminder_email(signup):
    return _message(
        signup,
        _("活动提醒：%(title)s 明天开始") % {"title": signup.event.title},
        "education/signups/email/reminder.txt",
        attach_calendar=True,
    )
