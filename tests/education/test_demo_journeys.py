"""What a reader finds on the demo site itself: the journeys the issues describe, on the real content."""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from education.models import GuidePage, HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo, loaded once for the module and rolled back at its end (as in test_demo_content)."""
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")),
        transaction.atomic(),
    ):
        call_command("load_demo_content", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def after_transfer_guide(demo_site):
    return GuidePage.objects.get(slug="zhuanzhang-hou", locale__language_code="zh-hans")


def search_titles(client, query):
    soup = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser")
    return [a.get_text() for a in soup.select(".search-results h2 a")]


def test_after_transfer_guide_is_filed_under_the_help_topic(after_transfer_guide):
    assert after_transfer_guide.category.name == "被骗后自救"


def test_home_page_urgent_block_links_the_after_transfer_guide(client, after_transfer_guide):
    assert HomePage.objects.get(locale__language_code="zh-hans").urgent_guide == after_transfer_guide
    block = BeautifulSoup(client.get("/").content, "html.parser").select_one("section.urgent")
    assert block.select_one(".urgent__more a")["href"] == after_transfer_guide.url


@pytest.mark.parametrize("query", ["被骗了怎么办", "我被骗了", "刚被骗", "已经转账了怎么办"])
def test_someone_just_cheated_finds_the_guide_first(client, after_transfer_guide, query):
    assert search_titles(client, query)[:1] == [after_transfer_guide.title]


def test_snippets_quote_the_page_not_the_heading_blocks_labels(client, demo_site):
    for query in ["被骗了怎么办", "征信修复", "冒充客服"]:
        soup = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser")
        snippets = [p.get_text() for p in soup.select(".search-results__snippet")]
        assert snippets, query
        assert not [s for s in snippets if "二级标题" in s or "三级标题" in s], query
    assert search_titles(client, "二级标题") == []


def test_ended_events_come_after_the_guides_and_alerts_on_the_same_words(client, demo_site):
    titles = search_titles(client, "征信修复")
    assert titles.index("直播：征信修复的真相") > titles.index("不良征信花钱就能“洗白”？都是骗局")
    assert titles.index("直播：征信修复的真相") > titles.index("“征信修复”广告在短视频平台高发")
