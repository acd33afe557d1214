"""`manage.py load_demo_content` builds a complete, valid demo site and is safe to run twice."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import GroupApprovalTask, Locale, Page, Revision, Site, Task, Workflow, WorkflowPage

from education.demo import content as demo_content
from education.models import (
    AlertIndexPage,
    AlertPage,
    EventIndexPage,
    EventPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    ScamCategory,
    SiteSettings,
    StandardPage,
)
from tipoffs.models import TipOffFormPage

pytestmark = pytest.mark.django_db
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def english():
    return Locale.objects.get(language_code="en")


def load(**options):
    out = StringIO()
    call_command("load_demo_content", stdout=out, **options)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the demo once for this module, inside a transaction rolled back when the module ends.

    Loading takes seconds (three dozen pages, fifteen drawn images); each test still runs in its own
    nested transaction, so tests that change things do not affect each other. Images go to a
    throw-away media root.
    """
    media_root = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root), transaction.atomic():
        load()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_site):
    return HomePage.objects.get(locale__language_code="zh-hans")


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "tasks": Task.objects.count(),
        "workflows": Workflow.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
        "settings": SiteSettings.objects.values().get(),
    }


def test_home_page_replaces_the_wagtail_welcome_page(demo):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)
    assert site.root_page.specific == demo
    assert (demo.title, demo.slug, demo.live) == ("消保护航", "home", True)
    # The Chinese home page, and its English translation (issue 13).
    assert list(Page.objects.filter(depth=2)) == [demo.page_ptr, demo.get_translation(english()).page_ptr]


def test_tree_has_the_expected_pages(demo):
    children = {page.slug: page.specific for page in demo.get_children()}
    assert list(children) == [
        "guides",
        "alerts",
        "events",
        "quizzes",
        "privacy",
        "report",
        "about",
        "contact",
    ]
    assert isinstance(children["guides"], GuideIndexPage)
    assert isinstance(children["alerts"], AlertIndexPage)
    assert isinstance(children["events"], EventIndexPage)
    assert all(isinstance(children[slug], StandardPage) for slug in ("about", "privacy", "contact"))
    assert isinstance(children["report"], TipOffFormPage)
    in_menu = {slug for slug, page in children.items() if page.show_in_menus}
    assert in_menu == {"guides", "alerts", "events", "quizzes", "about"}  # 联系我们 is in the footer

    assert GuidePage.objects.child_of(children["guides"]).count() >= 8
    assert AlertPage.objects.child_of(children["alerts"]).count() == 12
    assert EventPage.objects.child_of(children["events"]).count() == 8
    assert not Page.objects.filter(live=False).exists()
    assert not Page.objects.filter(depth__gt=1, slug__regex=r"[^a-z0-9-]").exists()


def test_every_category_has_a_complete_guide(demo):
    guides = list(GuidePage.objects.filter(locale=demo.locale).select_related("category", "image"))
    assert {guide.category.slug for guide in guides} == set(
        ScamCategory.objects.values_list("slug", flat=True)
    )
    for guide in guides:
        block_types = {block.block_type for block in guide.body}
        assert {"heading", "paragraph", "warning_signs", "steps", "case_story", "image"} <= block_types
        assert {"video", "report_cta"} <= block_types
        if guide.category.sells_free_services:
            assert "official_channels" in block_types, guide.title
        assert guide.summary and guide.image and guide.last_reviewed
        assert 2 <= guide.tags.count() <= 3
        report = next(block.value for block in guide.body if block.block_type == "report_cta")
        assert report["page"].pk == demo.report_page_id
        for block in guide.body:
            if block.block_type == "image":
                assert block.value["image"] and block.value["alt_text"]
            if block.block_type == "video":
                assert block.value["url"].startswith("https://example.com/")


def test_alerts_cover_levels_and_validity(demo):
    today = timezone.localdate()
    alerts = list(AlertPage.objects.prefetch_related("categories", "tags"))
    assert {alert.level for alert in alerts} == {"notice", "warning", "urgent"}
    assert any(alert.is_expired(today) for alert in alerts)
    assert any(alert.valid_until and alert.valid_until >= today for alert in alerts)
    assert any(alert.valid_until is None for alert in alerts)
    assert len({alert.issued_on for alert in alerts}) == len(alerts)
    assert all(alert.issued_on <= today and alert.categories.all() and alert.tags.all() for alert in alerts)


