"""Risk alerts (风险提示), their index and feeds."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from education.api import fields as api
from education.blocks import BaseStreamBlock
from education.listing import build_listing
from education.search.fields import segmented

from .base import BasePage, IntroductionMixin
from .sharing import PrintableMixin, ShareCardMixin


class AlertLevel(models.TextChoices):
    # Stored values are stable English words; the labels are what readers see.
    NOTICE = "notice", _("提示")
    WARNING = "warning", _("警示")
    URGENT = "urgent", _("紧急")


class AlertIndexPage(RoutablePageMixin, IntroductionMixin, BasePage):
    parent_page_types = ["education.HomePage"]
    subpage_types = ["education.AlertPage"]
    max_count = 1
    subscriptions = [("rss", "RSS"), ("atom", "Atom")]

    class Meta:
        verbose_name = _("风险提示列表")

    def live_alerts(self):
        return AlertPage.objects.child_of(self).live().public().order_by("-issued_on", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        alerts = self.live_alerts().prefetch_related("categories", "tags")
        context["listing"] = build_listing(
            request, alerts, category_lookup="categories", tag_through=AlertPageTag
        )
        context["today"] = timezone.localdate()
        return context

    def get_cached_paths(self):
        return ["/", "feed/rss/", "feed/atom/"]

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from education.feeds import AlertRssFeed

        return AlertRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from education.feeds import AlertAtomFeed

        return AlertAtomFeed(self)(request)


class AlertPageTag(TaggedItemBase):
    content_object = ParentalKey("education.AlertPage", related_name="tagged_items", on_delete=models.CASCADE)


class AlertPage(ShareCardMixin, PrintableMixin, BasePage):
    level = models.CharField(
        _("风险等级"),
        max_length=10,
        choices=AlertLevel.choices,
        default=AlertLevel.NOTICE,
        help_text=_("提示：常见骗局提醒；警示：正在高发；紧急：正在冒用本公司名义或造成大量损失。"),
    )
    summary = models.TextField(_("摘要"), max_length=300, help_text=_("一两句话说清楚风险是什么、该怎么做。"))
    issued_on = models.DateField(_("发布日期"), default=timezone.localdate)
    valid_until = models.DateField(
        _("有效期至"),
        null=True,
        blank=True,
        help_text=_("可选。过期后页面仍可访问，但会标明“已过期”。"),
    )
    categories = ParentalManyToManyField(
        "education.ScamCategory", verbose_name=_("骗局分类"), blank=True, related_name="alerts"
    )
    tags = ClusterTaggableManager(through=AlertPageTag, blank=True, verbose_name=_("标签"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("正文"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("level"), FieldPanel("issued_on"), FieldPanel("valid_until")],
            heading=_("等级与时效"),
        ),
        FieldPanel("summary"),
        FieldPanel("categories"),
        FieldPanel("tags"),
        FieldPanel("body"),
    ]
    search_fields = segmented(
        Page.search_fields
        + [
            index.SearchField("summary"),
            index.SearchField("body"),
            index.FilterField("level"),
        ]
    )
    api_fields = [
        APIField("level"),
        APIField("level_label", serializer=api.ChoiceLabelField("level", source="*")),
        APIField("summary"),
        APIField("issued_on"),
        APIField("valid_until"),
        APIField("out_of_date"),
        APIField("categories", serializer=api.CategoryField(many=True)),
        APIField("tags", serializer=api.TagListField()),
        APIField("share_card", serializer=api.PageMethodField("share_card_url", source="*")),
        APIField("print_url", serializer=api.PageMethodField("print_url", source="*")),
        APIField("body"),
    ]
    parent_page_types = ["education.AlertIndexPage"]
    subpage_types = []
    summary_field = "summary"
    card_kind = "alert"

    @classmethod
    def serving_queryset(cls):
        # The page shows its categories, and so does its share card (og:image).
        return super().serving_queryset().prefetch_related("categories")

    def card_categories(self):
        return list(self.categories.all())

    class Meta:
        verbose_name = _("风险提示")
        verbose_name_plural = _("风险提示")

    def clean(self):
        super().clean()
        if self.valid_until and self.issued_on and self.valid_until < self.issued_on:
            raise ValidationError({"valid_until": _("有效期不能早于发布日期。")})

    def is_expired(self, today=None):
        today = today or timezone.localdate()
        return bool(self.valid_until and self.valid_until < today)

    @property
    def out_of_date(self):
        # Not "expired": Wagtail's Page already has an ``expired`` field (scheduled unpublishing).
        return self.is_expired()

    @property
    def next_state_change(self):
        """The local midnight after ``valid_until``, when the alert starts showing 已过期; None after."""
        if not self.valid_until or self.is_expired():
            return None
        day_after = self.valid_until + datetime.timedelta(days=1)
        return timezone.make_aware(datetime.datetime.combine(day_after, datetime.time()))

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        data.update({"@type": "Article", "headline": self.title, "datePublished": self.issued_on.isoformat()})
        return data
