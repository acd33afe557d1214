"""The texts of the demo site, as plain data for ``manage.py load_demo_content``.

Kept apart from the loader so editors and reviewers can read and correct the Chinese copy without
reading code. Conventions the loader relies on:

- Dates are offsets in days from today (negative = in the past), so the demo always looks current:
  some alerts already expired, some events upcoming.
- StreamField bodies are lists of ``(block type, value)``. Struct values may leave out fields that have
  a default in education/blocks.py; the loader fills them in.
- ``("image", {"image": "<key>"})`` names an entry of ``IMAGES``; ``report_cta`` blocks get their target
  page from the loader: the home page's report page (the tip-off app's form), else the home page.
- Everyone in the case stories is invented (化名); phone numbers and links are fictional
  (400-000-0000, example.com).
"""

WORKFLOW_NAME = "指南与风险提示审核"
WORKFLOW_TASK_NAME = "审核员审批"
WORKFLOW_GROUP_NAME = "Moderators"

HOTLINE = "400-000-0000"
# The company running the demo site: invented, and its filing numbers are all zeros.
COMPANY_LEGAL_NAME = "示例金融科技有限公司"
COMPANY_SHORT_NAME = "示例金融"

HOME = {
    "title": "消保护航",
    "slug": "home",
    "seo_title": "消保护航 - 识别金融黑灰产骗局",
    "hero_title": "识破骗局，守护您的钱和信息",
    "hero_text": (
        "“代理维权”、收费“征信修复”、冒充客服……我们把常见的金融黑灰产套路讲清楚。"
        "投诉、协商还款、异议申诉，官方渠道都免费办理。"
    ),
}


def question(text, options, right, explanation):
    """A quiz question (education.quizzes.blocks.QuizQuestionBlock): ``right`` is the index of the answer."""
    return {
        "question": text,
        "options": [{"text": option, "correct": index == right} for index, option in enumerate(options)],
        "explanation": explanation,
    }


# The guide the home page's 刚被骗 / 刚转账？ block links to (slug under the guide index).
URGENT_GUIDE = "zhuanzhang-hou"

# Direct children of the home page, in menu order.
INDEX_PAGES = {
    "guides": {
        "title": "防骗指南",
        "slug": "guides",
        "show_in_menus": True,
        "introduction": (
            "<p>按骗局类型整理的防骗指南：骗子怎么说、有哪些识别特征、遇到了第一步该做什么。"
            "每篇指南都经过消保团队审核，并标注最近审核日期。</p>"
        ),
    },
    "alerts": {
        "title": "风险提示",
        "slug": "alerts",
        "show_in_menus": True,
        "introduction": (
            "<p>近期高发的骗局和冒用本公司名义的行为，我们会第一时间在这里提醒。"
            "标为<b>紧急</b>的提示，请优先阅读并转告家人。</p>"
        ),
    },
    "events": {
        "title": "宣教活动",
        "slug": "events",
        "show_in_menus": True,
        "introduction": (
            "<p>线上直播、线下沙龙、社区讲座和校园宣讲，全年持续开展。"
            "欢迎报名参加，错过的直播可以观看回放。</p>"
        ),
    },
    "quizzes": {
        "title": "防骗小测验",
        "slug": "quizzes",
        "show_in_menus": True,
        "introduction": (
            "<p>每组几道题，两三分钟做完，马上看到对错和解析。做过一遍，遇到骗子时更容易想起来。"
            "答题是匿名的，我们只统计哪些题容易答错，用来改进防骗指南。</p>"
        ),
    },
}

STANDARD_PAGES = [
    {
        "title": "关于我们",
        "slug": "about",
        "show_in_menus": True,
        "introduction": (
            f"消保护航是{COMPANY_LEGAL_NAME}（虚构的示例公司）消费者权益保护团队的公众教育网站，"
            "帮助大家识别和远离金融黑灰产骗局。"
        ),
        "body": [
            ("heading", {"text": "我们在做什么"}),
            (
                "paragraph",
                "<p>近年来，“代理维权”“反催收联盟”“征信修复”“债务优化”等黑灰产团伙，"
                "打着帮消费者维权、减债的旗号收取费用、套取个人信息，也有人把有组织的逃废债包装成投诉。"
                "真正受损的，往往是被他们利用的借款人自己。</p>"
                "<p>我们建立了覆盖全流程的防护体系：<b>事前拦截</b>，在骗局接触用户之前识别并阻断；"
                "<b>事中预警</b>，在可疑行为发生时提醒用户；<b>事后打击</b>，配合公安机关和行业反黑产联盟，"
                "共享黑灰产特征，追查作案团伙。</p>",
            ),
            ("heading", {"text": "我们对投诉的承诺"}),
            (
                "paragraph",
                "<ul><li>1 小时内响应您的投诉；</li><li>立即指定专人负责调查；</li>"
                "<li>24 小时内完成调查；</li><li>48 小时内向您反馈处理结果。</li></ul>"
                "<p>以上服务全部免费，不需要、也不接受任何中介代办。</p>",
            ),
            ("heading", {"text": "宣传教育"}),
            (
                "paragraph",
                "<p>我们通过 App、微信公众号、线上直播和线下沙龙开展宣传教育，"
                "每年举办数十场消费者权益保护、反诈防骗和风险提示活动。</p>",
            ),
            ("report_cta", {}),
        ],
    },
    {
        "title": "隐私政策",
        "slug": "privacy",
        "show_in_menus": False,
        "introduction": (
            "我们依照《个人信息保护法》处理您的个人信息。本页说明本网站收集什么、为什么收集、如何保护。"
        ),
        "body": [
            ("heading", {"text": "我们收集哪些信息"}),
            (
                "paragraph",
                "<p>浏览本网站不需要注册或登录。您提交举报线索时，我们只收集核查线索所必需的信息，"
                "例如可疑的电话号码、微信号或网址，以及您自愿留下的联系方式。您可以选择匿名举报。</p>",
            ),
            ("heading", {"text": "我们如何使用和保护"}),
            (
                "paragraph",
                "<ul><li>只用于核查线索、拦截骗局和配合公安机关打击犯罪，不用于营销；</li>"
                "<li>银行卡号等金融账户信息属于敏感个人信息，展示时会做遮挡处理；</li>"
                "<li>举报线索严格保密，只有消费者权益保护团队可以查看，每一次查看都有记录；</li>"
                "<li>信息只保存到实现目的所需的最短时间，到期删除或匿名化。</li></ul>",
            ),
            ("heading", {"text": "您的权利"}),
            (
                "paragraph",
                "<p>您有权查阅、更正、删除您提交的个人信息，或撤回同意。"
                "请通过“联系我们”页面中的官方渠道提出，我们会核实身份后尽快处理。</p>",
            ),
        ],
    },
    {
        "title": "联系我们",
        "slug": "contact",
        # In the footer only: four menu items fit one line on a 390 px phone, five wrap to two.
        "show_in_menus": False,
        "introduction": "投诉、咨询、申请困难帮扶或举报可疑线索，请使用以下官方渠道，全部免费。",
        "body": [
            ("heading", {"text": "官方渠道"}),
            (
                "paragraph",
                f"<ul><li>官方客服热线：{HOTLINE}（每天 8:00–22:00）</li>"
                "<li>App 内：我的 - 客服 - 投诉建议</li>"
                "<li>微信公众号：搜索“消保护航”</li></ul>"
                "<p>我们不会通过个人微信、QQ 或陌生电话要求您转账、提供验证码。</p>",
            ),
            ("heading", {"text": "遇到诈骗，请同时联系"}),
            (
                "paragraph",
                "<ul><li><b>110</b>：正在被骗或已经转账，立即报警，越早报警越有机会冻结被骗资金；</li>"
                "<li><b>96110</b>：全国反诈预警专线，"
                "接到这个号码的来电，说明您可能正在被骗，请一定接听；</li>"
                "<li><b>12321</b>：举报骚扰电话、垃圾短信和不良信息。</li></ul>",
            ),
            ("report_cta", {"text": "想告诉我们可疑的电话、微信或网站？提交举报线索，可以匿名。"}),
        ],
    },
]

