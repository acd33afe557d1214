"""Builds the demo site of 消保护航 from ``content`` (texts) and ``images`` (drawn illustrations).

Re-running is safe and changes nothing: a page is looked up by its slug under its parent and
skipped if it exists (no new revision), images by title, settings fields are only filled while
blank. Editors' later changes to demo pages therefore survive a re-run.
"""

import datetime
from collections import Counter

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import GroupApprovalTask, Locale, Page, Site, Workflow, WorkflowPage, WorkflowTask

from education.blocks import ReportCallToActionBlock
from education.models import (
    AlertIndexPage,
    AlertPage,
    EventIndexPage,
    EventPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    QuizIndexPage,
    QuizPage,
    ScamCategory,
    SiteSettings,
    StandardPage,
)
from education.signals import demo_home_ready

from . import content, english
from .images import get_or_create_image, get_or_create_logo

INDEX_PAGE_MODELS = {
    "guides": GuideIndexPage,
    "alerts": AlertIndexPage,
    "events": EventIndexPage,
    "quizzes": QuizIndexPage,
}
# Keys of the demo records that are not model fields: the loader converts them (see *_fields below).
LOADER_KEYS = {
    "body",
    "category",
    "categories",
    "tags",
    "image",
    "day",
    "start",
    "minutes",
    "published_days_ago",
    "reviewed_days_ago",
    "issued_days_ago",
    "valid_until_days",
    "questions",
    "related_guide",
}


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def local_datetime(days, clock):
    """``clock`` ("HH:MM") on the day ``days`` from today, aware, in the site's zone (Asia/Shanghai)."""
    return timezone.make_aware(
        datetime.datetime.combine(days_from_today(days), datetime.time.fromisoformat(clock))
    )


def model_fields(data):
    """The entries of a demo record that map straight onto model fields."""
    return {key: value for key, value in data.items() if key not in LOADER_KEYS}


