# ruff: noqa: E501 - prose: long sentences read better unbroken
"""English versions of the demo pages a foreign resident needs first (issue 13).

Keyed by the slug of the Chinese page they translate. The loader copies each Chinese page into the English
tree (Wagtail's copy for translation, as an editor's "Translate" does), then replaces the copied Chinese
text with these fields. Block structures mirror the Chinese guides; images and categories are shared.
"""

HOME = {
    "title": "Xiaobao Huhang: anti-fraud help",
    "seo_title": "Spot financial scams — Xiaobao Huhang (消保护航)",
    "hero_title": "Spot scams, protect your money and your data",
    "hero_text": (
        "Paid “complaint agents”, fee-charging “credit repair”, fake customer service… we explain the usual "
        "tricks of financial fraud in plain words. Complaints, repayment plans and disputes are free through "
        "the official channels."
    ),
    "report_text": "A suspicious call, a “debt help” group chat, a fee to “repair” your credit? You can report "
    "it anonymously.",
    "urgent_title": "Just scammed? Just paid?",
    "urgent_steps": "\n".join(
        [
            "Call your bank to stop the payment",
            "Keep chats and transfer records",
            "Stop replying; pay nothing more",
        ]
    ),
}

GUIDE_INDEX = {
    "title": "Anti-fraud guides",
    "introduction": (
        "<p>Guides by kind of scam: what scammers say, the warning signs, and what to do first. Every guide is "
        "reviewed by the consumer protection team and shows when it was last checked.</p>"
    ),
}

REPORT_PAGE = {
    "title": "Report a scam",
    "time_estimate": "about 5 minutes",
    "intro": (
        "<p>A suspicious call, pulled into an “anti-collection” group, offered paid “credit repair” or a "
        "“complaint agent”? Tell us how they contacted you. When several people report the same number, we "
        "can confirm it sooner and act against it with the police and the industry alliance.</p>"
    ),
    "privacy_notice": (
        "<p>We collect only what we need to check your report: what happened, the other side's contact "
        "details and any evidence you upload; your name and contact details are optional.</p>"
        "<ul><li>Purpose: to investigate and fight financial fraud, and to pass to the police when needed."
        "</li><li>How long: see “How long we keep it” below; everything is deleted automatically when the "
        "time is up.</li><li>Who sees it: only the consumer protection team, and every access is logged."
        "</li></ul>"
    ),
    "thank_you_text": "<p>Your report helps other people avoid the same scam. Thank you!</p>",
}

OFFICIAL_CHANNELS = {
    "title": "Official channels, free of charge",
    "intro": (
        "Complaints, repayment plans, hardship help and disputes are all free through the official channels "
        "below. No agent is needed."
    ),
}
REPORT_CTA = {
    "text": "A suspicious call, WeChat contact or website? Tell us, and help others avoid the scam.",
    "button_label": "Report",
}