# Illustrations drawn by education/demo/images.py: motif name and a (start, end) gradient.
IMAGES = {
    "hero-daili-weiquan": {"title": "题图：代理维权", "motif": "shield", "palette": ("#0b5cad", "#4fa3e0")},
    "hero-fan-cuishou": {"title": "题图：反催收联盟", "motif": "chat", "palette": ("#b4321f", "#e98a3c")},
    "hero-zhengxin-xiufu": {
        "title": "题图：征信修复",
        "motif": "document",
        "palette": ("#0f766e", "#4cc2b0"),
    },
    "hero-zhaiwu-youhua": {"title": "题图：债务优化", "motif": "coins", "palette": ("#2f6b1f", "#8cc152")},
    "hero-xiaoyuandai": {"title": "题图：注销校园贷", "motif": "phone", "palette": ("#5b3cc4", "#9c7be8")},
    "hero-maochong-kefu": {"title": "题图：冒充客服", "motif": "phone", "palette": ("#1d3f8f", "#5b8def")},
    "hero-daikuan-zhapian": {"title": "题图：贷款诈骗", "motif": "lock", "palette": ("#9b1c31", "#e0607e")},
    "hero-qita": {"title": "题图：刷单与投资骗局", "motif": "warning", "palette": ("#a15c00", "#f2b640")},
    "hero-zhuanzhang": {
        "title": "题图：被骗后怎么办",
        "motif": "megaphone",
        "palette": ("#245a8c", "#38b2ac"),
    },
    "figure-chat": {
        "title": "示意图：可疑私信",
        "motif": "chat",
        "palette": ("#334e68", "#829ab1"),
        "size": "figure",
    },
    "figure-sms": {
        "title": "示意图：可疑短信",
        "motif": "phone",
        "palette": ("#486581", "#9fb3c8"),
        "size": "figure",
    },
    "figure-credit-report": {
        "title": "示意图：征信报告",
        "motif": "document",
        "palette": ("#27606b", "#7fb8c4"),
        "size": "figure",
    },
    "figure-coins": {
        "title": "示意图：手续费",
        "motif": "coins",
        "palette": ("#5c6b1f", "#b5c46a"),
        "size": "figure",
    },
    "figure-lock": {
        "title": "示意图：解冻费",
        "motif": "lock",
        "palette": ("#6b2737", "#c47a8b"),
        "size": "figure",
    },
    "figure-shield": {
        "title": "示意图：官方渠道",
        "motif": "shield",
        "palette": ("#1f5f3f", "#6fbf8f"),
        "size": "figure",
    },
}

