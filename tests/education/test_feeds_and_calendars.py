"""Alert feeds and event calendars parse with real parsers and list only what is public."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_rss_feed(client, make_alert):
    make_alert(title="旧提示", issued_on=datetime.date(2026, 1, 5), level="notice")
    make_alert(title="新提示", issued_on=datetime.date(2026, 3, 5), level="urgent")
    hidden = make_alert(title="私密提示")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    draft = make_alert(title="草稿提示")
    draft.unpublish()

    response = client.get("/alerts/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["【紧急】新提示", "【提示】旧提示"]
    assert (
        items[0].findtext("link")
        == "http://testserver/alerts/" + items[0].findtext("link").split("/alerts/")[1]
    )
    assert items[0].findtext("category") == "冒充客服"
    assert "Thu, 05 Mar 2026" in items[0].findtext("pubDate")


def test_atom_feed(client, make_alert):
    make_alert(
        title="提示甲",
        valid_until=timezone.localdate() - datetime.timedelta(days=1),
        issued_on=timezone.localdate() - datetime.timedelta(days=9),
    )
    response = client.get("/alerts/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 1
    assert entries[0].findtext(f"{ATOM}title") == "【提示】提示甲"
    assert entries[0].findtext(f"{ATOM}summary").startswith("（已过期）")


def parse_ics(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response.content.endswith(b"\r\n")
    assert all(len(line) <= 75 for line in response.content.split(b"\r\n")), (
        "RFC 5545 folds lines at 75 octets"
    )
    return Calendar.from_ical(response.content)


def test_event_ics(client, make_event):
    start = timezone.make_aware(datetime.datetime(2030, 5, 1, 19, 30))
    event = make_event(
        title="线上直播：识别征信修复骗局",
        start=start,
        hours=1,
        format="live_stream",
        stream_url="https://live.example.com/room/1",
        city="",
        venue="",
    )
    response = client.get(event.url + "ics/")
    assert "attachment" in response["Content-Disposition"]
    calendar = parse_ics(response)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "线上直播：识别征信修复骗局"
    assert vevent["UID"]
    assert vevent["DTSTAMP"]
    # 19:30 in Shanghai is 11:30 UTC.
    assert vevent.decoded("DTSTART") == datetime.datetime(2030, 5, 1, 11, 30, tzinfo=datetime.UTC)
    assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") == datetime.timedelta(hours=1)
    assert str(vevent["LOCATION"]) == "https://live.example.com/room/1"


def test_calendar_feed_lists_upcoming_public_events_only(client, make_event):
    make_event(title="下月沙龙", start=timezone.now() + datetime.timedelta(days=30))
    make_event(title="正在进行", start=timezone.now() - datetime.timedelta(minutes=30))
    make_event(title="上月讲座", start=timezone.now() - datetime.timedelta(days=30))
    private = make_event(title="内部培训")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    calendar = parse_ics(client.get("/events/calendar/"))
    summaries = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert summaries == ["下月沙龙", "正在进行"]
    assert len({str(e["UID"]) for e in calendar.walk("VEVENT")}) == 2


def test_event_index_and_page_link_to_calendars(client, make_event):
    event = make_event()
    assert 'href="/events/calendar/"' in client.get("/events/").content.decode()
    assert f'href="{event.url}ics/"' in client.get(event.url).content.decode()
