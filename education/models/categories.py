from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from education.search.fields import segmented


class ScamCategory(index.Indexed, models.Model):
    """A pattern of black/grey-industry fraud (代理维权, 征信修复 ...), managed as a snippet."""

    name = models.CharField(_("名称"), max_length=40, unique=True)
    slug = models.SlugField(
        _("网址标识"),
        max_length=40,
        unique=True,
        allow_unicode=False,
        help_text=_("用于网址的英文或拼音，例如 daili-weiquan。只能包含小写字母、数字和连字符。"),
    )
    description = models.TextField(
        _("简介"),
        blank=True,
        help_text=_("一两句话说明这类骗局是什么、怎么害人，会显示在分类筛选和举报表单旁。"),
    )
    icon = models.CharField(
        _("图标字符"),
        max_length=4,
        blank=True,
        help_text=_("可选，一个表情符号，仅作装饰，例如 ⚠️。"),
    )
    sells_free_services = models.BooleanField(
        _("售卖官方免费服务"),
        default=False,
        help_text=_(
            "勾选后，本分类的每篇防骗指南都必须包含“官方渠道”模块：这类骗局收费代办的事，官方渠道免费就能办。"
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("排序"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("icon"),
        FieldPanel("sells_free_services"),
        FieldPanel("sort_order"),
    ]
    search_fields = segmented(
        [
            index.SearchField("name"),
            index.SearchField("description"),
            index.AutocompleteField("name"),
        ]
    )

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("骗局分类")
        verbose_name_plural = _("骗局分类")

    def __str__(self):
        return self.name
