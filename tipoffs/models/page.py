"""TipOffFormPage: the public report form as a Wagtail page, so editors own its wording.

The page only holds that wording and the routes; the request handling lives in the features
(``tipoffs.intake.views``, ``tipoffs.riskcheck.views``), imported when a route is first served so that
loading the models never loads forms, image libraries or the request layer.
"""

from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from education.models.base import BasePage


class TipOffFormPage(RoutablePageMixin, BasePage):
    intro = RichTextField(
        _("页面导语"),
        blank=True,
        features=["bold", "link"],
        help_text=_("告诉举报人需要多长时间、提交后会发生什么。"),
    )
    time_estimate = models.CharField(_("预计填写时间"), max_length=40, default="大约 5 分钟")
    privacy_notice = RichTextField(
        _("隐私说明"),
        features=["bold", "link", "ul"],
        help_text=_("说明收集哪些信息、用来做什么、保存多久、谁能看到。显示在表单第 4 部分。"),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("隐私政策页面"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    thank_you_text = RichTextField(_("提交成功后的说明"), blank=True, features=["bold", "link", "ul"])

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("time_estimate"),
        FieldPanel("privacy_notice"),
        PageChooserPanel("privacy_page"),
        FieldPanel("thank_you_text"),
    ]
    parent_page_types = ["education.HomePage"]
    subpage_types = []
    max_count = 1
    summary_field = "intro"

    class Meta:
        verbose_name = _("举报线索表单")

    def serve(self, request, *args, **kwargs):
        # Every answer of this page is one person's (a CSRF token, a one-time form token, a status or a
        # risk-check answer): no shared cache, ours or an edge's, may keep it.
        response = super().serve(request, *args, **kwargs)
        if "no-store" not in response.get("Cache-Control", ""):
            patch_cache_control(response, private=True)
        return response

    @path("")
    def report(self, request):
        from tipoffs.intake import views

        return views.report(self, request)

    @path("thanks/", name="thanks")
    def thanks(self, request):
        from tipoffs.intake import views

        return views.thanks(self, request)

    @path("status/", name="status")
    def status(self, request):
        from tipoffs.followup import views

        return views.status(self, request)

    @path("status/add/", name="followup_add")
    def followup_add(self, request):
        from tipoffs.followup import views

        return views.add(self, request)

    @path("status/rate/", name="followup_rate")
    def followup_rate(self, request):
        from tipoffs.followup import views

        return views.rate(self, request)

    @path("status/withdraw/", name="followup_withdraw")
    def followup_withdraw(self, request):
        from tipoffs.followup import views

        return views.withdraw(self, request)

    @path("my-data/", name="my_data")
    def my_data(self, request):
        from tipoffs.privacy import views

        return views.my_data(self, request)

    @path("check/", name="risk_check")
    def risk_check(self, request):
        from tipoffs.riskcheck import views

        return views.risk_check(self, request)

    @path("check/appeal/", name="risk_appeal")
    def risk_appeal(self, request):
        from tipoffs.riskcheck import views

        return views.risk_appeal(self, request)
