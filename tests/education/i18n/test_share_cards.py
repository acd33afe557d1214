"""A share card speaks its page's language, whoever has it drawn: the editor publishing in the Chinese
admin and an English reader's first request describe the same card (one file, one og:image URL)."""

import datetime

import pytest
from django.utils import timezone
from django.utils.translation import override

from education.sharecards.storage import current_content

pytestmark = pytest.mark.django_db


def category_name(alert):
    return alert.categories.get().name


@pytest.fixture
def english_alert(alert_index, english_home, translate, make_alert, category):
    category.name_en = "Fake customer service"
    category.save()
    alert = make_alert(title="冒充客服来电增多", issued_on=datetime.date(2026, 3, 1))
    translate(alert_index, title="Risk alerts")
    return alert, translate(alert, title="More fake customer-service calls")


def test_an_english_alert_card_is_in_english_from_the_admin_and_from_a_reader(english_alert):
    chinese, english = english_alert
    with override("zh-hans"):  # an editor publishing
        from_admin = current_content(english)
    with override("en"):  # a reader on /en/
        from_reader = current_content(english)
        chinese_card = current_content(chinese)
    assert from_admin == from_reader
    assert from_reader.digest() == from_admin.digest()
    assert (from_reader.kind_label, from_reader.detail) == ("Risk alert", "Published 1 March 2026")
    assert from_reader.categories == ("Fake customer service",)
    # The Chinese page keeps its Chinese card, whatever language the request is in.
    assert (chinese_card.kind_label, chinese_card.detail) == ("风险提示", "发布于 2026年3月1日")
    assert chinese_card.categories == (category_name(chinese),)


def test_an_english_event_card_writes_the_date_the_english_way(
    event_index, english_home, translate, make_event
):
    start = timezone.make_aware(datetime.datetime(2026, 12, 20, 19, 30))
    event = make_event(start=start, format="live_stream", city="", stream_url="https://live.example.com/1")
    translate(event_index, title="Events")
    english = translate(event, title="Live: how fake customer service works")
    with override("zh-hans"):
        assert current_content(english).detail == "20 December 2026, 19:30 · Live stream"
        assert current_content(event).detail == "2026年12月20日 19:30 · 线上直播"


def test_the_english_page_links_the_card_it_gets(client, english_alert):
    _chinese, english = english_alert
    html = client.get(english.url).content.decode()
    assert f"share-card/?v={current_content(english).digest()}" in html


def test_an_english_guide_card_names_its_category_in_english(english_guides, translate, make_guide, category):
    category.name_en = "Fake customer service"
    category.save()
    english = translate(make_guide(category=category), title="Spot a fake customer-service call")
    with override("zh-hans"):
        card = current_content(english)
    assert (card.kind_label, card.categories) == ("Anti-fraud guide", ("Fake customer service",))
