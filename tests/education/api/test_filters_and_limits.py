"""Filters of the content API, its limits, and 400s that say what was wrong."""

import datetime

import pytest
from django.utils import timezone

from education.models import ScamCategory

pytestmark = pytest.mark.django_db


def titles(api, path):
    status, data = api(path)
    assert status == 200, data
    return [item["title"] for item in data["items"]]


def test_guides_by_category_and_tag(api, make_guide, category):
    other = ScamCategory.objects.get(slug="zhengxin-xiufu")
    make_guide(title="冒充客服指南", tags=["电话"])
    make_guide(title="征信修复指南", category=other, body=[("official_channels", {})], tags=["电话", "征信"])
    assert titles(api, f"/api/v2/guides/?category={category.slug}") == ["冒充客服指南"]
    assert titles(api, "/api/v2/guides/?tag=征信") == ["征信修复指南"]
    assert set(titles(api, "/api/v2/guides/?tag=电话")) == {"冒充客服指南", "征信修复指南"}
    assert titles(api, "/api/v2/guides/?tag=没有这个标签") == []


def test_alerts_by_level_category_and_tag(api, make_alert, category):
    other = ScamCategory.objects.get(slug="daili-weiquan")
    make_alert(title="紧急提示", level="urgent", tags=["短信"])
    make_alert(title="一般提示", level="notice", categories=[other])
    assert titles(api, "/api/v2/alerts/?level=urgent") == ["紧急提示"]
    assert set(titles(api, "/api/v2/alerts/?level=urgent,notice")) == {"紧急提示", "一般提示"}
    assert titles(api, f"/api/v2/alerts/?category={other.slug}") == ["一般提示"]
    assert titles(api, "/api/v2/alerts/?tag=短信") == ["紧急提示"]


def test_upcoming_events_soonest_first_and_past_latest_first(api, make_event):
    now = timezone.now()
    make_event(title="下周", start=now + datetime.timedelta(days=7))
    make_event(title="明天", start=now + datetime.timedelta(days=1))
    make_event(title="进行中", start=now - datetime.timedelta(hours=1), hours=3)
    make_event(title="上月", start=now - datetime.timedelta(days=30))
    assert titles(api, "/api/v2/events/?upcoming=true") == ["进行中", "明天", "下周"]
    assert titles(api, "/api/v2/events/?upcoming=false") == ["上月"]
    status, data = api("/api/v2/events/?upcoming=true&limit=1")
    assert data["items"][0]["state"] == "live"


def test_pages_by_type_and_category(api, make_guide, make_alert, make_event, category):
    make_guide(title="指南")
    make_alert(title="提示")
    make_event(title="活动")
    assert set(titles(api, "/api/v2/pages/")) == {"指南", "提示", "活动"}
    assert set(titles(api, "/api/v2/pages/?type=guide,alert")) == {"指南", "提示"}
    assert titles(api, "/api/v2/pages/?type=event") == ["活动"]
    assert set(titles(api, f"/api/v2/pages/?category={category.slug}")) == {"指南", "提示"}
    # One type: that type's own fields, as its endpoint gives them.
    status, data = api("/api/v2/pages/?type=alert")
    assert data["items"][0]["level_label"] == "提示"
    assert data["items"][0]["meta"]["detail_url"].endswith(f"/api/v2/alerts/{data['items'][0]['id']}/")


def test_updated_since_gives_what_changed_oldest_first(api, make_guide, time_machine):
    time_machine.move_to(datetime.datetime(2026, 12, 1, 9, tzinfo=datetime.UTC), tick=False)
    old = make_guide(title="旧指南")
    time_machine.move_to(datetime.datetime(2026, 12, 3, 9, tzinfo=datetime.UTC), tick=False)
    make_guide(title="新指南")
    time_machine.move_to(datetime.datetime(2026, 12, 4, 9, tzinfo=datetime.UTC), tick=False)
    old.title = "旧指南（修订）"
    old.save_revision().publish()

    assert titles(api, "/api/v2/guides/?updated_since=2026-12-02T00:00:00%2B00:00") == [
        "新指南",
        "旧指南（修订）",
    ]
    assert titles(api, "/api/v2/guides/?updated_since=2026-12-04T08:00:00Z") == ["旧指南（修订）"]
    # A date alone is midnight in Beijing time.
    assert titles(api, "/api/v2/guides/?updated_since=2026-12-05") == []
    assert titles(api, "/api/v2/pages/?updated_since=2026-12-04") == ["旧指南（修订）"]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/api/v2/alerts/?level=red", "level must be"),
        ("/api/v2/events/?upcoming=soon", "upcoming must be true or false"),
        ("/api/v2/guides/?updated_since=last-week", "updated_since must be an ISO 8601"),
        ("/api/v2/guides/?updated_since=2026-13-45", "updated_since must be an ISO 8601"),
        ("/api/v2/guides/?category=no-such-thing", "unknown category 'no-such-thing'"),
        ("/api/v2/pages/?type=page", "type must be one or more of guide, alert, event"),
        ("/api/v2/guides/?level=urgent", "unknown query parameter: level"),
        ("/api/v2/events/?category=daili-weiquan", "unknown query parameter: category"),
        ("/api/v2/guides/?search=客服", "unknown query parameter: search"),
        ("/api/v2/guides/?order=title", "unknown query parameter: order"),
        ("/api/v2/guides/?limit=51", "limit cannot be higher than 50"),
        ("/api/v2/guides/?limit=-1", "limit must be a positive integer"),
        ("/api/v2/guides/?limit=ten", "limit must be a positive integer"),
        ("/api/v2/guides/?offset=-5", "offset must be a positive integer"),
        ("/api/v2/guides/?fields=body", "unknown fields: body"),
        ("/api/v2/guides/?fields=password", "unknown fields: password"),
        ("/api/v2/images/?limit=100", "limit cannot be higher than 50"),
        ("/api/v2/categories/?is_scam_type=yes", "unknown query parameter: is_scam_type"),
    ],
)
def test_bad_parameters_are_400_saying_why(api, make_guide, path, message):
    guide = make_guide()
    status, data = api(path)
    assert status == 400
    assert message in data["message"]
    assert api(f"/api/v2/guides/{guide.pk}/?updated_since=nonsense")[0] == 400


def test_limit_and_offset_page_through(api, make_guide):
    for n in range(5):
        make_guide(title=f"指南{n}")
    status, data = api("/api/v2/guides/?limit=2&offset=2")
    assert data["meta"]["total_count"] == 5
    assert [item["title"] for item in data["items"]] == ["指南2", "指南1"]
    assert len(api("/api/v2/guides/?limit=50")[1]["items"]) == 5
    assert len(api("/api/v2/guides/")[1]["items"]) == 5  # default 20


def test_detail_gives_the_body_and_listing_does_not(api, make_guide):
    guide = make_guide(title="有正文的指南")
    listing = api("/api/v2/guides/")[1]["items"][0]
    assert "body" not in listing
    status, detail = api(f"/api/v2/guides/{guide.pk}/")
    assert status == 200
    assert [block["type"] for block in detail["body"]] == ["heading", "paragraph", "warning_signs"]
    assert detail["share_card"].startswith(guide.full_url + "share-card/?v=")
    assert detail["print_url"] == guide.full_url + "print/"
    assert detail["category"] == {
        "id": guide.category.pk,
        "name": guide.category.name,
        "slug": guide.category.slug,
    }
