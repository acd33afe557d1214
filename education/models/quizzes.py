"""防骗小测验: the quiz pages and the anonymous answer counts behind the editors' report.

Questions are StreamField blocks (``education.quizzes.blocks``); a quiz page collects several, and any
guide may hold quiz blocks. Answers are POSTed to the page itself (``education.quizzes.views``), without
a CSRF token because the page is kept in the page cache (see ``common.pageposts``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from common.i18n import html_lang
from education.quizzes.blocks import QuizQuestionsBlock
from education.quizzes.quiz import QUIZ_FIELD, quiz_from_stream
from education.search.fields import segmented

from .base import BasePage, IntroductionMixin


class QuizHostMixin:
    """A page type whose quizzes readers answer by POSTing to the page."""

    def quizzes(self):
        raise NotImplementedError

    def find_quiz(self, quiz_id):
        return next((quiz for quiz in self.quizzes() if quiz.id and quiz.id == quiz_id), None)

    def accepts_tokenless_post(self, request):
        """``common.pageposts``: a quiz answer is the only POST this page takes without a CSRF token."""
        return QUIZ_FIELD in request.POST

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and QUIZ_FIELD in request.POST:
            from education.quizzes.views import answer_quiz

            return answer_quiz(self, request)
        return super().serve(request, *args, **kwargs)


class QuizIndexPage(IntroductionMixin, BasePage):
    parent_page_types = ["education.HomePage"]
    subpage_types = ["education.QuizPage"]
    max_count = 1

    class Meta:
        verbose_name = _("防骗小测验列表")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["quizzes"] = (
            QuizPage.objects.child_of(self)
            .live()
            .public()
            .select_related("category")
            .order_by("-first_published_at", "-pk")
        )
        return context


class QuizPage(QuizHostMixin, BasePage):
    summary = models.TextField(
        _("摘要"), max_length=300, help_text=_("一两句话说明这组题考什么，显示在列表和分享卡片中。")
    )
    category = models.ForeignKey(
        "education.ScamCategory",
        verbose_name=_("骗局分类"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quizzes",
    )
    questions = StreamField(
        QuizQuestionsBlock(),
        verbose_name=_("题目"),
        help_text=_("每道题一个正确答案；读者提交后看到对错和解析。"),
    )
    related_guide = models.ForeignKey(
        "education.GuidePage",
        verbose_name=_("相关指南"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("答完题后推荐阅读的指南。"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("category"), PageChooserPanel("related_guide")], heading=_("分类与推荐")),
        FieldPanel("questions"),
    ]
    parent_page_types = ["education.QuizIndexPage"]
    subpage_types = []
    summary_field = "summary"
    # Found by the site search under 小测验 (education.search.results). The questions are indexed so a
    # reader searching 安全账户 finds the quiz that asks about it; results only ever quote the summary.
    search_fields = segmented(
        Page.search_fields
        + [
            index.SearchField("summary"),
            index.SearchField("questions"),
            index.FilterField("category"),
            index.RelatedFields("category", [index.SearchField("name")]),
        ]
    )

    class Meta:
        verbose_name = _("防骗小测验")
        verbose_name_plural = _("防骗小测验")

    @classmethod
    def serving_queryset(cls):
        return super().serving_queryset().select_related("category", "related_guide")

    def quizzes(self):
        return [self.quiz]

    @property
    def quiz(self):
        # The page's title is its heading: the quiz itself has none.
        return quiz_from_stream("", "", self.questions)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guide = self.related_guide
        context["related_guide"] = guide if guide and guide.live else None
        return context

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "Quiz",
            "name": self.title,
            "description": self.meta_description,
            "url": self.get_full_url(request),
            "inLanguage": html_lang(),
            "educationalUse": "self-assessment",
        }


class QuizQuestionStats(models.Model):
    """How often one question was answered, and answered wrong. Anonymous: no person, no address."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("所在页面"), on_delete=models.CASCADE, related_name="+"
    )
    question_id = models.CharField(_("题目编号"), max_length=64)
    question = models.CharField(_("题目"), max_length=300, help_text=_("最近一次作答时的题目文字。"))
    answered = models.PositiveIntegerField(_("作答次数"), default=0)
    wrong = models.PositiveIntegerField(_("答错次数"), default=0)
    last_answered_at = models.DateTimeField(_("最近作答"), null=True, blank=True)

    class Meta:
        verbose_name = _("小测验题目统计")
        verbose_name_plural = _("小测验题目统计")
        constraints = [
            models.UniqueConstraint(fields=["page", "question_id"], name="quiz_question_stats_unique"),
        ]

    def __str__(self):
        return self.question

    @property
    def wrong_rate(self):
        return self.wrong / self.answered if self.answered else 0


class QuizOptionCount(models.Model):
    """How often one option of a question was chosen."""

    question = models.ForeignKey(QuizQuestionStats, on_delete=models.CASCADE, related_name="option_counts")
    option_id = models.CharField(_("选项编号"), max_length=64)
    option = models.CharField(_("选项"), max_length=200)
    correct = models.BooleanField(_("正确答案"), default=False)
    chosen = models.PositiveIntegerField(_("选择次数"), default=0)

    class Meta:
        verbose_name = _("小测验选项统计")
        verbose_name_plural = _("小测验选项统计")
        constraints = [
            models.UniqueConstraint(fields=["question", "option_id"], name="quiz_option_count_unique"),
        ]

    def __str__(self):
        return self.option