class DemoLoader:
    """Builds the demo site step by step and counts what it created."""

    def __init__(self):
        self.created = Counter()
        self.images = {}
        self.categories = {}
        self.report_page = None

    def run(self):
        self.images = self.load_images()
        self.categories = ScamCategory.objects.in_bulk(field_name="slug")
        home = self.ensure_home()
        self.ensure_default_site(home)
        indexes = {
            key: self.ensure_page(home, INDEX_PAGE_MODELS[key], data)
            for key, data in content.INDEX_PAGES.items()
        }
        standard_pages = {data["slug"]: data for data in content.STANDARD_PAGES}
        # The privacy policy comes first: the report form, added next, links to it.
        self.ensure_page(home, StandardPage, standard_pages.pop("privacy"))
        self.report_page = self.add_pages_of_other_apps(home)
        for data in standard_pages.values():
            self.ensure_page(home, StandardPage, data)
        for data in content.GUIDES:
            self.ensure_page(indexes["guides"], GuidePage, data, self.guide_fields)
        for data in content.ALERTS:
            self.ensure_page(indexes["alerts"], AlertPage, data, self.alert_fields)
        for data in content.EVENTS:
            self.ensure_page(indexes["events"], EventPage, data, self.event_fields)
        guides = {page.slug: page for page in GuidePage.objects.child_of(indexes["guides"])}
        for data in content.QUIZZES:
            self.ensure_page(indexes["quizzes"], QuizPage, data, lambda data: self.quiz_fields(data, guides))
        self.ensure_urgent_guide(home, indexes["guides"])
        self.ensure_site_settings(home)
        self.ensure_workflow([indexes["guides"], indexes["alerts"]])
        self.ensure_english(home, indexes["guides"])
        return self.created

    def add_pages_of_other_apps(self, home):
        """Let other apps add their pages (the tip-off form) without education importing them.

        Returns where report buttons lead: the page a receiver set as the home page's report page,
        else the home page itself.
        """
        for _receiver, created in demo_home_ready.send(sender=type(self), home=home):
            self.created.update(created or {})
        home.refresh_from_db()
        return home.report_page or home

    # Images -------------------------------------------------------------------------------------

    def load_images(self):
        """Draw (or find) every illustration up front: guides and image blocks refer to them by key."""
        images = {}
        for key, spec in content.IMAGES.items():
            images[key], created = get_or_create_image(key, **spec)
            self.created["图片"] += created
        return images

    # Home page and site -------------------------------------------------------------------------

    def ensure_home(self):
        """Return our HomePage, first replacing Wagtail's "Welcome to your new Wagtail site!" page.

        The welcome page holds the slug "home" and is the default Site's root; deleting it would
        cascade to the Site, so the Site is parked on the tree root until the HomePage exists.
        """
        home = HomePage.objects.order_by("path").first()
        if home:
            return home
        root = Page.get_first_root_node()
        welcome_pages = list(root.get_children().filter(content_type=ContentType.objects.get_for_model(Page)))
        for site in Site.objects.filter(root_page__in=welcome_pages):
            site.root_page = root
            site.save()
        for page in welcome_pages:
            page.delete()
        return self.publish_new(root, HomePage(**content.HOME))

    def ensure_default_site(self, home):
        """Serve the home page on the default site; a site an admin has already named keeps its name."""
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        if site.root_page_id != home.pk or not site.site_name:
            site.root_page = home
            site.site_name = site.site_name or content.HOME["title"]
            site.save()

    # Pages --------------------------------------------------------------------------------------

    def ensure_page(self, parent, model, data, extra_fields=None):
        """Return the child of ``parent`` with the record's slug, creating and publishing it if missing.

        An existing page is returned untouched, so a re-run creates no revisions.
        """
        existing = parent.get_children().filter(slug=data["slug"]).first()
        if existing:
            return existing.specific
        fields = model_fields(data)
        if "body" in data:
            fields["body"] = self.build_stream(model, "body", data["body"])
        if extra_fields:
            fields.update(extra_fields(data))
        page = model(**fields)
        for tag in data.get("tags", ()):
            page.tags.add(tag)
        return self.publish_new(parent, page)

    def publish_new(self, parent, page):
        # add_child() and save_revision() both run full_clean(), so model rules such as "guides in a
        # paid-agent category need an official-channels block" are enforced on demo data too.
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created[str(page._meta.verbose_name)] += 1
        return page

    def guide_fields(self, data):
        return {
            "category": self.category(data["category"]),
            "image": self.images[data["image"]],
            "last_reviewed": days_from_today(-data["reviewed_days_ago"]),
            "first_published_at": local_datetime(-data["published_days_ago"], "10:00"),
        }

    def alert_fields(self, data):
        valid_until = data["valid_until_days"]
        return {
            "categories": [self.category(slug) for slug in data["categories"]],
            "issued_on": days_from_today(-data["issued_days_ago"]),
            "valid_until": None if valid_until is None else days_from_today(valid_until),
            "first_published_at": local_datetime(-data["issued_days_ago"], "09:00"),
        }

    def event_fields(self, data):
        start = local_datetime(data["day"], data["start"])
        return {"start": start, "end": start + datetime.timedelta(minutes=data["minutes"])}

    def quiz_fields(self, data, guides):
        return {
            "category": self.category(data["category"]),
            "related_guide": guides.get(data["related_guide"]),
            "questions": self.build_stream(
                QuizPage, "questions", [("question", value) for value in data["questions"]]
            ),
            "first_published_at": local_datetime(-data["published_days_ago"], "11:00"),
        }

    def category(self, slug):
        try:
            return self.categories[slug]
        except KeyError:
            raise CommandError(
                f"Scam category {slug!r} is missing; it is created by migration education 0002."
            ) from None

    # StreamField values -------------------------------------------------------------------------

    def build_stream(self, model, field_name, raw_blocks):
        """Turn demo ``(type, value)`` pairs into a validated StreamValue for ``model.field_name``.

        Model validation does not run block validation, so this cleans the value the way the admin
        form would: a typo in the demo data fails here instead of rendering a broken block.
        """
        stream_block = model._meta.get_field(field_name).stream_block
        pairs = [
            (name, self.resolve_block(stream_block.child_blocks[name], value)) for name, value in raw_blocks
        ]
        return stream_block.clean(stream_block.normalize(pairs))

    def resolve_block(self, block, value):
        """Fill defaults of a struct value and swap placeholders (image keys, report target) for objects."""
        if not isinstance(block, blocks.StructBlock):
            return value
        value = {**block.get_default(), **value}
        for name, child in block.child_blocks.items():
            if isinstance(child, ImageChooserBlock) and isinstance(value.get(name), str):
                value[name] = self.images[value[name]]
        if isinstance(block, ReportCallToActionBlock) and not value.get("page"):
            value["page"] = self.report_page
        return value

    def ensure_urgent_guide(self, home, guide_index):
        """Link the home page's urgent block to the after-transfer guide, unless an editor chose one."""
        if home.urgent_guide_id:
            return
        home.urgent_guide = guide_index.get_children().get(slug=content.URGENT_GUIDE).specific
        home.save_revision().publish()
        self.created["首页紧急求助指南"] += 1

    # English (issue 13) -------------------------------------------------------------------------

    def ensure_english(self, home, guide_index):
        """The English tree: home, guide index, the report form and the most important guides.

        Each page is copied with Wagtail's copy for translation (what an editor's "Translate" does) and
        its text replaced by ``english``; a page that already has an English translation is left alone,
        so a re-run changes nothing and editors' changes survive.
        """
        locale, created = Locale.objects.get_or_create(language_code="en")
        self.created["语言"] += created
        english_home = self.translate(home, locale, english.HOME)
        english_guides = self.translate(guide_index, locale, english.GUIDE_INDEX)
        chinese_report_page = self.report_page
        if self.report_page.pk != home.pk:
            # English guides' report buttons lead to the English form.
            self.report_page = self.translate(self.report_page.specific, locale, english.REPORT_PAGE)
        for slug, data in english.GUIDES.items():
            guide = GuidePage.objects.child_of(guide_index).filter(slug=slug).first()
            if guide is not None:
                self.translate(guide, locale, data)
        self.report_page = chinese_report_page
        # The copied home page still points at the Chinese after-transfer guide (unless an editor chose).
        urgent = GuidePage.objects.child_of(english_guides).filter(slug=content.URGENT_GUIDE).first()
        english_home = HomePage.objects.get(pk=english_home.pk)
        if urgent is not None and english_home.urgent_guide_id in (None, home.urgent_guide_id):
            english_home.urgent_guide = urgent
            english_home.save_revision().publish()

    def translate(self, page, locale, data):
        """``page``'s translation, created from ``data`` (fields; ``body`` as demo blocks) if missing."""
        existing = page.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific
        copy = page.copy_for_translation(locale).specific
        for field, value in data.items():
            if field == "body":
                value = self.build_stream(type(copy), "body", value)
            setattr(copy, field, value)
        if hasattr(copy, "tags"):
            copy.tags.clear()  # the Chinese tags mean nothing to an English reader
        copy.save()
        copy.save_revision().publish()
        self.created["英文页面"] += 1
        return copy

    # Settings and workflow ----------------------------------------------------------------------

    def ensure_site_settings(self, home):
        """Fill blank site settings only, so an editor's hotline or channels are never overwritten."""
        site_settings = SiteSettings.load()
        footer_links = [
            ("link", {"title": title, "page": home.get_children().get(slug=slug)})
            for title, slug in content.FOOTER_LINKS
        ]
        wanted = {**content.SITE_SETTINGS, "footer_links": footer_links}
        changed = []
        for field, value in wanted.items():
            if getattr(site_settings, field):
                continue
            if field in ("official_channels", "footer_links"):
                value = self.build_stream(SiteSettings, field, value)
            elif field == "logo":
                value, created = get_or_create_logo(value)
                self.created["图片"] += created
            setattr(site_settings, field, value)
            changed.append(field)
        if changed:
            site_settings.save(update_fields=changed)
            self.created["站点信息字段"] += len(changed)

    def ensure_workflow(self, pages):
        """Guides and alerts need a moderator's approval: assign the review workflow to their indexes.

        A page that already has a workflow of its own keeps it.
        """
        group, _ = Group.objects.get_or_create(name=content.WORKFLOW_GROUP_NAME)
        task = GroupApprovalTask.objects.filter(name=content.WORKFLOW_TASK_NAME).order_by("pk").first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=content.WORKFLOW_TASK_NAME)
            self.created["审核任务"] += 1
        if not task.groups.filter(pk=group.pk).exists():
            task.groups.add(group)
        workflow, created = Workflow.objects.get_or_create(name=content.WORKFLOW_NAME)
        self.created["审核流程"] += created
        if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        for page in pages:
            _, created = WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
            self.created["流程指派"] += created