GUIDES = {
    "daili-weiquan": {
        "title": "Complaints are free: how paid “complaint agents” take your money",
        "summary": (
            "Agents who promise to get your debt reduced by “filing complaints for you” charge a fee first, then "
            "ask for your ID and bank card. Complaining to a financial institution or asking for a repayment "
            "plan is free, and you can do it yourself."
        ),
        "body": [
            ("heading", {"text": "How they find you"}),
            (
                "paragraph",
                "<p>“Complaint agent” gangs advertise on short-video apps, forums and loan communities with slogans "
                "such as “professional debt handling”, “complain to cut your interest” or “stop collection, no "
                "penalty interest”. When a borrower gets in touch, they exaggerate the consequences, create "
                "anxiety, and claim “inside connections”: sign a power of attorney, pay a service fee, and the "
                "lender will write off part of the debt.</p>"
                "<p>In fact, they usually just file the same complaint text in bulk in the borrower's name. The "
                "Implementing Regulations of the Consumer Rights Protection Law, in force since 1 July 2024, "
                "reject seeking improper gain through complaints. Malicious complaints do not make a debt "
                "disappear; they can drag the borrower into more disputes.</p>",
            ),
            (
                "warning_signs",
                {
                    "title": "Warning signs",
                    "signs": [
                        "They promise a “100% reduction” or “all interest refunded”, with “full refund if it fails”",
                        "They charge a service fee or deposit first, or a share of the amount reduced",
                        "They ask for photos of your ID and bank card, your login password or SMS codes",
                        "They tell you to stop repaying and ignore the lender's calls: “the longer, the better”",
                        "They hand you ready-made complaint templates, even ask you to invent facts",
                    ],
                },
            ),
            (
                "case_story",
                {
                    "title": "4,800 yuan in “service fees”, and not a yuan off the debt",
                    "story": "<p>Xiao Zhou (not his real name) fell behind on repayments after his income dropped. He "
                    "saw a “negotiated reduction” advert on a short-video app and added the advertiser on WeChat. "
                    "The self-styled “legal team” asked for a 4,800 yuan service fee, photos of his ID and bank "
                    "card, and his app login code.</p>"
                    "<p>For two months he stopped repaying and ignored the lender's calls as told, while the "
                    "penalty interest kept growing; then the “legal team” blocked him. Only when he called the "
                    "official hotline did he learn that deferral and instalments could be requested for free.</p>",
                    "lesson": "For a repayment plan or hardship help, go to the official channels: it is free.",
                },
            ),
            (
                "image",
                {
                    "image": "figure-chat",
                    "alt_text": "Illustration: two chat bubbles, one crossed out in red, standing for a suspicious "
                    "message from a “complaint agent”",
                    "caption": "“Agents” usually make contact by private message: first the price, then your "
                    "documents. Illustration, no real data.",
                },
            ),
            ("heading", {"text": "If you have already contacted an “agent”"}),
            (
                "steps",
                {
                    "title": "What to do",
                    "steps": [
                        {
                            "title": "Stop paying",
                            "detail": "Pay them nothing more, not even to get a “refund”.",
                        },
                        {
                            "title": "Take back your accounts",
                            "detail": "Change your app login and payment passwords now; if you gave out a "
                            "code, ask the official customer service to check your account.",
                        },
                        {
                            "title": "Keep the evidence",
                            "detail": "Screenshot the chats, the agreement, the payment receipts and their "
                            "contact details.",
                        },
                        {
                            "title": "Contact the official channels yourself",
                            "detail": "Explain your difficulty honestly and ask for a repayment plan; no "
                            "agent is needed.",
                        },
                        {
                            "title": "Call the police or report them",
                            "detail": "If you lost money, call 110; report them here to help stop the gang.",
                        },
                    ],
                },
            ),
            ("official_channels", OFFICIAL_CHANNELS),
            (
                "video",
                {
                    "title": "The “complaint agent” scam in three minutes",
                    "url": "https://example.com/videos/daili-weiquan",
                    "platform": "Our video channel",
                    "duration": "3 min 10 s",
                    "description": "One case, told step by step: how an “agent” charges fees and collects "
                    "personal data.",
                },
            ),
            (
                "report_cta",
                {
                    **REPORT_CTA,
                    "text": "Someone offering to “complain for you and cut your debt”? Send us their phone "
                    "number or WeChat ID.",
                },
            ),
        ],
    },
    "zhengxin-xiufu": {
        "title": "Nobody can buy your credit record clean: “credit repair” is a scam",
        "summary": (
            "Credit records report the facts, and no company or person can delete a true late payment for a fee. "
            "If a record is wrong, you can dispute it for free."
        ),
        "body": [
            ("heading", {"text": "Can a credit record be changed?"}),
            (
                "paragraph",
                "<p>Your credit report records your borrowing and repayments as they happened. If a late payment "
                "really happened, nobody can remove it through “inside connections” or “technical means”; "
                "offers of paid “credit repair” or “credit laundering” cannot be trusted.</p>"
                "<p>If a record really is wrong — a loan you never took, or a payment made on time shown as late — "
                "you can dispute it with the institution that reported it or with the credit bureau. Disputes "
                "are free and need no agent.</p>",
            ),
            (
                "warning_signs",
                {
                    "title": "Warning signs",
                    "signs": [
                        "They claim “inside channels” or “professional repair” that can delete late payments",
                        "They charge per record deleted, or an “express fee” or “paperwork fee” first",
                        "They want you to sign an authorisation and hand over your credit-report login",
                        "They tell you to fake a hospital stay or a job loss to appeal",
                        "They claim to “work with” banks or the credit bureau but give nothing you can check",
                    ],
                },
            ),
            (
                "case_story",
                {
                    "title": "The “late payment gone in 3 days” promise",
                    "story": "<p>Ms Lin (not her real name) was about to apply for a mortgage and worried about a "
                    "late payment from two years before. She found a “credit repair studio” online that promised "
                    "to delete it within 3 days for 2,000 yuan per record.</p>"
                    "<p>After she paid, they asked for more “to grease the wheels”. A month later the record had "
                    "not changed, and the studio could no longer be reached.</p>",
                    "lesson": "Nobody can delete a true late payment; a wrong record is corrected for free.",
                },
            ),
            (
                "image",
                {
                    "image": "figure-credit-report",
                    "alt_text": "Illustration: a document with a red cross, meaning a credit record cannot be "
                    "deleted for money",
                    "caption": "Paid deletion of credit records is never real. Illustration.",
                },
            ),
            ("heading", {"text": "If a record is wrong, ask for a correction like this"}),
            (
                "steps",
                {
                    "title": "What to do",
                    "steps": [
                        {
                            "title": "Get your own credit report",
                            "detail": "Through a legitimate channel; find the record you question.",
                        },
                        {
                            "title": "Dispute it with the institution that reported it",
                            "detail": "Explain through its official customer service and send proof, such as "
                            "repayment receipts.",
                        },
                        {
                            "title": "Wait for the result",
                            "detail": "The institution checks and tells you; real errors are corrected.",
                        },
                        {
                            "title": "Pay no “repair fee”",
                            "detail": "The whole process is free; anyone charging to do it may be a scammer.",
                        },
                    ],
                },
            ),
            (
                "official_channels",
                {**OFFICIAL_CHANNELS, "title": "Dispute a record: free, through official channels"},
            ),
            (
                "video",
                {
                    "title": "Inside the “credit laundering” scam",
                    "url": "https://example.com/videos/zhengxin-xiufu",
                    "platform": "Our video channel",
                    "duration": "2 min 45 s",
                },
            ),
            (
                "report_cta",
                {
                    **REPORT_CTA,
                    "text": "Seen an advert for “credit repair” or “credit laundering”? Send us the link and "
                    "their contact details.",
                },
            ),
        ],
    },
    "tingxi-guazhang": {
        "title": "No agent needed for a repayment plan: ask for one yourself, free",
        "summary": (
            "Agents selling “debt optimisation” or “interest freezes” charge a share of your debt to negotiate for "
            "you. If you cannot repay, you can ask the lender directly, for free."
        ),
        "body": [
            ("heading", {"text": "What “debt optimisation” agents really do"}),
            (
                "paragraph",
                "<p>Some firms advertise “debt optimisation”, “interest freezes” or “debt restructuring” and charge "
                "a percentage of what you owe, from a few hundred to tens of thousands of yuan. Often they just "
                "make a few phone calls for the borrower, or even forge medical records or proof of job loss to "
                "“negotiate”.</p>"
                "<p>If you really have lost your job or fallen ill, you can contact the lender yourself, explain, "
                "and ask for a deferral or instalments. It is free when you ask yourself, and easier.</p>",
            ),
            (
                "warning_signs",
                {
                    "title": "Warning signs",
                    "signs": [
                        "They charge a “handling fee” or “service fee” as a percentage of your total debt",
                        "They promise an interest freeze or “principal only” is guaranteed",
                        "They want your app login and password to act “on your behalf”",
                        "They suggest forging proof of hardship or exaggerating an illness",
                        "They ask you to pay them first so they can “repay for you”",
                    ],
                },
            ),
            (
                "case_story",
                {
                    "title": "The agent's fee was more than the interest saved",
                    "story": "<p>Mr Wang (not his real name) owed money on several platforms. A “debt "
                    "optimisation company” promised him an interest freeze for 8% of his total debt — over 6,000 "
                    "yuan.</p><p>They gave him a forged medical certificate to apply with, and the application was "
                    "rejected as doubtful. Mr Wang then called the official customer service himself, explained "
                    "honestly that his income had dropped, and got instalments for free.</p>",
                    "lesson": "Explain your difficulty honestly and apply yourself; never pay an agent, never "
                    "forge documents.",
                },
            ),
            ("heading", {"text": "Four steps to ask for a repayment plan yourself"}),
            (
                "steps",
                {
                    "title": "What to do",
                    "steps": [
                        {
                            "title": "List your debts",
                            "detail": "Amount, due date and any late payments of each loan.",
                        },
                        {
                            "title": "Prepare real documents",
                            "detail": "Proof of income change or medical records is enough; never forge them.",
                        },
                        {
                            "title": "Contact the official channels",
                            "detail": "Call the official hotline or apply in the app, saying what you can repay.",
                        },
                        {
                            "title": "Repay as agreed",
                            "detail": "Keep to the plan, and tell the lender early if things change.",
                        },
                    ],
                },
            ),
            (
                "image",
                {
                    "image": "figure-coins",
                    "alt_text": "Illustration: a stack of coins and a percent sign, meaning agents take a "
                    "percentage as their fee",
                    "caption": "Agents charge a share of your debt; the official channels charge nothing. "
                    "Illustration.",
                },
            ),
            ("official_channels", OFFICIAL_CHANNELS),
            (
                "video",
                {
                    "title": "Asking for a repayment plan yourself is not hard",
                    "url": "https://example.com/videos/xieshang-huankuan",
                    "platform": "Our video channel",
                    "duration": "5 min",
                    "description": "Our customer service shows how to apply for hardship help in the app.",
                },
            ),
            ("report_cta", REPORT_CTA),
        ],
    },
    "maochong-kefu": {
        "title": "Five things real customer service never does",
        "summary": (
            "Impersonating a financial institution's customer service is one of the most common scams. Remember "
            "five things real customer service never does, and you can judge a suspicious call quickly."
        ),
        "body": [
            ("heading", {"text": "Five things real customer service never does"}),
            (
                "paragraph",
                "<p>Scammers' scripts change all the time, but they always end with “transfer money” or “give me "
                "your code and password”. Real customer service never:</p>"
                "<ol><li>asks you to move money to a “safe account”, a “supervised account” or a personal "
                "account;</li><li>asks for SMS verification codes, payment passwords or bank card PINs;</li>"
                "<li>asks you to install a meeting app or share your screen;</li>"
                "<li>rushes you because your “account is abnormal” or your “credit will suffer”;</li>"
                "<li>asks for an “unfreezing fee” or a “deposit” before helping you.</li></ol>",
            ),
            (
                "warning_signs",
                {
                    "title": "Also watch for these signs",
                    "signs": [
                        "The number looks official, but they want to “talk on WeChat”",
                        "They keep rushing you and give you no time to hang up and check",
                        "They send a link with an official logo and ask for your bank card details",
                        "They say your account is “suspected of money laundering” and you must “cooperate”",
                    ],
                },
            ),
            (
                "case_story",
                {
                    "title": "A number starting with “95” is not always real",
                    "story": "<p>Mrs Zhao (not her real name) got a call from a number starting with “95”. The caller "
                    "said her bank card showed suspicious transactions and her savings had to be moved to a “safe "
                    "account” for checking.</p><p>Remembering a community talk, she hung up, called the official "
                    "number on the back of her bank card herself, and found her account was fine.</p>",
                    "lesson": "Caller ID can be faked: to check, always dial the official number yourself.",
                },
            ),
            (
                "image",
                {
                    "image": "figure-sms",
                    "alt_text": "Illustration: a phone screen with several messages and a red exclamation mark, "
                    "standing for calls and texts from fake customer service",
                    "caption": "Hang up first, then check through official channels. Illustration.",
                },
            ),
            (
                "steps",
                {
                    "title": "What to do",
                    "steps": [
                        {"title": "Hang up", "detail": "When you feel nervous or rushed, hang up first."},
                        {
                            "title": "Check through official channels",
                            "detail": "Open the official app, or call the official hotline.",
                        },
                        {
                            "title": "Paid? Call the police at once",
                            "detail": "Call 110: the sooner you report, the better the chance of freezing "
                            "the money.",
                        },
                        {
                            "title": "Report the number",
                            "detail": "Report the caller's number and links here; we check and block them.",
                        },
                    ],
                },
            ),
            (
                "video",
                {
                    "title": "Five things that expose fake customer service",
                    "url": "https://example.com/videos/maochong-kefu",
                    "platform": "Our video channel",
                    "duration": "2 min 20 s",
                },
            ),
            ("official_channels", OFFICIAL_CHANNELS),
            ("report_cta", REPORT_CTA),
        ],
    },
    "zhuanzhang-hou": {
        "title": "Already transferred money to a scammer? Do this now",
        "summary": (
            "The sooner you act after being scammed, the better the chance of getting money back: call the police, "
            "ask your bank to stop the payment, keep the evidence, and beware of “recovery” scams."
        ),
        "body": [
            ("heading", {"text": "Do these things first"}),
            (
                "steps",
                {
                    "title": "What to do",
                    "steps": [
                        {
                            "title": "Call 110 at once",
                            "detail": "Give the time, the amount and the receiving account. The sooner you "
                            "report, the better the chance of freezing the money.",
                        },
                        {
                            "title": "Contact your bank or payment app",
                            "detail": "Call the official number on the back of your card, explain, and help "
                            "the police stop the payment.",
                        },
                        {
                            "title": "Keep the evidence",
                            "detail": "Do not delete chats; keep transfer receipts, their accounts, websites "
                            "and app files.",
                        },
                        {
                            "title": "Change your passwords",
                            "detail": "Change the passwords of the apps and cards involved; log out unknown "
                            "devices.",
                        },
                    ],
                },
            ),
            ("heading", {"text": "Know these numbers"}),
            (
                "paragraph",
                "<ul><li><b>110</b>: the police. Call if you are being scammed or have been.</li>"
                "<li><b>96110</b>: the national anti-fraud early-warning line. If it calls you, you may be being "
                "scammed right now: please answer.</li>"
                "<li><b>12321</b>: for reporting nuisance calls, spam text messages and harmful content.</li></ul>",
            ),
            (
                "warning_signs",
                {
                    "title": "Beware of being scammed twice",
                    "signs": [
                        "“Lawyers”, “hackers” or “recovery firms” who say they can get your money back",
                        "They want a “recovery fee” or a “deposit” first",
                        "Fake police who tell you to move your remaining money to a “safe account”",
                    ],
                },
            ),
            (
                "case_story",
                {
                    "title": "He called the police in time and got part of the money back",
                    "story": "<p>Mr Zhou (not his real name) realised something was wrong less than half an hour after "
                    "a transfer. He called 110 straight away and told his bank. The police stopped the payment to "
                    "the receiving account he gave them, and part of the money was frozen.</p>",
                    "lesson": "Once you know you were scammed, call the police at once; never try to settle it "
                    "yourself.",
                },
            ),
            (
                "image",
                {
                    "image": "figure-shield",
                    "alt_text": "Illustration: a shield with a tick, standing for asking official channels for help",
                    "caption": "For help, turn only to 110 and the official channels. Illustration.",
                },
            ),
            ("official_channels", {**OFFICIAL_CHANNELS, "title": "Need our help?"}),
            (
                "video",
                {
                    "title": "The golden hour after a scam",
                    "url": "https://example.com/videos/huangjin-shijian",
                    "platform": "Our video channel",
                    "duration": "2 min",
                },
            ),
            (
                "report_cta",
                {
                    **REPORT_CTA,
                    "text": "Tell us the scammer's number and accounts, and help stop the next victim.",
                },
            ),
        ],
    },
}
