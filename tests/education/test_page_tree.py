"""Editors can only build a sensible tree, and slugs stay short ASCII."""

import pytest
from wagtail.models import Page

from education.models import (
    AlertIndexPage,
    AlertPage,
    EventIndexPage,
    EventPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    StandardPage,
)

pytestmark = pytest.mark.django_db


def allowed_children(model):
    return set(model.allowed_subpage_models())


def test_home_page_is_only_created_at_the_root():
    assert HomePage.clean_parent_page_models() == [Page]


@pytest.mark.parametrize(
    "index, child",
    [(GuideIndexPage, GuidePage), (AlertIndexPage, AlertPage), (EventIndexPage, EventPage)],
)
def test_index_pages_hold_only_their_own_detail_pages(index, child):
    assert allowed_children(index) == {child}
    assert child.clean_parent_page_models() == [index]
    assert allowed_children(child) == set()


def test_home_page_children():
    children = allowed_children(HomePage)
    assert {GuideIndexPage, AlertIndexPage, EventIndexPage, StandardPage} <= children
    assert not {GuidePage, AlertPage, EventPage, HomePage} & children


def test_standard_pages_nest_only_standard_pages():
    assert allowed_children(StandardPage) == {StandardPage}


def test_only_one_of_each_index(home, guide_index, alert_index, event_index):
    for model in (GuideIndexPage, AlertIndexPage, EventIndexPage):
        assert not model.can_create_at(home)
    assert StandardPage.can_create_at(home)
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_chinese_title_gets_a_pinyin_slug(guide_index, category):
    guide = guide_index.add_child(
        instance=GuidePage(title="警惕代理维权骗局", summary="摘要", category=None, body=[])
    )
    assert guide.slug == "jing-ti-dai-li-wei-quan-pian-ju"
    twin = guide_index.add_child(instance=GuidePage(title="警惕代理维权骗局", summary="摘要", body=[]))
    assert twin.slug == "jing-ti-dai-li-wei-quan-pian-ju-2"
    assert guide.url.isascii()


def test_long_titles_give_short_slugs(home):
    page = home.add_child(
        instance=StandardPage(title="征信修复都是骗局没有任何机构能够花钱删除逾期记录请您千万不要相信")
    )
    assert len(page.slug) <= 50
    assert page.slug.isascii()
    assert not page.slug.endswith("-")


def test_editor_slug_is_kept(home):
    page = home.add_child(instance=StandardPage(title="关于我们", slug="about"))
    assert page.slug == "about"