def test_events_are_past_and_upcoming_online_and_offline(demo):
    now = timezone.now()
    events = EventPage.objects.all()
    assert events.past(now).exists() and events.upcoming(now).exists()
    assert events.past(now).exclude(replay_url="").exists()
    online = events.filter(format="live_stream")
    assert online.exists() and not online.filter(stream_url="").exists()
    offline = events.exclude(format="live_stream")
    assert offline.exists() and not offline.filter(city="", venue="").exists()


def test_review_workflow_is_assigned_to_guides_and_alerts(demo):
    workflow = Workflow.objects.get(name="指南与风险提示审核")
    task = GroupApprovalTask.objects.get(name="审核员审批")
    assert list(workflow.tasks.specific()) == [task]
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]
    assigned = set(WorkflowPage.objects.filter(workflow=workflow).values_list("page__slug", flat=True))
    assert assigned == {"guides", "alerts"}
    assert GuidePage.objects.first().get_workflow() == workflow
    assert AlertPage.objects.first().get_workflow() == workflow
    assert EventPage.objects.first().get_workflow() != workflow


def test_site_settings_are_filled(demo):
    site_settings = SiteSettings.load()
    assert site_settings.brand_name == "消保护航"
    assert site_settings.hotline == demo_content.HOTLINE and site_settings.hotline_hours
    kinds = {channel.value["kind"] for channel in site_settings.official_channels}
    assert kinds == {"phone", "app", "wechat", "website"}
    footer = {link.value["title"]: link.value["page"].slug for link in site_settings.footer_links}
    assert footer == {"关于我们": "about", "隐私政策": "privacy", "联系我们": "contact"}


def test_site_settings_name_a_fictitious_company_with_filing_numbers_and_a_safe_svg_logo(demo, client):
    from common.images import unsafe_svg_reason
    from education.demo.images import DEMO_LOGO_SVG

    site_settings = SiteSettings.load()
    site_settings.full_clean()  # the demo values pass the editors' validation
    assert site_settings.company_legal_name == "示例金融科技有限公司"
    assert site_settings.company_short_name == "示例金融"
    assert site_settings.icp_number == "沪ICP备00000000号-1"
    assert site_settings.public_security_number == "沪公网安备00000000000000号"
    assert site_settings.official_app_name and site_settings.wechat_official_account
    assert site_settings.logo.is_svg()
    assert unsafe_svg_reason(DEMO_LOGO_SVG.encode()) is None
    html = client.get("/").content.decode()
    assert "© " in html and "示例金融科技有限公司" in html and "沪ICP备00000000号-1" in html
    about = client.get(StandardPage.objects.get(slug="about").url).content.decode()
    assert "本公司" not in about and "示例金融科技有限公司" in about


def test_every_demo_page_renders(demo, client):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_running_twice_changes_nothing(demo):
    before = snapshot()
    assert load() == "演示内容已存在，没有任何改动。\n"
    assert snapshot() == before


def test_editors_settings_are_kept(demo):
    site_settings = SiteSettings.load()
    site_settings.hotline = "400-111-2222"
    site_settings.save()
    load()
    assert SiteSettings.load().hotline == "400-111-2222"


def test_report_form_is_the_report_target_and_links_the_privacy_policy(demo, client):
    form_page = TipOffFormPage.objects.get(locale=demo.locale)
    assert demo.report_page.specific == form_page
    assert form_page.privacy_page.slug == "privacy"
    response = client.get(demo.url)
    assert f'href="{form_page.url}"' in response.content.decode()


def test_english_tree_has_home_guides_and_report_form(demo, client):
    """Issue 13: the pages a foreign resident needs first, in English, linked to each other."""
    home = demo.get_translation(english()).specific
    assert home.live and home.url == "/en/"
    guides = GuidePage.objects.live().filter(locale=home.locale)
    assert guides.count() >= 5
    assert all(guide.get_parent().get_parent().pk == home.pk for guide in guides)
    report = TipOffFormPage.objects.get(locale=home.locale)
    assert report.live and report.url == "/en/report/"
    assert home.urgent_guide.locale_id == home.locale_id
    for guide in guides.specific():
        assert not CHINESE.search(guide.title + guide.summary), guide.title
        cta = next(block.value for block in guide.body if block.block_type == "report_cta")
        assert cta["page"].pk == report.pk
        assert client.get(guide.url).status_code == 200
    assert "Spot scams" in client.get("/en/").content.decode()