GUIDES = [
    {
        "title": "投诉本来免费：识破“代理维权”的收费套路",
        "slug": "daili-weiquan",
        "category": "daili-weiquan",
        "tags": ["代理维权", "投诉", "个人信息"],
        "image": "hero-daili-weiquan",
        "published_days_ago": 75,
        "reviewed_days_ago": 12,
        "summary": (
            "自称能“代理投诉、减免债务”的中介，先收服务费，再要身份证和银行卡。"
            "向金融机构投诉、申请协商还款都是免费的，自己就能办。"
        ),
        "body": [
            ("heading", {"text": "他们是怎么找上门的"}),
            (
                "paragraph",
                "<p>“代理维权”团伙常在短视频、贴吧和借贷论坛投放广告，打出“专业债务处理”“投诉减免利息”"
                "“停催收、免罚息”等口号。借款人主动咨询后，对方先夸大后果、制造焦虑，再声称有“内部关系”，"
                "只要签委托协议、交服务费，就能让金融机构减免欠款。</p>"
                "<p>实际上，他们做的往往只是用借款人的名义，批量提交内容雷同的投诉材料。"
                "2024 年 7 月 1 日起施行的《消费者权益保护法实施条例》明确反对借投诉谋取不正当利益，"
                "恶意投诉不会让债务消失，反而可能让借款人陷入更多纠纷。</p>",
            ),
            (
                "warning_signs",
                {
                    "signs": [
                        "承诺“百分百减免”“全额退息”，还说不成功“全额退款”",
                        "先收服务费、保证金，或按减免金额抽成",
                        "索要身份证、银行卡照片、登录密码或手机验证码",
                        "让您停止还款、不接机构电话，说“越拖越好谈”",
                        "提供现成的投诉模板，甚至让您编造事实",
                    ]
                },
            ),
            (
                "case_story",
                {
                    "title": "交了 4800 元“服务费”，欠款一分没少",
                    "story": "<p>化名小周因收入下降出现逾期，在短视频平台看到“协商减免”广告后加了对方微信。"
                    "对方自称“法务团队”，要他先付 4800 元服务费，"
                    "并提供身份证、银行卡照片和 App 登录验证码。</p>"
                    "<p>此后两个月，小周按对方指示停止还款、不接机构电话，罚息却一直在增加，"
                    "“法务团队”最后把他拉黑了。小周拨打官方客服热线后才知道，延期和分期都可以免费申请。</p>",
                    "lesson": "协商还款、申请困难帮扶，直接找官方渠道，免费办理。",
                },
            ),
            (
                "image",
                {
                    "image": "figure-chat",
                    "alt_text": "示意图：两个对话气泡，其中一个带红色叉号，代表可疑的“代理维权”私信",
                    "caption": "“代理”通常通过私信联系，先谈价钱，再要证件。示意图，不含真实信息。",
                },
            ),
            ("heading", {"text": "已经联系过“代理”怎么办"}),
            (
                "steps",
                {
                    "steps": [
                        {"title": "停止付款", "detail": "不再向对方支付任何费用，也不要为了“退款”再转账。"},
                        {
                            "title": "收回账户控制权",
                            "detail": (
                                "立即修改 App 登录密码和支付密码；交出过验证码的，联系官方客服核查账户。"
                            ),
                        },
                        {
                            "title": "保留证据",
                            "detail": "截图保存聊天记录、委托协议、付款凭证和对方的联系方式。",
                        },
                        {
                            "title": "自己联系官方渠道",
                            "detail": "如实说明困难，申请协商还款，不需要任何中介。",
                        },
                        {
                            "title": "报警或举报",
                            "detail": "被骗了钱请拨打 110；在本站举报对方，帮助拦截同一团伙。",
                        },
                    ]
                },
            ),
            ("official_channels", {}),
            (
                "video",
                {
                    "title": "三分钟看懂“代理维权”骗局",
                    "url": "https://example.com/videos/daili-weiquan",
                    "platform": "官方视频号",
                    "duration": "3分10秒",
                    "description": "通过一个化名案例，看“代理”如何一步步收费、套取个人信息。",
                },
            ),
            ("report_cta", {"text": "遇到自称能“代理投诉、减免债务”的人？把对方的电话、微信号告诉我们。"}),
        ],
    },
    {
        "title": "加入“反催收联盟”，债务只会越滚越大",
        "slug": "fan-cuishou-lianmeng",
        "category": "fan-cuishou",
        "tags": ["反催收", "逃废债", "网络群组"],
        "image": "hero-fan-cuishou",
        "published_days_ago": 62,
        "reviewed_days_ago": 20,
        "summary": (
            "一些网络群组以“互助”为名，教人拖欠不还、骚扰催收人员、售卖“投诉模板”。"
            "照做的人罚息更多、可能被起诉，个人信息还会被转卖。"
        ),
        "body": [
            ("heading", {"text": "“联盟”里在教什么"}),
            (
                "paragraph",
                "<p>所谓“反催收联盟”，通常是社交平台上的群组或付费社群。群主宣称“按我的方法来就不用还钱”，"
                "然后推销“上岸”课程、投诉模板和所谓的“防爆通讯录”服务。</p>"
                "<p>这些方法的核心是拖延和对抗：停止还款、反复恶意投诉、剪辑录音威胁曝光，甚至骚扰催收人员。"
                "欠款不会因此减少，罚息却会继续增加；情节严重的还可能面临诉讼。</p>",
            ),
            (
                "warning_signs",
                {
                    "signs": [
                        "群里宣扬“欠钱不用还”“网贷都不合法”",
                        "售卖投诉模板、“上岸”课程或“退息”教程",
                        "要求成员上传借款截图、身份证和通讯录，说要“统一处理”",
                        "鼓励成员组团辱骂、骚扰、恶意投诉",
                        "声称能帮您“消除逾期记录”",
                    ]
                },
            ),
            (
                "case_story",
                {
                    "title": "花 699 元买的“上岸课程”",
                    "story": "<p>化名阿杰被朋友拉进一个“债务互助群”。群主说按课程操作，三个月就能“上岸”。"
                    "阿杰买了 699 元的课程和一套投诉模板，按要求停止还款，每天照着模板投诉。</p>"
                    "<p>三个月后，他的欠款因罚息增加了近两成，还收到了起诉材料；"
                    "而他发给群主的身份证照片，被人拿去注册了陌生账户。</p>",
                    "lesson": "有还款困难，主动沟通比对抗有用，而且不用花钱。",
                },
            ),
            (
                "image",
                {
                    "image": "figure-chat",
                    "alt_text": "示意图：聊天界面中的对话气泡和红色叉号，代表“反催收”群在招揽成员",
                    "caption": "“反催收”群常以“互助”为名招揽借款人。示意图，不含真实信息。",
                },
            ),
            ("heading", {"text": "真正有用的做法"}),
            (
                "steps",
                {
                    "steps": [
                        {
                            "title": "退出群组，不再付费",
                            "detail": "不再购买课程或模板，不再向群主提供任何个人资料。",
                        },
                        {
                            "title": "核对真实欠款",
                            "detail": "在官方 App 查看账单，弄清本金、利息和逾期情况。",
                        },
                        {
                            "title": "主动说明困难",
                            "detail": "通过官方客服说明收入变化，申请延期、分期等还款安排。",
                        },
                        {
                            "title": "保护个人信息",
                            "detail": "交出过身份证或通讯录的，留意陌生账户和借款记录，发现冒用及时报警。",
                        },
                    ]
                },
            ),
            (
                "video",
                {
                    "title": "“上岸课程”的真相",
                    "url": "https://example.com/videos/fan-cuishou",
                    "platform": "官方视频号",
                    "duration": "4分05秒",
                },
            ),
            ("official_channels", {}),
            ("report_cta", {"text": "有人拉您进“反催收”群、推销“上岸”课程？举报群号和联系人。"}),
        ],
    },
    {
        "title": "不良征信花钱就能“洗白”？都是骗局",
        "slug": "zhengxin-xiufu",
        "category": "zhengxin-xiufu",
        "tags": ["征信修复", "异议申请", "收费骗局"],
        "image": "hero-zhengxin-xiufu",
        "published_days_ago": 54,
        "reviewed_days_ago": 9,
        "summary": (
            "征信记录按事实报送，任何机构和个人都无权花钱删除真实的逾期记录。"
            "记录确实有错的，可以免费提出异议申请。"
        ),
        "body": [
            ("heading", {"text": "征信记录能不能改"}),
            (
                "paragraph",
                "<p>征信报告如实记录借款和还款情况。只要逾期真实发生，就没有人能通过“内部关系”"
                "“技术手段”把它删掉，收费“征信修复”“征信洗白”的说法都不可信。</p>"
                "<p>如果记录确实有错，比如您从没借过这笔钱，或按时还了款却显示逾期，"
                "可以向报送机构或征信机构提出异议申请。异议处理不收费，也不需要中介代办。</p>",
            ),
            (
                "warning_signs",
                {
                    "signs": [
                        "宣称有“内部渠道”“专业修复”，能删除逾期记录",
                        "按删除条数收费，或先收“加急费”“材料费”",
                        "要求您签授权书、交出征信查询账号和密码",
                        "让您伪造住院、失业证明去申诉",
                        "自称与银行、征信机构“合作”，却拿不出可以核实的信息",
                    ]
                },
            ),
            (
                "case_story",
                {
                    "title": "“3 天消除逾期”的承诺",
                    "story": "<p>化名林女士准备申请房贷，担心两年前的一次逾期影响审批。她在网上找到一家"
                    "“征信修复工作室”，对方承诺 3 天内删除记录，每条收费 2000 元。</p>"
                    "<p>付款后，对方又以“需要打点关系”为由追加费用。一个月过去，记录没有任何变化，"
                    "工作室也联系不上了。</p>",
                    "lesson": "真实的逾期记录谁也删不掉；记录有错，免费申请更正。",
                },
            ),
            (
                "image",
                {
                    "image": "figure-credit-report",
                    "alt_text": "示意图：一份带红色叉号的文件，表示征信记录不能花钱删除",
                    "caption": "收费删除征信记录的承诺，一律不可信。示意图。",
                },
            ),
            ("heading", {"text": "记录有错时，这样申请更正"}),
            (
                "steps",
                {
                    "steps": [
                        {"title": "查询本人征信报告", "detail": "通过正规渠道查询，找出有疑问的记录。"},
                        {
                            "title": "向报送机构提出异议",
                            "detail": "通过官方客服说明情况，提交能证明事实的材料，例如还款凭证。",
                        },
                        {"title": "等待核查结果", "detail": "机构核查后会告知结果，确有错误的会予以更正。"},
                        {"title": "不付任何“修复费”", "detail": "整个过程免费，要求付费代办的都可能是骗局。"},
                    ]
                },
            ),
            ("official_channels", {"title": "记录有异议？官方渠道免费申请"}),
            (
                "video",
                {
                    "title": "征信“洗白”骗局拆解",
                    "url": "https://example.com/videos/zhengxin-xiufu",
                    "platform": "官方视频号",
                    "duration": "2分45秒",
                },
            ),
            ("report_cta", {"text": "看到“征信修复”“征信洗白”广告？把链接和联系方式告诉我们。"}),
        ],
    },
    {
        "title": "“停息挂账”不用找中介：免费申请协商还款",
        "slug": "tingxi-guazhang",
        "category": "zhaiwu-youhua",
        "tags": ["债务优化", "协商还款", "困难帮扶"],
        "image": "hero-zhaiwu-youhua",
        "published_days_ago": 47,
        "reviewed_days_ago": 6,
        "summary": (
            "打着“债务优化”“停息挂账”旗号的中介，按欠款比例收取手续费代办协商。"
            "遇到还款困难，您可以直接向金融机构免费申请。"
        ),
        "body": [
            ("heading", {"text": "“债务优化”中介做了什么"}),
            (
                "paragraph",
                "<p>一些机构以“债务优化”“停息挂账”“债务重组”为名招揽客户，按欠款金额的一定比例收取手续费，"
                "少则几百元，多则上万元。它们做的往往只是替借款人打几个电话，"
                "甚至伪造病历、失业证明去“谈判”。</p>"
                "<p>如果您确实遇到失业、疾病等困难，本来就可以直接联系金融机构说明情况，"
                "申请延期或分期等还款安排。这项服务免费，由本人申请，沟通也更顺畅。</p>",
            ),
            (
                "warning_signs",
                {
                    "signs": [
                        "按欠款总额的一定比例收取“手续费”“服务费”",
                        "承诺“停息挂账”“只还本金”一定能办成",
                        "要求交出 App 账号和密码，由他们“全权代理”",
                        "建议您伪造困难证明或夸大病情",
                        "让您先把钱转给他们，再由他们“代为还款”",
                    ]
                },
            ),
            (
                "case_story",
                {
                    "title": "代办费比减下来的利息还多",
                    "story": "<p>化名王先生在几个平台都有欠款。一家“债务优化公司”承诺帮他办停息挂账，"
                    "收取欠款总额 8% 的服务费，共 6000 多元。</p>"
                    "<p>对方给了他一份伪造的诊断证明去申请，"
                    "结果因材料存疑被退回。王先生后来自己联系官方客服，"
                    "如实说明收入下降，免费办理了分期还款。</p>",
                    "lesson": "如实说明困难，自己申请就行，不要付费代办，更不要伪造材料。",
                },
            ),
            ("heading", {"text": "自己申请协商还款，四步就够"}),
            (
                "steps",
                {
                    "steps": [
                        {"title": "整理欠款情况", "detail": "列出每笔借款的金额、到期日和逾期情况。"},
                        {
                            "title": "准备真实材料",
                            "detail": "收入变化、医疗记录等能说明困难的材料即可，切勿伪造。",
                        },
                        {
                            "title": "联系官方渠道",
                            "detail": "拨打官方客服热线或在 App 内提交申请，说明还款能力和诉求。",
                        },
                        {"title": "按约定还款", "detail": "方案确定后按时还款，情况有变化及时沟通。"},
                    ]
                },
            ),
            (
                "image",
                {
                    "image": "figure-coins",
                    "alt_text": "示意图：一叠硬币和百分号，表示“债务优化”中介按比例抽取手续费",
                    "caption": "中介按欠款比例收费，官方渠道分文不取。示意图。",
                },
            ),
            ("official_channels", {}),
            (
                "video",
                {
                    "title": "自己申请协商还款，其实不难",
                    "url": "https://example.com/videos/xieshang-huankuan",
                    "platform": "官方视频号",
                    "duration": "5分钟",
                    "description": "客服人员演示如何在 App 内提交困难帮扶申请。",
                },
            ),
            ("report_cta", {}),
        ],
    },
    {
        "title": "“不注销校园贷会影响征信”？这是冒充客服的骗局",
        "slug": "zhuxiao-xiaoyuandai",
        "category": "maochong-kefu",
        "tags": ["冒充客服", "校园贷", "屏幕共享"],
        "image": "hero-xiaoyuandai",
        "published_days_ago": 40,
        "reviewed_days_ago": 15,
        "summary": (
            "骗子冒充金融平台客服，说您上学时开通过“校园贷”账户，不注销会影响征信，"
            "再一步步诱导您贷款、转账。正规平台不会这样要求。"
        ),
        "body": [
            ("heading", {"text": "骗局是怎么展开的"}),
            (
                "paragraph",
                "<p>骗子往往能准确说出您的姓名和部分身份信息，语气专业又急迫，"
                "声称您在学生时期开通过“校园贷”账户，按规定必须注销，否则会影响征信。</p>"
                "<p>接着，他们让您下载会议软件共享屏幕，或引导您在多个平台借款“清空额度”，"
                "最后把借到的钱转入所谓的“安全账户”。钱一旦转出，就很难追回。</p>",
            ),
            (
                "warning_signs",
                {
                    "signs": [
                        "来电自称“客服”或“监管部门”，一开口就说您的账户有问题",
                        "声称“不注销会影响征信”“这是监管要求”",
                        "要求下载会议软件、开启屏幕共享",
                        "让您在多个平台借款“清空额度”",
                        "要求把钱转到“安全账户”“监管账户”",
                        "索要短信验证码",
                    ]
                },
            ),
            (
                "case_story",
                {
                    "title": "一通电话，被骗 3 万元",
                    "story": "<p>化名小陈工作刚满一年，接到自称某金融平台客服的电话，"
                    "对方说出了她的姓名和毕业院校，"
                    "称她的“学生账户”必须注销。</p>"
                    "<p>在对方指导下，小陈开启屏幕共享，"
                    "先后在三个平台借款共 3 万元，转入对方提供的“验证账户”。"
                    "挂断电话后她越想越不对，拨打 110 报警，才确认被骗。</p>",
                    "lesson": "征信不需要靠“注销账户”来保护；让您先借款再转账的“客服”一定是骗子。",
                },
            ),
            (
                "image",
                {
                    "image": "figure-sms",
                    "alt_text": "示意图：手机屏幕上几条消息和一个红色感叹号，代表冒充客服发来的可疑信息",
                    "caption": "可疑来电和短信常以“账户异常”开头。示意图，不含真实信息。",
                },
            ),
            ("heading", {"text": "接到这类电话，这样做"}),
            (
                "steps",
                {
                    "steps": [
                        {"title": "立即挂断", "detail": "不按对方要求操作，不共享屏幕，不说验证码。"},
                        {
                            "title": "自己核实",
                            "detail": "打开官方 App 或拨打官方客服热线核实，不要回拨对方给的号码。",
                        },
                        {"title": "已转账马上报警", "detail": "立即拨打 110，同时联系银行，争取尽快止付。"},
                        {"title": "接听 96110", "detail": "接到 96110 来电请一定接听，这是反诈预警专线。"},
                    ]
                },
            ),
            (
                "video",
                {
                    "title": "“注销校园贷”骗局全过程还原",
                    "url": "https://example.com/videos/zhuxiao-xiaoyuandai",
                    "platform": "官方视频号",
                    "duration": "3分30秒",
                },
            ),
            ("official_channels", {}),
            ("report_cta", {"text": "接到要您“注销校园贷”的电话？举报来电号码，帮更多人避开。"}),
        ],
    },
    {
        "title": "识别冒充客服：正规客服不会做的五件事",
        "slug": "maochong-kefu",
        "category": "maochong-kefu",
        "tags": ["冒充客服", "安全账户", "验证码"],
        "image": "hero-maochong-kefu",
        "published_days_ago": 33,
        "reviewed_days_ago": 4,
        "summary": (
            "冒充金融机构客服是最常见的骗局之一。记住正规客服不会做的五件事，接到可疑电话时就能快速判断。"
        ),
        "body": [
            ("heading", {"text": "正规客服不会做的五件事"}),
            (
                "paragraph",
                "<p>骗子的话术千变万化，最终都要落到“让您转账”或“拿到您的验证码和密码”。"
                "下面这几件事，正规客服都不会做：</p>"
                "<ol><li>要求您把钱转到“安全账户”“监管账户”或个人账户；</li>"
                "<li>索要短信验证码、支付密码或银行卡密码；</li>"
                "<li>要求您下载会议软件、开启屏幕共享；</li>"
                "<li>以“账户异常”“征信受损”为由，催您马上处理；</li>"
                "<li>要您先交“解冻费”“保证金”才能办理业务。</li></ol>",
            ),
            (
                "warning_signs",
                {
                    "title": "还要留意这些信号",
                    "signs": [
                        "来电号码看起来像官方号码，却要您“加微信详谈”",
                        "通话中不断催促，不给您挂断核实的时间",
                        "发来带官方标志的链接，要求填写银行卡信息",
                        "声称您的账户“涉嫌洗钱”，需要“配合调查”",
                    ],
                },
            ),
            (
                "case_story",
                {
                    "title": "“95 开头的号码”也不一定是真的",
                    "story": "<p>化名赵阿姨接到一个显示为“95”开头的来电，对方说她的银行卡涉嫌异常交易，"
                    "需要把存款转到“安全账户”接受核查。</p>"
                    "<p>赵阿姨想起社区讲座讲过的内容，先挂断电话，再自己拨打银行卡背面的官方号码，"
                    "确认账户一切正常。</p>",
                    "lesson": "来电显示可以伪装，核实时一定要自己拨打官方号码。",
                },
            ),
            (
                "image",
                {
                    "image": "figure-sms",
                    "alt_text": "示意图：手机屏幕上几条消息和一个红色感叹号，代表冒充客服的来电和短信",
                    "caption": "先挂断，再用官方渠道核实。示意图。",
                },
            ),
            (
                "steps",
                {
                    "steps": [
                        {"title": "先挂断", "detail": "感到紧张、被催促时，先挂断电话再说。"},
                        {"title": "用官方渠道核实", "detail": "打开官方 App，或拨打官方客服热线询问。"},
                        {"title": "转账后立即报警", "detail": "拨打 110，报警越早，冻结被骗资金的机会越大。"},
                        {"title": "举报号码", "detail": "在本站举报来电号码和链接，我们会核查并拦截。"},
                    ]
                },
            ),
            (
                "video",
                {
                    "title": "五件事，识破冒充客服",
                    "url": "https://example.com/videos/maochong-kefu",
                    "platform": "官方视频号",
                    "duration": "2分20秒",
                },
            ),
            ("official_channels", {}),
            (
                "quiz",
                {
                    "title": "读完考考自己",
                    "intro": "两道题，选好后提交，马上看到解析。",
                    "questions": [
                        question(
                            "接到自称客服的电话，说您的账户异常，要您转账到“安全账户”。第一步做什么？",
                            ["按对方说的转账", "先挂断，再用官方渠道核实"],
                            1,
                            "正规机构没有“安全账户”。挂断后用官方 App 或官方热线核实，"
                            "不要回拨对方留下的号码。",
                        ),
                        question(
                            "对方要您开启屏幕共享，“指导您操作”。可以吗？",
                            ["可以，客服在帮我", "不可以，屏幕共享会泄露验证码和密码"],
                            1,
                            "正规客服不会让您下载会议软件或共享屏幕。共享屏幕后，对方能看到您收到的验证码。",
                        ),
                    ],
                },
            ),
            ("report_cta", {}),
        ],
    },
    {
        "title": "“包下款”先交保证金？正规贷款放款前不收费",
        "slug": "baoxiakuan",
        "category": "daikuan-zhapian",
        "tags": ["贷款诈骗", "前期收费", "解冻费"],
        "image": "hero-daikuan-zhapian",
        "published_days_ago": 26,
        "reviewed_days_ago": 26,
        "summary": (
            "“无视征信、百分百下款”的贷款广告，常以保证金、验证费、解冻费为名一次次收钱，"
            "最后贷款一分没到。正规贷款放款前不收取这些费用。"
        ),
        "body": [
            ("heading", {"text": "“先交钱再放款”的套路"}),
            (
                "paragraph",
                "<p>这类骗局多从短信、社交平台广告开始，打着“低息”“秒批”“无视征信”的旗号。"
                "借款人下载对方提供的 App 填写资料后，页面显示“审核通过”，提现时却提示"
                "“银行卡号填写错误，资金已冻结”。</p>"
                "<p>随后“客服”要求先交“解冻费”“验证金”“会员费”，交了一笔又来一笔。"
                "正规贷款机构在放款前，不会以任何名义要求您向个人账户转账。</p>",
            ),
            (
                "warning_signs",
                {
                    "signs": [
                        "宣传“无视征信”“黑户也能贷”“百分百下款”",
                        "App 不在正规应用商店，要通过链接或二维码下载",
                        "放款前要求交保证金、验证费、解冻费或“刷流水”",
                        "提示“账户冻结”“卡号错误”，要求交钱解冻",
                        "收款方是个人账户",
                    ]
                },
            ),
            (
                "case_story",
                {
                    "title": "为了贷 5 万，先后交了 9 次钱",
                    "story": "<p>化名老刘急需周转资金，"
                    "通过短信链接下载了一个贷款 App，申请 5 万元很快显示通过，"
                    "提现时却提示“银行卡号错误，资金冻结”。</p>"
                    "<p>“客服”先让他交 5000 元解冻费，又以“流水不足”“需开通会员”为由继续收费。"
                    "前后 9 次共 2 万多元，贷款一分也没到账。</p>",
                    "lesson": "放款前要您交钱的，都是骗局。",
                },
            ),
            (
                "image",
                {
                    "image": "figure-lock",
                    "alt_text": "示意图：一张钞票和一把锁，代表以“解冻费”为名的贷款诈骗",
                    "caption": "“资金冻结，交费解冻”是贷款诈骗的典型话术。示意图。",
                },
            ),
            (
                "steps",
                {
                    "steps": [
                        {
                            "title": "停止转账",
                            "detail": "无论对方说已经交了多少、“再交一次就能放款”，都不要再转。",
                        },
                        {"title": "保留证据", "detail": "保存 App 截图、下载链接、聊天记录和转账凭证。"},
                        {"title": "报警", "detail": "拨打 110 报警，并提供对方收款账户。"},
                        {
                            "title": "卸载可疑 App",
                            "detail": "证据保存好后卸载，检查手机是否被安装了其他陌生软件。",
                        },
                    ]
                },
            ),
            (
                "video",
                {
                    "title": "贷款前先交钱？一定是骗局",
                    "url": "https://example.com/videos/daikuan-zhapian",
                    "platform": "官方视频号",
                    "duration": "1分50秒",
                },
            ),
            ("official_channels", {"title": "借款请认准官方渠道"}),
            ("report_cta", {"text": "收到“包下款”短信或可疑贷款 App 链接？举报给我们。"}),
        ],
    },
    {
        "title": "刷单返利、网恋投资：“稳赚不赔”都是圈套",
        "slug": "shuadan-touzi",
        "category": "qita",
        "tags": ["刷单返利", "投资理财", "网络交友"],
        "image": "hero-qita",
        "published_days_ago": 18,
        "reviewed_days_ago": 18,
        "summary": (
            "刷单返利、网恋后拉您投资、荐股群的“内幕消息”，是几类常见骗局。"
            "它们的共同点是先给小甜头，再要求大额投入。"
        ),
        "body": [
            ("heading", {"text": "三类常见骗局"}),
            (
                "paragraph",
                "<p><b>刷单返利</b>：以“兼职”“点赞返佣”为名，先让您做几单小任务并返现，"
                "再要求垫付大额资金“做连单”，最后以“操作失误”为由拒不返还。</p>"
                "<p><b>网恋投资</b>：在交友平台与您建立感情后，“无意间”透露自己在某平台投资赚了钱，"
                "引导您注册充值；等您加大投入，平台就无法提现了。</p>"
                "<p><b>荐股、理财群</b>：自称“老师”，在群里晒收益截图，推荐您下载不知名的交易软件，"
                "或以“内部消息”为名收取会员费。</p>",
            ),
            (
                "warning_signs",
                {
                    "signs": [
                        "“动动手指日赚几百”“稳赚不赔”",
                        "先返小额佣金，再要求垫付大额资金",
                        "从未见过面的“恋人”主动介绍投资平台",
                        "要求在不知名的网站或 App 上充值、交易",
                        "提现前要先交“手续费”“保证金”“税费”",
                    ]
                },
            ),
            (
                "case_story",
                {
                    "title": "从“点赞返佣”到垫付 2 万元",
                    "story": "<p>化名小宋在求职群看到“点赞返佣”兼职，前几单各赚了十几元。"
                    "随后对方说有“高佣金连单任务”，需要先垫付，完成后连本带利返还。</p>"
                    "<p>小宋垫付了三次共 2 万元，对方却说她“操作超时”，要再充值才能解冻。"
                    "她这才意识到被骗，立即报了警。</p>",
                    "lesson": "要您先垫钱的兼职，都是骗局。",
                },
            ),
            (
                "steps",
                {
                    "steps": [
                        {"title": "不垫付、不充值", "detail": "任何要求先掏钱的兼职或投资，一律拒绝。"},
                        {"title": "不下载陌生 App", "detail": "投资理财只用持牌机构的官方应用。"},
                        {"title": "保留证据并报警", "detail": "截图聊天记录和转账凭证，拨打 110。"},
                    ]
                },
            ),
            (
                "image",
                {
                    "image": "hero-qita",
                    "alt_text": "示意图：红色三角形警示标志，提醒警惕“稳赚不赔”的承诺",
                    "caption": "高收益承诺背后，往往是骗局。示意图。",
                },
            ),
            (
                "video",
                {
                    "title": "刷单返利骗局是怎么套住人的",
                    "url": "https://example.com/videos/shuadan-fanli",
                    "platform": "官方视频号",
                    "duration": "4分钟",
                },
            ),
            ("report_cta", {}),
        ],
    },
    {
        "title": "已经转账了怎么办？抓紧黄金时间",
        "slug": "zhuanzhang-hou",
        "category": "beipian-zijiu",
        "tags": ["报警", "止付", "二次诈骗"],
        "image": "hero-zhuanzhang",
        "published_days_ago": 8,
        "reviewed_days_ago": 8,
        "summary": (
            "发现被骗后越早行动，追回损失的机会越大：立即报警、联系银行申请止付、保存证据，"
            "并警惕“帮您追回损失”的二次诈骗。"
        ),
        "body": [
            ("heading", {"text": "第一时间做这几件事"}),
            (
                "steps",
                {
                    "steps": [
                        {
                            "title": "立即拨打 110",
                            "detail": "说清转账时间、金额和对方收款账户。报警越快，冻结被骗资金的机会越大。",
                        },
                        {
                            "title": "联系银行或支付平台",
                            "detail": "拨打银行卡背面的官方号码，说明被骗情况，配合警方止付。",
                        },
                        {
                            "title": "保存证据",
                            "detail": "不要删除聊天记录，保存转账凭证、对方账号、网址和 App 安装包。",
                        },
                        {"title": "修改密码", "detail": "修改相关 App 和银行卡的密码，解除陌生设备登录。"},
                    ]
                },
            ),
            ("heading", {"text": "这些电话要分清"}),
            (
                "paragraph",
                "<ul><li><b>110</b>：报警电话，正在被骗或已经被骗，都请立即拨打；</li>"
                "<li><b>96110</b>：全国反诈预警专线。接到它的来电，说明您可能正在被骗，请一定接听；</li>"
                "<li><b>12321</b>：举报骚扰电话、垃圾短信和不良信息。</li></ul>",
            ),
            (
                "warning_signs",
                {
                    "title": "警惕二次诈骗",
                    "signs": [
                        "自称能“帮您追回损失”的“律师”“黑客”“追款公司”",
                        "要求先交“追款手续费”“保证金”",
                        "冒充警方，要求把剩余资金转入“安全账户”",
                    ],
                },
            ),
            (
                "case_story",
                {
                    "title": "报警及时，被骗的钱追回了一部分",
                    "story": "<p>化名周先生转账后不到半小时就发现不对，立即拨打 110，并联系银行说明情况。"
                    "警方根据他提供的收款账户及时止付，部分资金得以冻结。</p>",
                    "lesson": "发现被骗，第一时间报警，不要自己“私了”。",
                },
            ),
            (
                "image",
                {
                    "image": "figure-shield",
                    "alt_text": "示意图：一面带对勾的盾牌，代表通过官方渠道求助",
                    "caption": "求助只找 110 和官方渠道。示意图。",
                },
            ),
            ("official_channels", {"title": "需要我们协助？"}),
            (
                "video",
                {
                    "title": "被骗后的黄金时间",
                    "url": "https://example.com/videos/huangjin-shijian",
                    "platform": "官方视频号",
                    "duration": "2分钟",
                },
            ),
            ("report_cta", {"text": "把骗子的电话、账号告诉我们，帮助拦截下一个受害人。"}),
        ],
    },
]

