from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField

from education.blocks import FooterLinkBlock, OfficialChannelBlock


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    """Brand, hotline and the company's free official channels, edited in 设置 → 站点信息."""

    brand_name = models.CharField(_("品牌名称"), max_length=40, default="消保护航")
    tagline = models.CharField(
        _("一句话介绍"),
        max_length=120,
        blank=True,
        default="识别金融黑灰产，守护您的钱袋子和个人信息",
    )
    hotline = models.CharField(
        _("官方客服热线"),
        max_length=40,
        blank=True,
        help_text=_("例如 400-000-0000。显示在页脚和“官方渠道”模块中。"),
    )
    hotline_hours = models.CharField(
        _("热线服务时间"), max_length=60, blank=True, help_text=_("例如 每天 8:00–22:00")
    )
    official_channels = StreamField(
        [("channel", OfficialChannelBlock())],
        blank=True,
        verbose_name=_("官方渠道"),
        help_text=_(
            "公司免费、正规的投诉和求助渠道（热线、App 内入口、公众号等）。"
            "指南中的“官方渠道”模块和举报线索核对都会读取这里。"
        ),
    )
    footer_links = StreamField(
        [("link", FooterLinkBlock())],
        blank=True,
        verbose_name=_("页脚链接"),
    )

    panels = [
        FieldPanel("brand_name"),
        FieldPanel("tagline"),
        FieldPanel("hotline"),
        FieldPanel("hotline_hours"),
        FieldPanel("official_channels"),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = _("站点信息")
