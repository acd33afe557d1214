"""iCalendar (RFC 5545) export of education events."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vText


def build_calendar(events, request, name):
    """``request`` may be None (an e-mail attachment built by a task): links then come from
    ``education.links`` (``PUBLIC_BASE_URL`` or the default site)."""
    from education.links import base_url, page_url

    calendar = Calendar()
    calendar.add("prodid", "-//消保护航//education events//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    host = (request.get_host() if request else urlsplit(base_url()).netloc).split(":")[0]
    stamp = timezone.now()
    for page in events:
        event = Event()
        event.add("uid", f"event-{page.pk}@{host}")
        event.add("dtstamp", stamp)
        # UTC times are unambiguous in every client without shipping a VTIMEZONE.
        event.add("dtstart", page.start.astimezone(datetime.UTC))
        event.add("dtend", page.end.astimezone(datetime.UTC))
        event.add("summary", page.title)
        event.add("description", page.summary)
        event.add("url", page.get_full_url(request) if request else page_url(page))
        location = page.stream_url if page.is_online else " ".join(filter(None, [page.city, page.venue]))
        if location:
            event["location"] = vText(location)
        if page.last_published_at:
            event.add("last-modified", page.last_published_at)
        calendar.add_component(event)
    return calendar
