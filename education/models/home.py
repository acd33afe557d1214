"""The home page: it shows the latest of every other page type, so it depends on all of them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, Page

from common.i18n import html_lang
from education.routing import route_below

from .alerts import AlertPage
from .base import BasePage
from .events import EventPage
from .guides import GuidePage

# What someone who has just transferred money to a scammer must do in the next minutes: short lines,
# so the steps fit the first screen of a 320 px phone next to the 110 and 96110 buttons.
URGENT_STEPS = "\n".join(
    [
        "马上打银行客服电话，申请止付",
        "保存聊天记录和转账凭证",
        "别再回复对方，也别再转账",
    ]
)


class HomePage(BasePage):
    hero_title = models.CharField(_("首屏大标题"), max_length=60, default="识破骗局，守护您的钱和信息")
    hero_text = models.TextField(
        _("首屏说明"),
        blank=True,
        help_text=_("一两句话告诉读者这个网站能帮他做什么。"),
    )
    report_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("举报页面"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("首页“我要举报”按钮指向的页面。"),
    )
    report_text = models.CharField(
        _("举报入口说明"),
        max_length=120,
        blank=True,
        default="接到可疑电话、被拉进“反催收”群、遇到收费“征信修复”？匿名也可以举报。",
    )
    urgent_title = models.CharField(_("紧急求助标题"), max_length=30, default="刚被骗 / 刚转账？")
    urgent_steps = models.TextField(
        _("紧急止付步骤"),
        blank=True,
        default=URGENT_STEPS,
        help_text=_("每行一步，按先后顺序。每步尽量不超过 14 个字，手机的第一屏才放得下。"),
    )
    urgent_guide = models.ForeignKey(
        "education.GuidePage",
        verbose_name=_("详细指南"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("例如“已经转账了怎么办”，链接显示在紧急求助区块的最后。"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        PageChooserPanel("report_page"),
        FieldPanel("report_text"),
        MultiFieldPanel(
            [FieldPanel("urgent_title"), FieldPanel("urgent_steps"), PageChooserPanel("urgent_guide")],
            heading=_("紧急求助（首页第一屏，拨打 110、96110 的按钮固定显示）"),
        ),
        InlinePanel("featured_guides", label=_("推荐指南"), max_num=6),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    summary_field = "hero_text"

    class Meta:
        verbose_name = _("首页")

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        return route_below(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_alerts"] = (
            AlertPage.objects.live().public().descendant_of(self).order_by("-issued_on", "-pk")[:5]
        )
        context["featured_guides"] = self.featured_guide_pages()
        context["upcoming_events"] = EventPage.objects.upcoming().descendant_of(self)[:3]
        guide = self.urgent_guide
        if guide and guide.locale_id != self.locale_id:  # a translated home page keeps the original's
            guide = guide.get_translation_or_none(self.locale_id)
        context["urgent_guide"] = guide if guide and guide.live else None
        return context

    @property
    def urgent_step_list(self):
        return [line.strip() for line in self.urgent_steps.splitlines() if line.strip()]

    def featured_guide_pages(self):
        """The editors' picks that are live, else the four newest guides."""
        # Picks in another language (copied with a translated home page) are left out.
        featured = [
            item.page
            for item in self.featured_guides.select_related("page__category")
            if item.page.live and item.page.locale_id == self.locale_id
        ]
        return featured or list(
            GuidePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("category")
            .order_by("-first_published_at")[:4]
        )

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": self.title,
            "url": self.get_full_url(request),
            "inLanguage": html_lang(),
        }


class HomePageFeaturedGuide(Orderable):
    home = ParentalKey(HomePage, related_name="featured_guides", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "education.GuidePage", verbose_name=_("指南"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page")]
