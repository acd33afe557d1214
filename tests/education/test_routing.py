"""education.routing answers every URL exactly as Wagtail's own Page.route does, in fewer queries."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from education.models import StandardPage
from tests.conftest import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home, form_page, make_guide, make_alert, make_event):
    about = publish(home.add_child(instance=StandardPage(title="关于我们", slug="about")))
    team = publish(about.add_child(instance=StandardPage(title="团队", slug="team")))
    draft_parent = publish(home.add_child(instance=StandardPage(title="草稿栏目", slug="drafts")))
    live_child = publish(draft_parent.add_child(instance=StandardPage(title="已发布子页", slug="child")))
    draft_parent.unpublish()
    draft = make_guide(slug="draft-guide")
    draft.unpublish()
    private = make_guide(slug="private-guide")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    return {
        "guide": make_guide(slug="a-guide"),
        "alert": make_alert(slug="an-alert"),
        "event": make_event(slug="an-event"),
        "team": team,
        "live_child": live_child,
    }


PATHS = [
    "",
    "guides",
    "guides/a-guide",
    "guides/draft-guide",
    "guides/private-guide",
    "guides/no-such-guide",
    "guides/a-guide/extra",
    "alerts",
    "alerts/an-alert",
    "alerts/feed/rss",
    "alerts/feed/atom",
    "alerts/feed/nothing",
    "events",
    "events/calendar",
    "events/an-event",
    "events/an-event/ics",
    "events/an-event/nothing",
    "about",
    "about/team",
    "drafts",
    "drafts/child",  # an unpublished section's live page is served, as Wagtail does
    "report",
    "report/status",
    "report/check",
    "report/thanks",
    "nothing",
    "nothing/at/all",
]


def outcome(route, request, path):
    try:
        page, args, kwargs = route(request, [part for part in path.split("/") if part])
    except Http404:
        return "404"
    view = args[0].__name__ if args else None
    return page.pk, type(page).__name__, view, list(args[1:]), kwargs


@pytest.mark.parametrize("path", PATHS)
def test_same_answer_as_wagtail(rf, tree, home, path):
    request = rf.get("/" + path)
    ours = outcome(home.specific.route, request, path)
    wagtails = outcome(lambda request, parts: Page.route(home.specific, request, parts), request, path)
    assert ours == wagtails


def test_a_guide_is_found_in_three_queries(rf, tree, home):
    """Wagtail's route spends four (a child and its specific page per level), then the template
    two more for the category and the tags."""
    home = home.specific
    with CaptureQueriesContext(connection) as queries:
        page, _args, _kwargs = home.route(rf.get("/"), ["guides", "a-guide"])
    assert page == tree["guide"]
    assert len(queries) == 3  # the pages on the path; the guide with category and image; its tags
    with CaptureQueriesContext(connection) as queries:
        assert page.category.name and page.get_parent().slug == "guides" and list(page.tags.all()) == []
    assert len(queries) == 0


def test_pages_on_the_path_become_the_breadcrumbs(client, tree):
    response = client.get(tree["team"].url)
    assert response.status_code == 200
    assert response.context["page"]._route_ancestors[-1].slug == "about"
    breadcrumbs = [
        a.get_text() for a in BeautifulSoup(response.content, "html.parser").select(".breadcrumbs a")
    ]
    assert breadcrumbs == ["首页", "关于我们"]


def test_private_pages_still_ask_for_the_password(client, tree):
    response = client.get("/guides/private-guide/")
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_a_site_moved_to_another_root_is_served_from_it_at_once(client, tree, home):
    """The page view finds the site of each host in the site cache: changing the site shows at once."""
    from wagtail.models import Site

    assert "关于我们" not in BeautifulSoup(client.get("/").content, "html.parser").title.get_text()
    site = Site.objects.get(is_default_site=True)
    site.root_page = Page.objects.get(slug="about")
    site.save()
    assert BeautifulSoup(client.get("/").content, "html.parser").title.get_text().startswith("关于我们")
    assert client.get("/team/").status_code == 200