ALERTS = [
    {
        "title": "紧急提醒：有人冒用本公司名义发送“账户注销”短信",
        "slug": "maoyong-zhuxiao-duanxin",
        "level": "urgent",
        "categories": ["maochong-kefu"],
        "tags": ["冒充客服", "短信"],
        "issued_days_ago": 3,
        "valid_until_days": 27,
        "summary": (
            "近期有人冒用本公司名义群发短信，称“您的账户将被注销，"
            "请回电处理”。本公司不会发送此类短信，请勿回电。"
        ),
        "body": [
            (
                "paragraph",
                "<p>短信中的回拨号码和链接均非官方渠道。对方接通后会以“注销账户”“影响征信”为由，"
                "要求您共享屏幕或转账。</p><p>如已按对方要求操作，"
                "请立即拨打 110，并联系官方客服冻结账户。</p>",
            ),
            ("report_cta", {"text": "收到这类短信？请把发送号码告诉我们。"}),
        ],
    },
    {
        "title": "“征信修复”广告在短视频平台高发",
        "slug": "zhengxin-xiufu-guanggao",
        "level": "warning",
        "categories": ["zhengxin-xiufu"],
        "tags": ["征信修复", "短视频"],
        "issued_days_ago": 9,
        "valid_until_days": 51,
        "summary": (
            "近期短视频平台上“征信修复”“逾期洗白”广告增多。任何机构都不能花钱删除真实逾期记录，请勿付费。"
        ),
        "body": [
            (
                "paragraph",
                "<p>这类广告常以“内部渠道”“当天见效”为噱头，收费后要求提供身份证和征信查询密码。"
                "记录有误的，可以通过官方渠道免费提出异议。</p>",
            ),
        ],
    },
    {
        "title": "“停息挂账”代办广告增多，请认准免费官方渠道",
        "slug": "tingxi-guazhang-daiban",
        "level": "notice",
        "categories": ["zhaiwu-youhua"],
        "tags": ["债务优化", "协商还款"],
        "issued_days_ago": 16,
        "valid_until_days": None,
        "summary": "有中介以“停息挂账”“债务优化”为名按欠款比例收费。遇到还款困难，可直接向我们免费申请协商。",
        "body": [
            (
                "paragraph",
                "<p>协商还款由借款人本人申请即可，我们不会要求任何中介代办，也不收取任何费用。"
                "请勿向中介提供账号、密码或伪造的证明材料。</p>",
            ),
        ],
    },
    {
        "title": "警惕“反催收”群售卖投诉模板",
        "slug": "fan-cuishou-moban",
        "level": "warning",
        "categories": ["fan-cuishou", "daili-weiquan"],
        "tags": ["反催收", "投诉模板"],
        "issued_days_ago": 23,
        "valid_until_days": 7,
        "summary": (
            "有网络群组以“互助上岸”为名售卖投诉模板和课程，"
            "并收集成员身份证、通讯录。请勿购买，也不要提供个人信息。"
        ),
        "body": [
            (
                "paragraph",
                "<p>照搬模板恶意投诉不能减免债务，拖欠还款只会增加罚息。"
                "有困难请直接联系官方客服，说明情况、申请协商。</p>",
            ),
        ],
    },
    {
        "title": "接到 96110 来电，请一定接听",
        "slug": "jieting-96110",
        "level": "notice",
        "categories": ["qita"],
        "tags": ["96110", "反诈预警"],
        "issued_days_ago": 31,
        "valid_until_days": None,
        "summary": (
            "96110 是全国反诈预警专线。接到这个号码的来电，说明您可能正在遭遇诈骗，请务必接听并按提示操作。"
        ),
        "body": [
            (
                "paragraph",
                "<p>96110 只会提醒您注意风险，不会要求转账或索要验证码。"
                "若有人以“96110”名义要求您转账，同样是骗局。</p>",
            ),
        ],
    },
    {
        "title": "冒充客服以“安全账户”为由诱导转账的来电增多",
        "slug": "anquan-zhanghu-laidian",
        "level": "urgent",
        "categories": ["maochong-kefu"],
        "tags": ["冒充客服", "安全账户"],
        "issued_days_ago": 42,
        "valid_until_days": -12,
        "summary": (
            "有人冒充本公司客服来电，称用户账户“涉嫌异常交易”，"
            "要求把资金转入“安全账户”。本公司没有任何“安全账户”。"
        ),
        "body": [
            (
                "paragraph",
                "<p>请记住：任何让您转账到“安全账户”的电话都是诈骗。"
                "挂断后请通过 App 或官方客服热线核实。</p>",
            ),
            ("report_cta", {}),
        ],
    },
    {
        "title": "假冒贷款 App 以“解冻费”为名收钱",
        "slug": "jiamao-daikuan-app",
        "level": "warning",
        "categories": ["daikuan-zhapian"],
        "tags": ["贷款诈骗", "解冻费"],
        "issued_days_ago": 56,
        "valid_until_days": -26,
        "summary": "一批仿冒正规平台界面的贷款 App 通过短信链接传播，以“卡号错误、资金冻结”为由收取解冻费。",
        "body": [
            (
                "paragraph",
                "<p>请只从正规应用商店下载本公司 App。放款前要求交任何费用的，都是诈骗。</p>",
            ),
        ],
    },
    {
        "title": "谨防“注销校园贷”诈骗电话",
        "slug": "zhuxiao-xiaoyuandai-dianhua",
        "level": "notice",
        "categories": ["maochong-kefu"],
        "tags": ["校园贷", "冒充客服"],
        "issued_days_ago": 69,
        "valid_until_days": -39,
        "summary": "有人冒充客服致电刚毕业的年轻人，称其“校园贷账户”不注销会影响征信，诱导借款转账。",
        "body": [
            (
                "paragraph",
                "<p>征信不需要靠“注销账户”来保护。接到此类电话请直接挂断，不共享屏幕，不借款转账。</p>",
            ),
        ],
    },
    {
        "title": "“代理维权”机构冒充律师收取“维权保证金”",
        "slug": "daili-weiquan-baozhengjin",
        "level": "warning",
        "categories": ["daili-weiquan"],
        "tags": ["代理维权", "冒充律师"],
        "issued_days_ago": 81,
        "valid_until_days": None,
        "summary": (
            "有“代理维权”机构自称律师事务所，承诺“全额退息”，"
            "先收取数千元“维权保证金”。投诉和协商均可免费办理。"
        ),
        "body": [
            (
                "paragraph",
                "<p>正规律师执业信息可以在司法行政部门公开查询。向我们投诉、申请协商还款，"
                "全程免费，不需要委托任何第三方。</p>",
            ),
        ],
    },
    {
        "title": "刷单返利“做任务”诈骗提醒",
        "slug": "shuadan-fanli",
        "level": "notice",
        "categories": ["qita"],
        "tags": ["刷单返利", "兼职"],
        "issued_days_ago": 96,
        "valid_until_days": -66,
        "summary": "以“点赞返佣”“做任务赚钱”为名的兼职，先返小利再诱导垫付大额资金。刷单本身就是违法行为。",
        "body": [
            (
                "paragraph",
                "<p>凡是要求先垫付资金的兼职，都是诈骗。已经转账的，请立即拨打 110。</p>",
            ),
        ],
    },
    {
        "title": "有人伪造本公司“债务减免通知书”",
        "slug": "weizao-jianmian-tongzhi",
        "level": "urgent",
        "categories": ["zhaiwu-youhua", "daili-weiquan"],
        "tags": ["伪造文书", "债务优化"],
        "issued_days_ago": 121,
        "valid_until_days": -91,
        "summary": (
            "不法中介伪造盖有本公司印章的“债务减免通知书”，以此收取服务费。本公司从未委托任何中介办理减免。"
        ),
        "body": [
            (
                "paragraph",
                "<p>任何还款方案都以 App 内和官方客服告知的为准。"
                "收到可疑文书，请通过官方渠道核实并举报。</p>",
            ),
            ("report_cta", {}),
        ],
    },
    {
        "title": "验证码就是钱，不要告诉任何人",
        "slug": "yanzhengma",
        "level": "notice",
        "categories": ["maochong-kefu", "qita"],
        "tags": ["验证码", "个人信息"],
        "issued_days_ago": 150,
        "valid_until_days": None,
        "summary": "短信验证码相当于您的签名。本公司工作人员在任何情况下都不会索要验证码，请勿告诉任何人。",
        "body": [
            (
                "paragraph",
                "<p>骗子拿到验证码，就可以登录您的账户、修改密码甚至借款。"
                "如已泄露，请立即修改密码并联系官方客服。</p>",
            ),
        ],
    },
]

