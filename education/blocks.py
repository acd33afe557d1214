"""StreamField blocks for education pages.

Every block has its own template under templates/blocks/, an icon, a description and a
preview value, so the admin's block picker explains itself to a non-technical editor.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from education.quizzes.blocks import QuizBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("标题文字"), max_length=80)
    level = blocks.ChoiceBlock(
        label=_("级别"),
        choices=[("h2", _("二级标题")), ("h3", _("三级标题"))],
        default="h2",
        help_text=_("大段落用二级标题，段落内的小节用三级标题。"),
        # A layout choice, not content: indexed, its label "二级标题" matched searches and showed in
        # result snippets.
        search_index=False,
    )

    class Meta:
        icon = "title"
        label = _("小标题")
        template = "blocks/heading_block.html"
        description = _("把长文章分成几段，方便读者在手机上快速找到需要的部分。")
        preview_value = {"text": "如何识别代理维权骗局", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul"])
        kwargs.setdefault("label", _("正文"))
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        description = _("普通正文，可以加粗、加链接和列表。")
        preview_value = "<p>正规金融机构不会要求您向个人账户转账“解冻”或“验证”。</p>"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("图片"))
    alt_text = blocks.CharBlock(
        label=_("替代文字"),
        max_length=200,
        help_text=_("给看不见图片的读者（例如使用读屏软件的人）描述图片内容，例如“假客服发来的短信截图”。"),
    )
    caption = blocks.CharBlock(label=_("图片说明"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("图片")
        template = "blocks/captioned_image_block.html"
        description = _("一张带说明文字的图片，例如骗子的短信或聊天截图（请先打码个人信息）。")


class WarningSignsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("标题"), default="识别特征", max_length=60)
    signs = blocks.ListBlock(
        blocks.CharBlock(label=_("特征"), max_length=200),
        label=_("特征清单"),
        min_num=1,
        help_text=_("每条写一个具体的可疑信号，例如“声称能‘内部渠道’删除逾期记录”。"),
    )

    class Meta:
        icon = "warning"
        label = _("识别特征")
        template = "blocks/warning_signs_block.html"
        description = _("一份清单，列出这类骗局的典型可疑信号。")
        preview_value = {
            "title": "识别特征",
            "signs": ["先收费再办事", "要求提供身份证和银行卡照片", "让您不要联系官方客服"],
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("这一步做什么"), max_length=80)
    detail = blocks.TextBlock(label=_("具体说明"), required=False)


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("标题"), default="应对步骤", max_length=60)
    steps = blocks.ListBlock(StepBlock(), label=_("步骤"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("应对步骤")
        template = "blocks/steps_block.html"
        description = _("按顺序编号的应对步骤，告诉读者遇到时第一步、第二步该做什么。")
        preview_value = {
            "title": "应对步骤",
            "steps": [
                {"title": "停止转账", "detail": "不再向对方支付任何费用。"},
                {"title": "保留证据", "detail": "截图聊天记录和转账凭证。"},
                {"title": "报警并举报", "detail": "拨打 110，并在本站提交举报线索。"},
            ],
        }


class CaseStoryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("案例标题"), max_length=80)
    story = blocks.RichTextBlock(
        label=_("经过"),
        features=["bold", "italic"],
        help_text=_("用化名讲述经过，不要写真实姓名、电话或身份证号。"),
    )
    lesson = blocks.CharBlock(label=_("提醒"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("真实案例")
        template = "blocks/case_story_block.html"
        description = _("一个化名的真实案例，让读者看到骗局是怎么一步步发生的。")
        preview_value = {
            "title": "交了 3000 元“服务费”，债务一分没少",
            "story": "<p>小李在短视频平台看到“专业债务减免”的广告……</p>",
            "lesson": "协商还款可以直接联系官方客服，免费办理。",
        }


class ReportCallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("提示语"),
        max_length=120,
        default="遇到可疑电话、微信或网站？告诉我们，帮助更多人避开骗局。",
    )
    page = blocks.PageChooserBlock(
        label=_("链接到页面"),
        help_text=_("通常选择“举报线索”页面。"),
    )
    button_label = blocks.CharBlock(label=_("按钮文字"), max_length=20, default="我要举报")

    class Meta:
        icon = "pick"
        label = _("举报入口")
        template = "blocks/report_cta_block.html"
        description = _("一个醒目的按钮，引导读者去举报可疑联系人。")


class VideoLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("视频标题"), max_length=80)
    url = blocks.URLBlock(label=_("视频链接"), help_text=_("视频所在页面的网址，读者点击后在新页面观看。"))
    platform = blocks.CharBlock(
        label=_("平台"), required=False, max_length=20, help_text=_("例如 官方视频号")
    )
    duration = blocks.CharBlock(label=_("时长"), required=False, max_length=20, help_text=_("例如 3分20秒"))
    description = blocks.TextBlock(label=_("简介"), required=False)

    class Meta:
        icon = "media"
        label = _("视频链接")
        template = "blocks/video_link_block.html"
        description = _("链接到一段视频，不在本页嵌入播放器，不加载第三方内容。")
        preview_value = {
            "title": "三分钟看懂“征信修复”骗局",
            "url": "https://example.com/video",
            "platform": "官方视频号",
            "duration": "3分钟",
        }


class OfficialChannelsBlock(blocks.StructBlock):
    """Renders the official channels from site settings, so one edit updates every guide."""

    title = blocks.CharBlock(label=_("标题"), default="官方渠道，免费办理", max_length=60)
    intro = blocks.TextBlock(
        label=_("说明"),
        required=False,
        default="投诉、协商还款、申请困难帮扶、异议申诉，都可以通过以下官方渠道免费办理，无需任何中介。",
    )

    class Meta:
        icon = "help"
        label = _("官方渠道")
        template = "blocks/official_channels_block.html"
        description = _("显示“站点信息”里设置的官方免费渠道。讲代理维权、征信修复、债务优化的指南必须包含。")
        preview_value = {"title": "官方渠道，免费办理"}


class OfficialChannelBlock(blocks.StructBlock):
    """One official channel in site settings."""

    kind = blocks.ChoiceBlock(
        label=_("类型"),
        choices=[
            ("phone", _("电话")),
            ("website", _("网站")),
            ("app", _("App 入口")),
            ("wechat", _("微信公众号")),
            ("other", _("其他")),
        ],
    )
    name = blocks.CharBlock(label=_("名称"), max_length=60, help_text=_("例如 官方客服热线"))
    value = blocks.CharBlock(
        label=_("号码或地址"),
        max_length=200,
        help_text=_("电话号码、网址、公众号名称或 App 内路径，例如 400-000-0000。"),
    )
    description = blocks.CharBlock(
        label=_("能办什么"), required=False, max_length=200, help_text=_("例如 投诉、协商还款、困难帮扶")
    )

    class Meta:
        icon = "site"
        label = _("官方渠道")


class FooterLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("文字"), max_length=40)
    page = blocks.PageChooserBlock(label=_("站内页面"), required=False)
    url = blocks.URLBlock(label=_("或外部网址"), required=False)

    class Meta:
        icon = "link"
        label = _("链接")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("请选择一个站内页面，或填写一个外部网址（二选一）。"))}
            )
        return value


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every content page may use."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    video = VideoLinkBlock()
    report_cta = ReportCallToActionBlock()


class GuideStreamBlock(BaseStreamBlock):
    warning_signs = WarningSignsBlock()
    steps = StepsBlock()
    case_story = CaseStoryBlock()
    official_channels = OfficialChannelsBlock()
    quiz = QuizBlock()

    class Meta:
        block_counts = {"official_channels": {"max_num": 1}}
