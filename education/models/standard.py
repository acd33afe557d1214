"""Standard pages: about us, privacy policy, contact."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from education.blocks import BaseStreamBlock
from education.search.fields import segmented

from .base import BasePage


class StandardPage(BasePage):
    """About us, privacy policy, contact: plain pages editors write freely."""

    introduction = models.TextField(_("导语"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("正文"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = segmented(
        Page.search_fields
        + [
            index.SearchField("introduction"),
            index.SearchField("body"),
        ]
    )
    parent_page_types = ["education.HomePage", "education.StandardPage"]
    subpage_types = ["education.StandardPage"]
    summary_field = "introduction"

    class Meta:
        verbose_name = _("普通页面")