# "day" is the offset from today; "start" the local (Asia/Shanghai) start time; "minutes" the length.
EVENTS = [
    {
        "title": "直播：一眼识破“代理维权”",
        "slug": "live-daili-weiquan",
        "format": "live_stream",
        "day": -60,
        "start": "19:30",
        "minutes": 60,
        "stream_url": "https://example.com/live/daili-weiquan",
        "replay_url": "https://example.com/replay/daili-weiquan",
        "capacity": "线上不限人数",
        "summary": "消保团队在线拆解“代理维权”的收费套路，现场解答协商还款的问题。",
        "body": [
            (
                "paragraph",
                "<ul><li>“代理维权”是怎么找上借款人的</li><li>委托协议里的陷阱</li>"
                "<li>如何自己免费申请协商还款</li></ul>",
            ),
        ],
    },
    {
        "title": "社区讲座：守好养老钱",
        "slug": "shequ-yanglao",
        "format": "community",
        "day": -35,
        "start": "14:30",
        "minutes": 90,
        "city": "上海",
        "venue": "浦东新区某社区服务中心二楼多功能厅",
        "capacity": "限 60 人",
        "summary": "面向社区老年居民，讲解冒充客服、“安全账户”、保健品投资等常见骗局。",
        "body": [
            (
                "paragraph",
                "<p>讲座结合真实案例（化名），教大家用“先挂断、再核实”的方法应对可疑来电，"
                "现场还有一对一答疑。</p>",
            ),
        ],
    },
    {
        "title": "校园宣讲：“注销校园贷”是骗局",
        "slug": "xiaoyuan-zhuxiao",
        "format": "campus",
        "day": -14,
        "start": "15:00",
        "minutes": 90,
        "city": "成都",
        "venue": "某高校学生活动中心报告厅",
        "capacity": "限 200 人",
        "replay_url": "https://example.com/replay/xiaoyuan-zhuxiao",
        "summary": "面向即将毕业的大学生，揭露“注销校园贷”“刷单兼职”骗局，讲解个人信息保护。",
        "body": [
            ("paragraph", "<p>活动包括情景演示、案例分析和有奖问答。</p>"),
        ],
    },
    {
        "title": "直播：征信修复的真相",
        "slug": "live-zhengxin",
        "format": "live_stream",
        "day": -3,
        "start": "20:00",
        "minutes": 60,
        "stream_url": "https://example.com/live/zhengxin",
        "replay_url": "https://example.com/replay/zhengxin",
        "summary": "讲清楚征信记录能不能改、异议申请怎么免费提交，以及“征信修复”广告的常见话术。",
        "body": [
            ("paragraph", "<p>直播中消保专员现场演示异议申请的流程，并回答观众提问。</p>"),
        ],
    },
    {
        "title": "消保沙龙：遇到还款困难怎么办",
        "slug": "salon-huankuan-kunnan",
        "format": "salon",
        "day": 5,
        "start": "14:00",
        "minutes": 120,
        "city": "深圳",
        "venue": "南山区某共享办公空间三楼会议室",
        "capacity": "限 40 人，先到先得",
        "registration_url": "https://example.com/events/salon-huankuan-kunnan/register",
        "summary": "面对面交流：还款遇到困难时，怎样免费申请延期、分期，避开“债务优化”中介。",
        "body": [
            (
                "paragraph",
                "<ul><li>协商还款的正确方式</li><li>“停息挂账”中介的收费套路</li><li>现场咨询</li></ul>"
                "<p>请携带身份证件，现场不收集银行卡信息。</p>",
            ),
        ],
    },
    {
        "title": "直播：冒充客服骗局全拆解",
        "slug": "live-maochong-kefu",
        "format": "live_stream",
        "day": 12,
        "start": "20:00",
        "minutes": 60,
        "stream_url": "https://example.com/live/maochong-kefu",
        "registration_url": "https://example.com/events/live-maochong-kefu/register",
        "capacity": "线上不限人数",
        "summary": "还原一通冒充客服电话的完整过程，教您识别“账户异常”“注销校园贷”“安全账户”等话术。",
        "body": [
            ("paragraph", "<p>直播期间可以在评论区提问，消保专员会挑选典型问题现场解答。</p>"),
        ],
    },
    {
        "title": "社区讲座：反诈进社区",
        "slug": "shequ-fanzha",
        "format": "community",
        "day": 21,
        "start": "09:30",
        "minutes": 90,
        "city": "杭州",
        "venue": "西湖区某街道文化家园一楼活动室",
        "capacity": "限 80 人",
        "registration_url": "https://example.com/events/shequ-fanzha/register",
        "summary": "与社区民警一起讲解电信网络诈骗的新套路，帮助居民和家人守好钱袋子。",
        "body": [
            ("paragraph", "<p>现场发放防骗手册，并演示如何接听 96110 预警来电。</p>"),
        ],
    },
    {
        "title": "新生防骗第一课",
        "slug": "xiaoyuan-xinsheng",
        "format": "campus",
        "day": 40,
        "start": "19:00",
        "minutes": 90,
        "city": "武汉",
        "venue": "某大学图书馆报告厅",
        "capacity": "限 300 人",
        "registration_url": "https://example.com/events/xiaoyuan-xinsheng/register",
        "summary": "面向大学新生，讲解校园贷、刷单兼职、冒充客服等骗局，以及如何保护个人信息。",
        "body": [
            ("paragraph", "<p>活动包含情景短剧和互动问答，欢迎各院系同学报名参加。</p>"),
        ],
    },
]

