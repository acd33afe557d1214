"""The search ranking table: content created by the test, and queries with the page they must find.

Each query row is (query, page key, how): "first" means the page must be the first result, "top3"
within the first three, "none" that nothing is found. Page keys name the entries below. A guide's
"category" is the slug of its scam category (none if left out), its "heading" a heading block
before the body; an event's "days" is its start relative to now (default: in the future).
"""

GUIDES = {
    "daili": {
        "title": "警惕代理维权骗局",
        "summary": "自称能帮您“减免债务”“退回利息”的代理维权机构，收费后往往失联。",
        "body": "<p>投诉、协商还款都可以通过金融机构官方渠道免费办理，不需要交钱给第三方。</p>",
    },
    "kefu": {
        "title": "冒充客服诈骗的识别与应对",
        "summary": "骗子冒充银行或网购平台客服，以账户异常、退款为由诱导转账。",
        "body": "<p>有人自称 95588 客服来电，要求您共享屏幕？立即挂断，回拨官方号码核实。</p>"
        "<p>正规客服不会让您向安全账户转账。</p>",
    },
    "credit": {
        "title": "征信修复都是骗局",
        "summary": "征信记录无法花钱“修复”，逾期记录在还清后保留五年。",
        "body": "<p>可以通过中国人民银行征信中心免费查询个人信用报告，对错误记录提出异议。</p>",
    },
    "debt": {
        "title": "债务优化与停息挂账陷阱",
        "summary": "所谓“债务优化”“停息挂账”服务先收费、再拖延，最后让您的债务更重。",
        "body": "<p>有困难请直接与贷款机构协商还款计划。</p>",
    },
    "anti": {
        "title": "反催收联盟是什么",
        "summary": "“反催收联盟”在社交群里教人恶意逃债，再以会员费、培训费敛财。",
        "body": "<p>加入这类群聊后，个人信息还可能被倒卖。</p>",
    },
    "campus": {
        "title": "注销校园贷账户的骗局",
        "summary": "骗子冒充平台工作人员，称您的校园贷账户未注销会影响征信。",
        "body": "<p>接到电话 400-123-4567 要求注销账户的，请勿相信。</p>",
    },
    "app": {
        "title": "假冒贷款APP下载链接",
        "summary": "骗子发送短信，诱导下载假冒的贷款 APP，以解冻费、保证金为名骗钱。",
        "body": "<p>只从官方应用商店下载 App。</p>",
    },
    "screen": {
        "title": "屏幕共享诈骗",
        "summary": "视频会议软件的共享屏幕功能会泄露验证码和银行卡信息。",
        "body": "<p>任何人要求您开启屏幕共享，都要提高警惕。</p>",
    },
    "elder": {
        "title": "老年人防骗手册",
        "summary": "帮助家中长辈识别保健品、养老投资等常见骗局。",
        "body": "<p>养老诈骗常以高额回报为诱饵。也要警惕冒充客服的来电：冒充客服的人会催促转账，"
        "冒充客服者还会要求下载会议软件。</p>",
    },
    "after": {
        "title": "已经转账了怎么办？抓紧黄金时间",
        "summary": "发现被骗后越早行动，追回损失的机会越大：立即报警、联系银行申请止付、保存证据。",
        "heading": "第一时间做这几件事",
        "body": "<p>拨打 110，说清转账时间、金额和对方收款账户。</p>",
        "category": "beipian-zijiu",  # filed under a help topic, not under 其他
    },
    "office": {
        "title": "办公安全小贴士",
        "summary": "单位员工资料和财务审批流程要妥善保管，谨防冒名转账。",
        "body": "<p>财务人员收到“老板”的转账要求，先电话核实。</p>",
    },
}
ALERTS = {
    "alert_police": {
        "title": "风险提示：冒充公安的诈骗电话",
        "summary": "自称公安机关要求您把钱转到“安全账户”配合调查的，都是骗子。",
    },
    "alert_wx": {
        "title": "紧急提示：冒充微信客服以“百万保障”为由扣费",
        "summary": "近期有人冒充微信客服，称您开通了“百万保障”服务即将扣费，诱导转账。",
    },
    "alert_sms": {
        "title": "风险提示：征信异常短信",
        "summary": "收到“征信异常，需要处理”的短信，不要点击其中的链接。",
    },
}
EVENTS = {
    "salon": {
        "title": "社区反诈沙龙：识别代理维权",
        "summary": "与社区居民面对面讲解代理维权、反催收等骗局。",
        "city": "杭州",
        "venue": "西湖区文化中心",
    },
    "live": {
        "title": "线上讲座：金融消费者权益保护",
        "summary": "邀请专家讲解如何通过官方渠道维护自身权益。",
        "city": "北京",
        "venue": "朝阳区图书馆",
    },
    "newbie": {  # 防骗 in the title once made it the first answer to 被骗了怎么办
        "title": "新生防骗第一课",
        "summary": "讲解校园贷、刷单兼职等骗局，以及如何保护个人信息。",
        "city": "武汉",
        "venue": "某大学图书馆报告厅",
    },
    "past_credit": {  # ended a month ago: a guide on the same words comes first
        "title": "往期直播：征信修复的真相",
        "summary": "征信修复广告的常见话术，征信修复收费的套路。",
        "city": "成都",
        "venue": "线上",
        "days": -30,
    },
    "station": {
        "title": "春运反诈宣传",
        "summary": "在火车站旅客服务中心发放防骗手册。",
        "city": "南京",
        "venue": "南京南站旅客服务中心",
    },
}
STANDARD = {
    "about": {
        "title": "关于我们",
        "introduction": "消保护航是消费者权益保护团队的公开网站，帮助公众识别金融黑灰产骗局。",
    },
    "contact": {"title": "联系我们", "introduction": "热线电话 95511，工作日 9:00-18:00。"},
}

