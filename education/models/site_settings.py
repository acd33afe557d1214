import re

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField

from education import site_cache
from education.blocks import FooterLinkBlock, OfficialChannelBlock

# 沪ICP备00000000号-1: province abbreviation, "ICP备", the filing number, an optional site number.
ICP_NUMBER = re.compile(r"^[\u4e00-\u9fff]ICP备\d{6,10}号(-\d{1,3})?$")
# 沪公网安备31000000000000号: province abbreviation, "公网安备", 14 digits (the record code).
PUBLIC_SECURITY_NUMBER = re.compile(r"^[\u4e00-\u9fff]公网安备\s?(\d{14})号$")
MIIT_FILING_URL = "https://beian.miit.gov.cn/"
MPS_FILING_URL = "https://beian.mps.gov.cn/#/query/webSearch?code={code}"
LOGO_EXTENSIONS = (".svg", ".png")


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    """Brand, the company behind the site, hotline and the company's free official channels, edited in
    设置 → 站点信息."""

    brand_name = models.CharField(_("品牌名称"), max_length=40, default="消保护航")
    tagline = models.CharField(
        _("一句话介绍"),
        max_length=120,
        blank=True,
        default="识别金融黑灰产，守护您的钱袋子和个人信息",
    )
    company_legal_name = models.CharField(
        _("公司全称"),
        max_length=100,
        blank=True,
        help_text=_("营业执照上的名称，显示在页脚版权行。例如 示例金融科技有限公司"),
    )
    company_short_name = models.CharField(
        _("公司简称"),
        max_length=40,
        blank=True,
        help_text=_("显示在页头和“这是我们的官方渠道”等答复中。例如 示例金融"),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("标志（Logo）"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("SVG 或 PNG，显示在页头和管理后台。SVG 必须是不含脚本和外部资源的纯图形。"),
    )
    icp_number = models.CharField(
        _("ICP 备案号"),
        max_length=40,
        blank=True,
        help_text=_("例如 沪ICP备00000000号-1。页脚显示并链接到工业和信息化部政务服务平台。"),
    )
    public_security_number = models.CharField(
        _("公安联网备案号"),
        max_length=40,
        blank=True,
        help_text=_("例如 沪公网安备31000000000000号。页脚显示并链接到全国互联网安全管理服务平台。"),
    )
    official_app_name = models.CharField(
        _("官方 App 名称"),
        max_length=40,
        blank=True,
        help_text=_("应用商店里的名称，显示在“官方渠道”模块中，提醒读者只从正规应用商店下载。"),
    )
    wechat_official_account = models.CharField(
        _("微信公众号名称"),
        max_length=40,
        blank=True,
        help_text=_("显示在“官方渠道”模块中。"),
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
        MultiFieldPanel(
            [
                FieldPanel("company_legal_name"),
                FieldPanel("company_short_name"),
                FieldPanel("logo"),
                FieldPanel("icp_number"),
                FieldPanel("public_security_number"),
            ],
            heading=_("运营主体与备案"),
        ),
        FieldPanel("hotline"),
        FieldPanel("hotline_hours"),
        FieldPanel("official_app_name"),
        FieldPanel("wechat_official_account"),
        FieldPanel("official_channels"),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = _("站点信息")

    def clean(self):
        super().clean()
        errors = {}
        self.icp_number = self.icp_number.strip()
        self.public_security_number = self.public_security_number.strip()
        if self.icp_number and not ICP_NUMBER.match(self.icp_number):
            errors["icp_number"] = _("ICP 备案号的格式应为“沪ICP备12345678号”或“沪ICP备12345678号-1”。")
        if self.public_security_number and not PUBLIC_SECURITY_NUMBER.match(self.public_security_number):
            errors["public_security_number"] = _(
                "公安联网备案号的格式应为“沪公网安备31000000000000号”（14 位数字）。"
            )
        if self.logo_id and not self.logo.file.name.lower().endswith(LOGO_EXTENSIONS):
            errors["logo"] = _("标志只能是 SVG 或 PNG 图片，请另选或上传一张。")
        if errors:
            raise ValidationError(errors)

    @property
    def company_name(self):
        """What the site calls the company: the short name, else the legal name ("" when neither is set)."""
        return self.company_short_name or self.company_legal_name

    @property
    def miit_filing_url(self):
        return MIIT_FILING_URL

    @property
    def public_security_filing_url(self):
        """The record's page on the public-security filing site, found by the 14-digit code."""
        match = PUBLIC_SECURITY_NUMBER.match(self.public_security_number)
        return MPS_FILING_URL.format(code=match.group(1)) if match else ""

    @classmethod
    def load(cls, request_or_site=None):
        """For a request (every public page's header and footer), the copy in the shared cache,
        dropped whenever the settings are saved; otherwise (the admin, commands) from the database."""
        if not isinstance(request_or_site, HttpRequest):
            return super().load(request_or_site)
        attribute = cls.get_cache_attr_name()
        if not hasattr(request_or_site, attribute):
            setattr(request_or_site, attribute, site_cache.site_settings())
        return getattr(request_or_site, attribute)