SITE_SETTINGS = {
    "brand_name": "消保护航",
    "tagline": "识别金融黑灰产，守护您的钱袋子和个人信息",
    "company_legal_name": COMPANY_LEGAL_NAME,
    "company_short_name": COMPANY_SHORT_NAME,
    # The title of the image that education.demo.images.get_or_create_logo draws.
    "logo": "示例金融标志（示例）",
    "icp_number": "沪ICP备00000000号-1",
    "public_security_number": "沪公网安备00000000000000号",
    "official_app_name": COMPANY_SHORT_NAME,
    "wechat_official_account": "消保护航",
    "hotline": HOTLINE,
    "hotline_hours": "每天 8:00–22:00",
    "official_channels": [
        (
            "channel",
            {
                "kind": "phone",
                "name": "官方客服热线",
                "value": HOTLINE,
                "description": "投诉、协商还款、困难帮扶、异议申请",
            },
        ),
        (
            "channel",
            {
                "kind": "app",
                "name": "App 内投诉入口",
                "value": "App 内“我的-客服-投诉建议”",
                "description": "在线提交投诉和协商申请，随时查看处理进度",
            },
        ),
        (
            "channel",
            {
                "kind": "wechat",
                "name": "官方微信公众号",
                "value": "消保护航",
                "description": "风险提示、防骗知识和活动报名",
            },
        ),
        (
            "channel",
            {
                "kind": "website",
                "name": "官方网站",
                "value": "https://www.example.com/",
                "description": "公司信息和官方公告",
            },
        ),
    ],
}

