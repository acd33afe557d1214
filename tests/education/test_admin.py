"""Editors: the admin in Chinese, creating pages, preview of every page type, scheduled publishing."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from education.models import GuidePage, ScamCategory, StandardPage

pytestmark = pytest.mark.django_db


def test_admin_speaks_chinese(admin_client, home):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "zh-hans"
    # The sidebar menu is JSON inside a data attribute, with non-ASCII escaped.
    menu = response.content.decode()
    assert json.dumps("骗局分类")[1:-1] in menu or "骗局分类" in menu, "our snippets appear in the menu"


def test_editor_creates_a_guide_with_a_pinyin_slug(admin_client, guide_index, category):
    url = reverse("wagtailadmin_pages:add", args=("education", "guidepage", guide_index.pk))
    form = admin_client.get(url)
    assert form.status_code == 200
    assert "摘要" in form.content.decode() and "骗局分类" in form.content.decode()
    data = nested_form_data(
        {
            "title": "冒充客服诈骗",
            "slug": "",
            "summary": "接到自称客服的电话要警惕。",
            "category": category.pk,
            "tags": "客服,转账",
            "body": streamfield(
                [
                    ("heading", {"text": "识别特征", "level": "h2"}),
                    ("paragraph", rich_text("<p>挂断电话。</p>")),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, [
        e.find_parent("div", class_="w-field__wrapper")
        for e in BeautifulSoup(response.content, "html.parser").select(".error-message")
    ]
    guide = GuidePage.objects.get(title="冒充客服诈骗")
    assert guide.slug == "mao-chong-ke-fu-zha-pian"
    assert guide.live
    assert sorted(t.name for t in guide.tags.all()) == ["客服", "转账"]


def test_category_snippet_is_managed_in_the_admin(admin_client):
    listing = admin_client.get("/admin/snippets/education/scamcategory/")
    assert listing.status_code == 200
    text = listing.content.decode()
    for category in ScamCategory.objects.all():
        assert category.name in text


@pytest.mark.parametrize(
    "page_fixture",
    ["home", "guide_index", "alert_index", "event_index", "guide", "alert", "event", "standard"],
)
def test_preview_works_for_every_page_type(
    request, admin_client, page_fixture, make_guide, make_alert, make_event, home
):
    pages = {
        "guide": make_guide,
        "alert": make_alert,
        "event": make_event,
        "standard": lambda: home.add_child(instance=StandardPage(title="关于我们", slug="about")),
    }
    page = pages[page_fixture]() if page_fixture in pages else request.getfixturevalue(page_fixture)
    page = Page.objects.get(pk=page.pk).specific
    for mode, _label in page.preview_modes:
        response = page.make_preview_request(preview_mode=mode)
        assert response.status_code == 200
        assert page.title in response.content.decode()


def test_preview_of_an_unsaved_page(guide_index, category):
    draft = GuidePage(title="尚未保存的指南", summary="摘要", category=category, body=[])
    draft.set_url_path(guide_index)
    response = draft.make_preview_request()
    assert response.status_code == 200
    assert "尚未保存的指南" in response.content.decode()


def test_scheduled_publishing_and_expiry(client, make_guide):
    guide = make_guide(title="定时发布的指南")
    guide.unpublish()
    guide.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    guide.save_revision(approved_go_live_at=guide.go_live_at)
    assert client.get(guide.url).status_code == 404
    call_command("publish_scheduled")
    guide.refresh_from_db()
    assert guide.live
    assert client.get(guide.url).status_code == 200

    guide.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    guide.save()
    call_command("publish_scheduled")
    guide.refresh_from_db()
    assert not guide.live and guide.expired
    assert client.get(guide.url).status_code == 404
