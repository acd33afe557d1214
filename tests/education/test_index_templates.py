"""The shared index header and card list: every index page and the home page use the same markup."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("fixture", "url", "subscriptions"),
    [
        ("guide_index", "/guides/", {}),
        ("alert_index", "/alerts/", {"RSS": "/alerts/feed/rss/", "Atom": "/alerts/feed/atom/"}),
        ("event_index", "/events/", {"活动日历（.ics）": "/events/calendar/"}),
    ],
)
def test_index_header(request, client, fixture, url, subscriptions):
    index = request.getfixturevalue(fixture)
    index.introduction = "<p>导语<b>加粗</b></p>"
    index.save()
    header = soup_of(client, url).select_one("main .page-header")
    assert header.h1.get_text() == index.title
    assert header.select_one(".lead b").get_text() == "加粗"
    links = {a.get_text(): a["href"] for a in header.select(".feed-links a")}
    assert links == subscriptions


def test_header_without_introduction_has_no_empty_lead(client, guide_index):
    assert soup_of(client, "/guides/").select_one("main .page-header .lead") is None


def test_cards_on_home_and_indexes(client, home, make_guide, make_alert, make_event):
    guide, alert, event = make_guide(), make_alert(), make_event()
    home_soup = soup_of(client, "/")
    for url, item, card_class, grid in [
        ("/guides/", guide, "card--guide", True),
        ("/alerts/", alert, "card--alert", False),
        ("/events/", event, "card--event", False),
    ]:
        for soup in (soup_of(client, url), home_soup):
            card = soup.select_one(f".card-list > li > .{card_class}")
            assert card.select_one("h3.card__title a")["href"] == item.url
            card_list = card.find_parent("ul")
            assert ("card-list--grid" in card_list["class"]) is grid


def test_filtered_empty_state_links_back_to_everything(client, guide_index, make_alert):
    make_alert()
    empty = soup_of(client, "/alerts/?category=qita").select_one(".empty-state")
    assert "这个分类或标签下暂时没有风险提示。" in empty.get_text()
    assert empty.a["href"] == "/alerts/" and empty.a.get_text() == "查看全部风险提示"
    unfiltered = soup_of(client, "/guides/").select_one(".empty-state")
    assert unfiltered.get_text() == "指南正在编写中，请稍后再来。"
    assert unfiltered.a is None


def test_empty_home_sections_say_so(client, home):
    texts = [p.get_text() for p in soup_of(client, "/").select(".empty-state")]
    assert texts == ["暂时没有风险提示。", "指南正在编写中。", "近期没有安排活动，欢迎关注后续通知。"]