QUERIES = [
    ("代理维权", "daili", "top3"),
    ("维权", "daili", "top3"),
    ("代理維權", "daili", "top3"),
    ("警惕代理维权骗局", "daili", "first"),
    ("冒充客服", "kefu", "top3"),
    ("95588 冒充客服", "kefu", "first"),
    ("９５５８８", "kefu", "first"),
    ("95588", "kefu", "first"),
    ("共享屏幕", "screen", "first"),
    ("屏幕共享", "screen", "first"),
    ("征信修复", "credit", "first"),
    ("征信", "credit", "top3"),
    ("徵信修復", "credit", "first"),
    ("债务优化", "debt", "first"),
    ("停息挂账", "debt", "first"),
    ("反催收", "anti", "first"),
    ("反催收联盟", "anti", "first"),
    ("校园贷", "campus", "first"),
    ("注销账户", "campus", "first"),
    ("400-123-4567", "campus", "first"),
    ("4001234567", "campus", "first"),
    ("APP", "app", "first"),
    ("贷款app", "app", "first"),
    ("ＡＰＰ 下载", "app", "first"),
    ("保证金", "app", "first"),
    ("百万保障", "alert_wx", "first"),
    ("微信客服扣费", "alert_wx", "first"),
    ("征信异常短信", "alert_sms", "first"),
    ("反诈沙龙", "salon", "first"),
    ("杭州", "salon", "first"),
    ("西湖区文化中心", "salon", "first"),
    ("金融消费者权益保护", "live", "first"),
    ("关于我们", "about", "first"),
    ("热线电话", "contact", "first"),
    ("养老诈骗", "elder", "first"),
    ("怎么识别冒充客服", "kefu", "top3"),
    ("中国人民银行征信中心", "credit", "first"),
    ("老年人 防骗", "elder", "first"),
    ("验证码", "screen", "first"),
    ("Sms 短信 征信", "alert_sms", "top3"),
    ("公安", "alert_police", "first"),
    ("客服", "kefu", "top3"),
    ("工资", None, "none"),  # not in 员工资料: words, not any two adjacent characters
    ("冒充客服", "alert_wx", "top3"),  # 冒充微信客服: the words need not be adjacent
    ("屏幕共享", "kefu", "top3"),  # the text says 共享屏幕
    ("旅客服务", "station", "first"),
    ("征信修复的真相", "past_credit", "first"),  # its title holds more of the words than the guide's
    ("二级标题", None, "none"),  # a heading block's level label is layout, not content
    ("被骗了怎么办", "after", "first"),  # the topic 被骗后自救 answers it; 被骗 is one word
    ("我被骗了", "after", "first"),
    ("刚被骗", "after", "first"),
]
