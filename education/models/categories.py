from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from education.search.fields import segmented


class ScamCategoryQuerySet(models.QuerySet):
    def scam_types(self):
        """The categories a reporter can pick for a tip-off (not help topics such as 被骗后自救)."""
        return self.filter(is_scam_type=True)


class ScamCategory(index.Indexed, models.Model):
    """A pattern of black/grey-industry fraud (代理维权, 征信修复 ...), managed as a snippet."""

    name = models.CharField(_("名称"), max_length=40, unique=True)
    # English pages (/en/, issue 13) show this; empty shows the Chinese name.
    name_en = models.CharField(_("英文名称"), max_length=60, blank=True, help_text=_("英文页面显示的名称。"))
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
    is_scam_type = models.BooleanField(
        _("是一类骗局"),
        default=True,
        help_text=_(
            "举报表单的“骗局类型”只列出勾选了这一项的分类。“被骗后自救”这样给指南归类用的求助专题不要勾选。"
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("排序"), default=100)

    objects = ScamCategoryQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("icon"),
        FieldPanel("sells_free_services"),
        FieldPanel("is_scam_type"),
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
        return self.display_name

    @property
    def display_name(self):
        """The name in the language being served: English pages show ``name_en`` when it is set."""
        if self.name_en and get_language() == "en":
            return self.name_en
        return self.name