# Footer links point at pages by slug (children of the home page).
FOOTER_LINKS = [("关于我们", "about"), ("隐私政策", "privacy"), ("联系我们", "contact")]

# 防骗小测验: one quiz page per main scam category, under the quiz index (``related_guide`` is a guide slug).
QUIZZES = [
    {
        "title": "代理维权小测验：花钱找人“投诉减免”靠谱吗？",
        "slug": "daili-weiquan",
        "category": "daili-weiquan",
        "related_guide": "daili-weiquan",
        "published_days_ago": 12,
        "summary": "四道题，看看您能不能识破“代理维权”“代理投诉”的套路。",
        "questions": [
            question(
                "有人在短视频里说“交 3000 元服务费，帮您投诉到监管部门，保证减免一半欠款”。您怎么看？",
                [
                    "机会难得，先交钱再说",
                    "不可信：没有人能“保证”减免，投诉和协商本来就是免费的",
                    "先交一半定金试试",
                ],
                1,
                "向机构协商还款、向监管部门投诉都不收费。承诺“保证减免”“全额退息”的代理，"
                "收了钱往往就失联，还会拿走您的身份证和银行卡信息。",
            ),
            question(
                "代理让您把身份证照片、银行卡号和手机验证码发给他，“方便代办”。应该给吗？",
                [
                    "不给，这些信息可能被用来借贷、转账或冒用身份",
                    "可以给，他需要这些才能帮我",
                    "只给身份证照片",
                ],
                0,
                "身份证、银行卡和验证码落到别人手里，就可能被冒名贷款、盗刷或拿去注册账号。"
                "正规的协商和投诉都不需要把这些交给陌生人。",
            ),
            question(
                "代理教您在投诉里编造“被暴力催收”“合同造假”的情节，说“这样更容易成功”。会有什么后果？",
                [
                    "没关系，反正大家都这么写",
                    "编造事实可能构成恶意投诉，还耽误真正的协商",
                    "只要不被发现就行",
                ],
                1,
                "《消费者权益保护法实施条例》明确反对恶意投诉、借投诉谋取不正当利益。"
                "如实说明困难，直接向机构申请延期或分期，才是对自己有利的做法。",
            ),
            question(
                "您确实还款困难，第一步应该找谁？",
                [
                    "网上自称“债务顾问”的人",
                    "拉您进群的“维权联盟”",
                    "借款机构的官方客服或 App 里的困难帮扶入口",
                ],
                2,
                "官方客服可以免费受理延期、分期和减免申请。先打官方电话或在官方 App 里申请，"
                "不要让中间人替您办。",
            ),
        ],
    },
    {
        "title": "征信修复小测验：逾期记录能花钱“洗白”吗？",
        "slug": "zhengxin-xiufu",
        "category": "zhengxin-xiufu",
        "related_guide": "zhengxin-xiufu",
        "published_days_ago": 11,
        "summary": "“内部渠道删除逾期记录”是真是假？三道题帮您分清。",
        "questions": [
            question(
                "有人说有“内部渠道”，交 5000 元就能删除您真实的逾期记录。可信吗？",
                ["可信，有关系就能办", "不可信：真实的逾期记录任何人都不能花钱删除", "先让他删一条试试"],
                1,
                "征信记录如实反映借还款情况，真实的逾期记录会依法保留，到期后自动不再展示。"
                "任何收费“删除”“洗白”的说法都是骗局。",
            ),
            question(
                "您发现征信报告里有一笔记录不是您本人借的，应该怎么办？",
                ["免费向征信机构或出借机构提出异议申请", "花钱请“征信修复公司”处理", "不用管它"],
                0,
                "记录有错误，可以免费向征信中心或出借机构提出异议，机构核实后会依法更正。整个过程不收费。",
            ),
            question(
                "“修复公司”要您先签“委托书”，再提供征信报告原件和银行流水。可能有什么风险？",
                ["没有风险，这是正规流程", "个人信息被倒卖，甚至被用来伪造材料恶意投诉", "只是多花点钱"],
                1,
                "这些材料包含大量敏感个人信息。所谓“修复公司”常拿它们去伪造材料、批量投诉，"
                "甚至转卖给其他骗子。",
            ),
        ],
    },
    {
        "title": "冒充客服小测验：这通“客服电话”是真的吗？",
        "slug": "maochong-kefu",
        "category": "maochong-kefu",
        "related_guide": "maochong-kefu",
        "published_days_ago": 10,
        "summary": "“账户异常”“注销校园贷”“安全账户”……四道题练练您的判断。",
        "questions": [
            question(
                "自称客服的人说您的账户“涉嫌异常交易”，要您把存款转到“安全账户”核查。您应该：",
                ["照做，免得账户被冻结", "挂断电话，自己拨打银行卡背面的官方电话核实", "先转一小部分"],
                1,
                "所有要求转账到“安全账户”的都是诈骗，正规机构没有这种账户。"
                "挂断后，用您自己查到的官方号码核实。",
            ),
            question(
                "对方说“您大学时开通过校园贷，不注销会影响征信”，让您下载会议软件共享屏幕。这是：",
                ["正规的注销流程", "典型的冒充客服诈骗", "只是走个手续"],
                1,
                "“注销校园贷”是冒充客服的常见借口。共享屏幕后，对方能看到您的验证码和密码。"
                "正规客服不会让您下载会议软件或共享屏幕。",
            ),
            question(
                "来电显示是“95”开头的号码，就一定是官方客服吗？",
                [
                    "是，95 号码不能伪造",
                    "不一定，来电显示可以被伪造，要自己回拨官方号码核实",
                    "只要对方说得出我的名字就是",
                ],
                1,
                "来电号码可以伪装，骗子也可能掌握您的姓名和身份证号。判断真假的办法是："
                "挂断后，自己拨打官方 App 或官网上公布的号码。",
            ),
            question(
                "对方要您念出刚收到的短信验证码，“用来核实身份”。应该怎么做？",
                ["念给他听", "只念前三位", "不告诉任何人，验证码只在自己操作时使用"],
                2,
                "验证码相当于您的支付密码，任何索要验证码的“客服”都是骗子。",
            ),
        ],
    },
    {
        "title": "刷单返利小测验：“动动手指就赚钱”的兼职能做吗？",
        "slug": "shuadan-fanli",
        "category": "qita",
        "related_guide": "shuadan-touzi",
        "published_days_ago": 9,
        "summary": "从“点赞返佣”到垫付几万元，刷单骗局一步步怎么套住人？三道题看清楚。",
        "questions": [
            question(
                "网上兼职说“给视频点赞就返佣金”，前几单真的收到了几块钱。接下来对方让您“充值做任务”，您应该：",
                ["继续做，前面都返钱了", "停止，先返小钱再骗大钱是刷单诈骗的固定套路", "充一小笔试试"],
                1,
                "骗子先用小额返利取得信任，再以“连单”“任务未完成”为由让您不断垫付，最后一分钱也取不出来。",
            ),
            question(
                "对方说“您操作失误，账户被冻结，要再交 2 万元‘解冻金’才能提现”。这时应该：",
                ["停止转账，保存聊天记录和转账凭证，拨打 110 报警", "再交一次把钱取出来", "借钱凑齐解冻金"],
                0,
                "“解冻费”“保证金”“税费”都是继续骗钱的借口，交得越多损失越大。"
                "立即停止转账并报警，越早报警越有机会冻结被骗资金。",
            ),
            question(
                "刷单返利本身是正当的兼职吗？",
                ["是，只要平台给钱就行", "不是，刷单是违法行为，所谓兼职多数就是诈骗", "看平台大不大"],
                1,
                "刷单炒信本身违法，参与者的损失很难追回，还可能被利用去帮骗子转移资金。",
            ),
        ],
    },
]
