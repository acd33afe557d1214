"""Shared fixtures: a minimal page tree, factories for the page types, the team's mail settings."""

import datetime
import itertools

import pytest
from django.utils import timezone
from wagtail.models import Page, Site

from education.models import (
    AlertIndexPage,
    AlertPage,
    EventIndexPage,
    EventPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    ScamCategory,
)
from tipoffs.models import TipOffFormPage

pytest_plugins = ["tests.page_cache_support", "tests.i18n_support"]
_counter = itertools.count(1)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: a rolled-back test sends no signal to drop what it cached."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def isolated_media(settings, tmp_path):
    """Uploads and renditions made by a test go to its own folder, never the project's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private_media"


@pytest.fixture
def frozen_clock(time_machine):
    """Frozen time: ``clock = frozen_clock(start)`` stops the clock at ``start``; ``clock(days, **delta)``
    moves it to ``start`` plus that, and returns the moment."""

    def start_at(start):
        def move(days=0, **delta):
            moment = start + datetime.timedelta(days=days, **delta)
            time_machine.move_to(moment, tick=False)
            return moment

        move()
        return move

    return start_at


@pytest.fixture
def root():
    return Page.get_first_root_node()


@pytest.fixture
def home(root):
    """Our HomePage as the default site's root, in place of Wagtail's welcome page."""
    home = root.add_child(instance=HomePage(title="消保护航", slug="home-test"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


@pytest.fixture
def guide_index(home):
    return home.add_child(instance=GuideIndexPage(title="防骗指南", slug="guides", show_in_menus=True))


@pytest.fixture
def alert_index(home):
    return home.add_child(instance=AlertIndexPage(title="风险提示", slug="alerts", show_in_menus=True))


@pytest.fixture
def event_index(home):
    return home.add_child(instance=EventIndexPage(title="宣教活动", slug="events", show_in_menus=True))


@pytest.fixture
def category():
    return ScamCategory.objects.get(slug="maochong-kefu")


@pytest.fixture
def paid_agent_category():
    return ScamCategory.objects.get(slug="daili-weiquan")


@pytest.fixture
def make_guide(guide_index, category):
    def make(parent=None, tags=(), **fields):
        n = next(_counter)
        fields.setdefault("title", f"防骗指南 {n}")
        fields.setdefault("slug", f"guide-{n}")
        fields.setdefault("summary", "冒充客服说您的账户异常？挂断电话，用官方渠道核实。")
        fields.setdefault("category", category)
        fields.setdefault(
            "body",
            [
                ("heading", {"text": "识别骗局", "level": "h2"}),
                ("paragraph", "<p>正规客服不会让您向“安全账户”转账。</p>"),
                ("warning_signs", {"title": "识别特征", "signs": ["要求共享屏幕", "催促转账"]}),
            ],
        )
        guide = (parent or guide_index).add_child(instance=GuidePage(**fields))
        for tag in tags:
            guide.tags.add(tag)
        return publish(guide)

    return make


@pytest.fixture
def make_alert(alert_index, category):
    def make(categories=(), tags=(), **fields):
        n = next(_counter)
        fields.setdefault("title", f"风险提示 {n}")
        fields.setdefault("slug", f"alert-{n}")
        fields.setdefault("summary", "近期有人冒充客服以“注销校园贷”为由诱导转账。")
        fields.setdefault("issued_on", timezone.localdate() - datetime.timedelta(days=n))
        alert = alert_index.add_child(instance=AlertPage(**fields))
        alert.categories.set(categories or [category])
        for tag in tags:
            alert.tags.add(tag)
        return publish(alert)

    return make


@pytest.fixture
def make_event(event_index):
    def make(start=None, hours=2, **fields):
        n = next(_counter)
        start = start or timezone.now() + datetime.timedelta(days=n)
        fields.setdefault("title", f"宣教活动 {n}")
        fields.setdefault("slug", f"event-{n}")
        fields.setdefault("summary", "一起学习识别代理维权骗局。")
        fields.setdefault("format", "salon")
        fields.setdefault("city", "上海")
        fields.setdefault("venue", "某某社区服务中心")
        event = event_index.add_child(
            instance=EventPage(start=start, end=start + datetime.timedelta(hours=hours), **fields)
        )
        return publish(event)

    return make


@pytest.fixture
def form_page(home):
    """A published 举报线索 form at /report/."""
    page = home.add_child(
        instance=TipOffFormPage(
            title="举报线索", slug="report", privacy_notice="<p>信息仅用于核查，保存不超过 3 年。</p>"
        )
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def team_mail(settings):
    """Notifications to the team go to Django's outbox, with tasks run at once."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.WAGTAILADMIN_BASE_URL = "https://xbhh.example.com"
    return settings
