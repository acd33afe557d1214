"""Events show their state from the clock; the index lists upcoming first and archives the past."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone

from education.models import EventPage
from education.models.events import EventState

pytestmark = pytest.mark.django_db


def test_state_follows_the_clock(make_event):
    start = timezone.now() + datetime.timedelta(hours=1)
    event = make_event(start=start, hours=2)
    assert event.state(now=start - datetime.timedelta(minutes=1)) == EventState.UPCOMING
    assert event.state(now=start) == EventState.LIVE
    assert event.state(now=start + datetime.timedelta(hours=2)) == EventState.ENDED


def test_live_event_shows_stream_link_prominently(client, make_event):
    event = make_event(
        start=timezone.now() - datetime.timedelta(minutes=10),
        format="live_stream",
        stream_url="https://live.example.com/now",
        city="",
        venue="",
    )
    soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    assert soup.select_one(".state--live").get_text() == "正在进行"
    live = soup.select_one(".live-now a")
    assert live["href"] == "https://live.example.com/now"


def test_ended_event_offers_replay_when_added(client, make_event):
    past = timezone.now() - datetime.timedelta(days=2)
    with_replay = make_event(start=past, replay_url="https://video.example.com/replay")
    without = make_event(start=past)
    soup = BeautifulSoup(client.get(with_replay.url).content, "html.parser")
    assert soup.select_one(".state--ended").get_text() == "已结束"
    assert soup.find("a", string="观看回放")["href"] == "https://video.example.com/replay"
    assert "活动已结束" in client.get(without.url).content.decode()


def test_upcoming_event_offers_registration(client, make_event):
    event = make_event(registration_url="https://example.com/signup", capacity="限 50 人")
    text = client.get(event.url).content.decode()
    assert 'href="https://example.com/signup"' in text
    assert "限 50 人" in text
    assert "北京时间" in text


def test_times_shown_in_shanghai(client, make_event):
    start = datetime.datetime(2030, 6, 1, 12, 0, tzinfo=datetime.UTC)  # 20:00 in Shanghai
    event = make_event(start=start)
    assert "2030年6月1日 20:00" in client.get(event.url).content.decode()


def test_index_upcoming_first_then_paginated_past(client, make_event):
    now = timezone.now()
    make_event(title="后天活动", start=now + datetime.timedelta(days=2))
    make_event(title="明天活动", start=now + datetime.timedelta(days=1))
    for n in range(22):
        make_event(title=f"往期{n:02d}", start=now - datetime.timedelta(days=n + 1))
    soup = BeautifulSoup(client.get("/events/").content, "html.parser")
    upcoming = [a.get_text() for a in soup.select("#upcoming-heading ~ ul .card__title a")]
    assert upcoming == ["明天活动", "后天活动"]
    past = [a.get_text() for a in soup.select("#past .card__title a")]
    assert past[:2] == ["往期00", "往期01"]
    assert len(past) == 20
    page2 = BeautifulSoup(client.get("/events/?page=2").content, "html.parser")
    assert [a.get_text() for a in page2.select("#past .card__title a")] == ["往期20", "往期21"]
    assert page2.select("#upcoming-heading ~ ul .card__title a"), "upcoming stay on every page"


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"hours": -1}, "end"),
        ({"format": "live_stream", "stream_url": ""}, "stream_url"),
        ({"format": "salon", "city": "", "venue": ""}, "venue"),
    ],
)
def test_event_validation(event_index, fields, field):
    start = timezone.now()
    hours = fields.pop("hours", 1)
    values = {"title": "活动", "summary": "摘要", "format": "salon", "city": "北京", "venue": "", **fields}
    event = EventPage(start=start, end=start + datetime.timedelta(hours=hours), **values)
    with pytest.raises(ValidationError) as error:
        event_index.add_child(instance=event)
    assert field in error.value.message_dict
