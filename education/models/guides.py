"""Anti-fraud guides (防骗指南) and their index."""

import math

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from common.i18n import html_lang
from education.api import fields as api
from education.blocks import GuideStreamBlock
from education.listing import build_listing
from education.quizzes.quiz import quiz_from_block
from education.search.fields import segmented

from .base import BasePage, IntroductionMixin
from .quizzes import QuizHostMixin
from .sharing import PrintableMixin, ShareCardMixin

# Chinese readers manage roughly 300–500 characters a minute on a phone; take the lower end.
READING_CHARS_PER_MINUTE = 300


class GuideIndexPage(IntroductionMixin, BasePage):
    parent_page_types = ["education.HomePage"]
    subpage_types = ["education.GuidePage"]
    max_count = 1

    class Meta:
        verbose_name = _("防骗指南列表")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = (
            GuidePage.objects.child_of(self)
            .live()
            .public()
            .select_related("category")
            .prefetch_related("tags")
            .order_by("-first_published_at", "-pk")
        )
        context["listing"] = build_listing(
            request, guides, category_lookup="category", tag_through=GuidePageTag
        )
        return context


class GuidePageTag(TaggedItemBase):
    content_object = ParentalKey("education.GuidePage", related_name="tagged_items", on_delete=models.CASCADE)


class GuidePage(QuizHostMixin, ShareCardMixin, PrintableMixin, BasePage):
    summary = models.TextField(
        _("摘要"),
        max_length=300,
        help_text=_("一两句话说明这篇指南讲什么，显示在列表和分享卡片中。"),
    )
    category = models.ForeignKey(
        "education.ScamCategory",
        verbose_name=_("骗局分类"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="guides",
    )
    tags = ClusterTaggableManager(through=GuidePageTag, blank=True, verbose_name=_("标签"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("题图"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("可选，显示在文章顶部和分享卡片中。"),
    )
    body = StreamField(GuideStreamBlock(), verbose_name=_("正文"))
    last_reviewed = models.DateField(
        _("最近审核日期"),
        null=True,
        blank=True,
        help_text=_("最近一次核对内容是否仍然准确的日期，显示给读者。"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("tags"), FieldPanel("last_reviewed")],
            heading=_("分类与审核"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = segmented(
        Page.search_fields
        + [
            index.SearchField("summary"),
            index.SearchField("body"),
            index.FilterField("category"),
            index.RelatedFields("category", [index.SearchField("name")]),
            index.RelatedFields("tags", [index.SearchField("name")]),
        ]
    )
    # The content API (education.api): listing fields first, then detail-only ones (views.GuidesEndpoint).
    api_fields = [
        APIField("summary"),
        APIField("category", serializer=api.CategoryField()),
        APIField("tags", serializer=api.TagListField()),
        APIField("image", serializer=api.ImageRenditionsField()),
        APIField("last_reviewed"),
        APIField("share_card", serializer=api.PageMethodField("share_card_url", source="*")),
        APIField("print_url", serializer=api.PageMethodField("print_url", source="*")),
        APIField("reading_minutes"),
        APIField("body"),
    ]
    parent_page_types = ["education.GuideIndexPage"]
    subpage_types = []
    summary_field = "summary"
    card_kind = "guide"

    class Meta:
        verbose_name = _("防骗指南")
        verbose_name_plural = _("防骗指南")

    @classmethod
    def serving_queryset(cls):
        # The template shows the category, the header image (in seven renditions) and the tags.
        return (
            super()
            .serving_queryset()
            .select_related("category", "image")
            .prefetch_related("tags", "image__renditions")
        )

    def clean(self):
        super().clean()
        if (
            self.category
            and self.category.sells_free_services
            and not any(block.block_type == "official_channels" for block in self.body)
        ):
            raise ValidationError(
                {
                    "body": _(
                        "“%(category)s”类骗局收费代办官方免费提供的服务，这类指南必须包含一个“官方渠道”模块。"
                    )
                    % {"category": self.category.name}
                }
            )

    def quizzes(self):
        return [quiz_from_block(block.id, block.value) for block in self.body if block.block_type == "quiz"]

    @property
    def has_quiz(self):
        return any(block.block_type == "quiz" for block in self.body)

    def card_categories(self):
        return [self.category] if self.category_id else []

    @cached_property
    def reading_minutes(self):
        # The body's text as the search index reads it: rendering the body only to count its characters
        # cost as much as the rest of the page.
        text = strip_tags(" ".join(self._meta.get_field("body").get_searchable_content(self.body)))
        characters = sum(1 for ch in text if not ch.isspace())
        return max(1, math.ceil(characters / READING_CHARS_PER_MINUTE))

    def related_guides(self, limit=3):
        if not self.category_id:
            return GuidePage.objects.none()
        return (
            GuidePage.objects.live()
            .public()
            .filter(category_id=self.category_id, locale_id=self.locale_id)  # same language (issue 13)
            .exclude(pk=self.pk)
            .select_related("category")  # shown on each card
            .order_by("-first_published_at")[:limit]
        )

    def get_cache_dependents(self):
        """Guides of the same category list this one among their related guides (common.pagecache)."""
        if not self.category_id:
            return GuidePage.objects.none()
        same_category = GuidePage.objects.live().filter(category_id=self.category_id)
        return same_category.exclude(pk=self.pk).only("url_path", "content_type")

    def get_json_ld(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "description": self.meta_description,
            "url": self.get_full_url(request),
            "inLanguage": html_lang(),
        }
        if self.first_published_at:
            data["datePublished"] = self.first_published_at.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.category:
            data["articleSection"] = self.category.name
        return data
