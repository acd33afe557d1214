"""Quiz questions as StreamField blocks: a quiz block for guides, and the question block quiz pages collect.

A question's id is its block id (a list item's or a stream child's), so answer counts stay attached to the
question while editors reword it, reorder questions or add new ones.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from education.quizzes.quiz import quiz_context, quiz_from_block

MAX_OPTIONS = 6
MAX_QUESTIONS_PER_BLOCK = 10
PREVIEW_QUESTION = {
    "question": "对方说交 2000 元“服务费”就能删除逾期记录，可信吗？",
    "options": [
        {"text": "可信，有内部渠道", "correct": False},
        {"text": "不可信，任何人都不能花钱删除真实的逾期记录", "correct": True},
    ],
    "explanation": "征信记录只能依法更正错误，不能花钱“洗白”。有异议可以免费向征信机构申请。",
}


class QuizOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("选项内容"), max_length=200)
    correct = blocks.BooleanBlock(
        label=_("这是正确答案"), required=False, help_text=_("每道题只勾选一个正确答案。")
    )

    class Meta:
        icon = "radio-full"
        label = _("选项")


class QuizQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        label=_("题目"),
        max_length=300,
        help_text=_("用读者自己的处境来问，例如“有人说交 2000 元就能删除逾期记录，您应该怎么做？”"),
    )
    options = blocks.ListBlock(
        QuizOptionBlock(),
        label=_("选项"),
        min_num=2,
        max_num=MAX_OPTIONS,
        help_text=_("2 到 6 个选项，勾选其中一个正确答案。"),
    )
    explanation = blocks.TextBlock(
        label=_("答案解析"),
        help_text=_("读者答题后才显示：为什么这样选，遇到时该怎么做。"),
    )

    class Meta:
        icon = "help"
        label = _("题目")
        template = "blocks/quiz_question_block.html"
        description = _("一道单选题：题目、选项、正确答案和答题后显示的解析。")
        preview_value = PREVIEW_QUESTION

    def clean(self, value):
        value = super().clean(value)
        right = sum(1 for option in value["options"] if option["correct"])
        if right == 1:
            return value
        if right == 0:
            message = _("请勾选一个正确答案：每道题必须有且只有一个正确选项。")
        else:
            message = ngettext(
                "只能有一个正确答案，现在勾选了 %(count)d 个，请只保留一个。",
                "只能有一个正确答案，现在勾选了 %(count)d 个，请只保留一个。",
                right,
            ) % {"count": right}
        raise StructBlockValidationError(
            block_errors={"options": ListBlockValidationError(non_block_errors=[ValidationError(message)])}
        )


class QuizBlock(blocks.StructBlock):
    """A short quiz inside a guide: readers check at once what they have just read."""

    title = blocks.CharBlock(label=_("标题"), max_length=60, default="防骗小测验")
    intro = blocks.TextBlock(label=_("说明"), required=False, max_length=200)
    questions = blocks.ListBlock(
        QuizQuestionBlock(),
        label=_("题目"),
        min_num=1,
        max_num=MAX_QUESTIONS_PER_BLOCK,
    )

    class Meta:
        icon = "form"
        label = _("小测验")
        template = "blocks/quiz_block.html"
        description = _("几道单选题，读者提交后看到对错和解析。答题情况匿名统计在“报表 → 小测验易错题”。")
        preview_value = {
            "title": "防骗小测验",
            "questions": [PREVIEW_QUESTION],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        quiz = quiz_from_block(parent_context.get("block_id"), value)
        context.update(quiz_context(parent_context, quiz))
        return context


class QuizQuestionsBlock(blocks.StreamBlock):
    """The questions of a quiz page."""

    question = QuizQuestionBlock()

    class Meta:
        min_num = 1
        max_num = 20
