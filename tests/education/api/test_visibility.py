"""The content API returns only live, public guides, alerts and events: never a draft, a page with a view
restriction on itself or an ancestor, a draft's unpublished changes, or anything from tipoffs."""

import pytest
from wagtail.models import PageViewRestriction

from education.models import GuidePage, StandardPage
from tests.factories import make_user

pytestmark = pytest.mark.django_db

LISTINGS = ["/api/v2/guides/", "/api/v2/alerts/", "/api/v2/events/", "/api/v2/pages/"]


def titles(api, path):
    status, data = api(path + "?limit=50")
    assert status == 200, data
    return {item["title"] for item in data["items"]}


@pytest.fixture
def content(make_guide, make_alert, make_event, guide_index, alert_index, home, form_page):
    public = make_guide(title="公开指南")
    alert = make_alert(title="公开提示")
    event = make_event(title="公开活动")

    draft = guide_index.add_child(
        instance=GuidePage(title="草稿指南", slug="draft", summary="还没发布", body=[], live=False)
    )
    draft.save_revision()

    private = make_guide(title="密码指南")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    members = make_guide(title="登录可见指南")
    PageViewRestriction.objects.create(page=members, restriction_type="login")

    # A restricted section: everything below it is restricted too.
    section = home.add_child(instance=StandardPage(title="内部专区", slug="internal"))
    section.save_revision().publish()
    PageViewRestriction.objects.create(page=section, restriction_type="login")

    unpublished = make_alert(title="已撤下提示")
    unpublished.unpublish()

    # A live page's draft changes are not published yet.
    public.title = "草稿里的新标题"
    public.save_revision()
    return {
        "public": public,
        "alert": alert,
        "event": event,
        "hidden": [draft, private, members, unpublished],
    }


def test_lists_show_only_live_public_content(api, content):
    assert titles(api, "/api/v2/guides/") == {"公开指南"}
    assert titles(api, "/api/v2/alerts/") == {"公开提示"}
    assert titles(api, "/api/v2/events/") == {"公开活动"}
    assert titles(api, "/api/v2/pages/") == {"公开指南", "公开提示", "公开活动"}


def test_hidden_pages_have_no_detail_either(api, content):
    for page in content["hidden"]:
        for endpoint in ("guides", "alerts", "pages"):
            status, _data = api(f"/api/v2/{endpoint}/{page.pk}/")
            assert status == 404, (page.title, endpoint)


def test_a_restricted_ancestor_hides_its_whole_section(api, content, alert_index):
    PageViewRestriction.objects.create(page=alert_index, restriction_type="login")
    assert titles(api, "/api/v2/alerts/") == set()
    assert titles(api, "/api/v2/pages/") == {"公开指南", "公开活动"}
    assert api(f"/api/v2/alerts/{content['alert'].pk}/")[0] == 404


def test_a_signed_in_editor_gets_exactly_what_anybody_gets(client, api, content):
    anonymous = {path: titles(api, path) for path in LISTINGS}
    client.force_login(make_user("superuser", "editor"))
    assert {path: titles(api, path) for path in LISTINGS} == anonymous


def test_tipoff_pages_never_appear(api, content, form_page):
    for path in LISTINGS:
        assert "举报线索" not in titles(api, path)
    assert api(f"/api/v2/pages/{form_page.pk}/")[0] == 404
    status, data = api("/api/v2/pages/?type=tipoffs.TipOffFormPage")
    assert status == 400 and "type must be" in data["message"]
    status, data = api("/api/v2/pages/find/?html_path=/report/")
    assert status in (400, 404)


def test_unpublished_changes_are_not_served(api, content):
    status, data = api(f"/api/v2/guides/{content['public'].pk}/")
    assert status == 200
    assert data["title"] == "公开指南"
