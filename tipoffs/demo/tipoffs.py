"""About 40 made-up tip-offs in every state, so the triage admin looks like a working day after `make run`.

Everything here is invented: phone numbers are in the 170/171 ranges, sites and mail on example.com/.net,
names are generic. Times are relative to now, so there is always something new, due soon, overdue and
closed. Each tip-off has a fixed form token derived from its position, which makes the loader
idempotent: a second run finds the tokens and creates nothing. Contacts go through the real
normalisation and ``suspects.services.link_contact``, so report counts are right (one number is named
in 9 tips).

Demo tip-offs are saved directly, not through ``submit_report``, so no "new tip-off" e-mail is queued;
breaches that exist when they are created are recorded as already alerted, so the first SLA sweep does
not e-mail the team about invented cases.
"""

import datetime
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from education.models import ScamCategory
from tipoffs.models import (
    ContactKind,
    ContactStatus,
    SlaAlert,
    SlaAlertKind,
    SuspectContact,
    TipOff,
    TipOffNote,
    TipOffOutcome,
    TipOffStatus,
    new_reference,
)
from tipoffs.promises import team_group
from tipoffs.suspects.normalise import normalise_contact
from tipoffs.suspects.services import link_contact, review_due_after
from tipoffs.triage.sla import SlaState, sla_for

FORM_TOKEN_NAMESPACE = uuid.UUID("6f1c3e1a-2b7d-4f0e-9a57-0c9b8d3e5a11")

# Username, surname, given name. Passwords are unusable: the local admin (admin/admin) assigns and
# reviews; a real team member gets a password from an administrator.
TEAM_MEMBERS = [
    ("demo-linxiao", "林", "晓"),
    ("demo-zhouning", "周", "宁"),
    ("demo-heyun", "何", "芸"),
]

HOT_NUMBER = ["170-2024-8888", "+86 170 2024 8888", "0086 17020248888", "17020248888", "170 2024 8888"]
CREDIT_WECHAT = ["ZXXF_kefu01", "zxxf_kefu01"]
H = 60  # minutes in an hour, for readable ages

# fmt: off
# (category slug, channel, description, contacts, amount lost, reporter contact, timeline)
# contacts: (kind, raw[, platform]); timeline: (stage, minutes since received[, outcome]) where stage is
# new / ack / inv / closed / fed (closed and the reporter told).
TIPS = [
    # 代理维权 / 代理投诉
    ("daili-weiquan", "phone_call",
     "对方自称“金融维权中心”，说可以帮我向监管投诉，让平台减免全部利息，先收 2980 元服务费，"
     "还要我提供身份证正反面和银行卡照片。交钱后对方让我不要接平台电话。",
     [("phone", HOT_NUMBER[0]), ("wechat", "weiquan_zhongxin")], "2980", "+8617100000101",
     ("new", 5)),
    ("daili-weiquan", "wechat",
     "在短视频里看到“债务律师团”广告，加微信后对方让我签一份委托书，由他们以我的名义投诉，"
     "按减免金额的 30% 收费，先交 1500 元定金。",
     [("phone", HOT_NUMBER[1]), ("social", "zhaiwu-lvshituan", "douyin")], "1500", "",
     ("new", 50)),
    ("daili-weiquan", "phone_call",
     "接到电话说可以“全额退还会员费和利息”，要求我下载会议软件共享屏幕，教我怎么填投诉理由，"
     "说成功后按比例分成。我没有同意，担心对方拿我的信息去做别的事。",
     [("phone", HOT_NUMBER[2])], None, "+8617100000102",
     ("new", 150)),
    ("daili-weiquan", "wechat",
     "朋友介绍了一个“协商专员”，说认识平台内部的人，可以让我停止还款半年不上征信，"
     "收了我 3600 元后就把我拉黑了。",
     [("phone", HOT_NUMBER[3]), ("wechat", "xieshang_zhuanyuan8")], "3600", "demo-reporter1@example.com",
     ("ack", 3 * H)),
    ("daili-weiquan", "sms",
     "收到短信“您的网贷可申请全额退息，回复 1 办理”，回复后有人打来电话，要我提供借款合同截图、"
     "身份证和人脸视频，说要代我去投诉。",
     [("phone", HOT_NUMBER[4])], None, "",
     ("inv", 20 * H)),
    ("daili-weiquan", "wechat",
     "一个叫“速达法务”的工作室称能“代理投诉、一次上岸”，要我先付 800 元材料费，"
     "给我的投诉模板里写了很多不真实的内容，让我照着抄。",
     [("name", "速达法务咨询工作室"), ("phone", HOT_NUMBER[0])], "800", "+8617100000103",
     ("closed", 30 * H, TipOffOutcome.CONFIRMED)),
    ("daili-weiquan", "phone_call",
     "对方冒充律师事务所，说我的借款“利率违法”，可以代我起诉并投诉，要先付 5000 元律师费，"
     "后来发现那个律所根本查不到。",
     [("phone", HOT_NUMBER[1]), ("name", "某某维权律师团")], "5000", "+8617100000104",
     ("fed", 5 * 24 * H, TipOffOutcome.REFERRED)),
    ("daili-weiquan", "live_stream",
     "直播间里主播说“教你合法不还网贷”，下单 299 元的课程后被拉进群，群里让大家统一说辞去投诉。",
     [("social", "shanganjiaolian", "kuaishou")], "299", "",
     ("closed", 4 * 24 * H, TipOffOutcome.CONFIRMED)),
    # 反催收联盟
    ("fan-cuishou", "wechat",
     "被拉进一个“反催收互助群”，群主卖 199 元的“停催套餐”，教人给催收员打骚扰电话、"
     "伪造病历申请减免，群里还有人在收集大家的借款信息。",
     [("wechat", "fancuishou_qunzhu"), ("qq", "10000123")], "199", "",
     ("new", 25)),
    ("fan-cuishou", "qq",
     "QQ 群里有人发“反催收话术大全”，说只要按模板投诉，平台就会怕。我按照他们说的停止还款，"
     "现在逾期越来越多，想问问怎么办。",
     [("qq", "10000123")], None, "+8617100000105",
     ("ack", 19 * H)),
    ("fan-cuishou", "website",
     "一个网站售卖“反催收软件”，说能自动屏蔽催收电话、给催收员发短信轰炸，要交 99 元激活。",
     [("url", "https://fancuishou-tool.example.net/download"), ("alipay", "pay-agent@example.com")], "99", "",
     ("inv", 30 * H)),
    ("fan-cuishou", "wechat",
     "群里有人声称是“前催收主管”，收费帮人“黑掉”借款记录，已经有好几个人转了钱。",
     [("wechat", "fancuishou_qunzhu"), ("phone", "171 0000 2333")], "650", "demo-reporter2@example.com",
     ("closed", 40 * H, TipOffOutcome.CONFIRMED)),
    ("fan-cuishou", "other",
     "亲戚被人劝说加入“反催收联盟”，交了会员费后对方让他把通讯录导出来，说要“统一对付催收”。",
     [("wechat", "fancuishou_qunzhu")], "300", "",
     ("closed", 6 * 24 * H, TipOffOutcome.DUPLICATE)),
    # 征信修复
    ("zhengxin-xiufu", "wechat",
     "对方说能“内部通道删除征信逾期记录”，一条 1200 元，三条打包 3000 元，先付一半，"
     "还要我的征信报告原件照片。",
     [("wechat", CREDIT_WECHAT[0]), ("url", "https://zhengxin-fix.example.com/apply?from=wx")], "1500",
     "+8617100000106",
     ("new", 55)),
    ("zhengxin-xiufu", "website",
     "在网上搜“征信修复”，进入一个网站，客服让我填身份证号和手机号“免费查询”，"
     "之后天天有人打电话推销洗白服务。",
     [("url", "http://zhengxin-fix.example.com/"), ("phone", "170 0000 1212")], None, "",
     ("new", 80)),
    ("zhengxin-xiufu", "wechat",
     "交了 2000 元“征信洗白”费，对方发来一张“修复成功”的截图，我去银行打印征信，逾期记录还在。",
     [("wechat", CREDIT_WECHAT[1])], "2000", "+8617100000107",
     ("ack", 26 * H)),
    ("zhengxin-xiufu", "phone_call",
     "接到电话说我的征信有“异常记录”，影响孩子上学和坐高铁，需要缴费“修复”，否则会被列入黑名单。",
     [("phone", "170 0000 1212")], None, "",
     ("inv", 5 * H)),
    ("zhengxin-xiufu", "wechat",
     "有人在朋友圈发“征信花了也能修，包过房贷”，私聊后要求先付 688 元评估费。",
     [("wechat", CREDIT_WECHAT[0])], "688", "demo-reporter3@example.com",
     ("closed", 60 * H, TipOffOutcome.CONFIRMED)),
    ("zhengxin-xiufu", "website",
     "一个 App 宣称能“一键修复征信”，安装时要求通讯录、短信权限，注册后要求充值会员。",
     [("url", "https://credit-clean.example.net/app.apk"), ("wechat", CREDIT_WECHAT[1])], "168", "",
     ("closed", 8 * 24 * H, TipOffOutcome.CONFIRMED)),
    # 债务优化 / 停息挂账
    ("zhaiwu-youhua", "phone_call",
     "对方说能帮我办理信用卡“停息挂账”，分 60 期还款，收 10% 手续费。我后来才知道这个可以自己免费申请。",
     [("phone", HOT_NUMBER[2]), ("name", "汇优债务咨询")], "4200", "+8617100000108",
     ("new", 48)),
    ("zhaiwu-youhua", "wechat",
     "“债务优化师”让我把几张信用卡的账单发给他，说能“一次性降息”，要先付 1800 元，"
     "还让我签一份空白的授权书。",
     [("phone", HOT_NUMBER[3]), ("wechat", "youhuashi_amy")], "1800", "",
     ("ack", 2 * H)),
    ("zhaiwu-youhua", "phone_call",
     "对方自称和银行合作，能把我的网贷“整合成一笔低息贷款”，需要先交 3000 元“资质审核费”。",
     [("phone", HOT_NUMBER[4]), ("phone", "171 0000 4545")], "3000", "+8617100000109",
     ("inv", 22 * H)),
    ("zhaiwu-youhua", "live_stream",
     "直播间主播说“负债百万也能上岸”，下单 999 元“债务规划”服务，得到的只是网上能搜到的模板。",
     [("social", "shangan-laoshi", "douyin")], "999", "demo-reporter4@example.com",
     ("closed", 30 * H, TipOffOutcome.UNFOUNDED)),
    ("zhaiwu-youhua", "sms",
     "短信说“您已符合国家最新减免政策，可停息挂账”，点链接后让我填写身份证、银行卡和验证码。",
     [("url", "https://tingxi-guazhang.example.com/form"), ("phone", HOT_NUMBER[0])], None, "",
     ("closed", 3 * 24 * H, TipOffOutcome.CONFIRMED)),
    ("zhaiwu-youhua", "phone_call",
     "我父亲接到电话，对方说能帮他“协商个性化分期”，让他每月把钱打到对方指定的账户，由对方代还。",
     [("phone", HOT_NUMBER[1]), ("name", "汇优债务咨询")], "6000", "+8617100000110",
     ("fed", 7 * 24 * H, TipOffOutcome.REFERRED)),
    # 冒充客服 / 冒充金融机构
    ("maochong-kefu", "phone_call",
     "对方自称某金融平台客服，说我大学时开通过校园贷账户，现在必须注销，否则影响征信，"
     "让我下载会议软件共享屏幕。我挂了电话。",
     [("phone", "170 0000 9999")], None, "",
     ("new", 10)),
    ("maochong-kefu", "phone_call",
     "接到“客服”电话说我的账户异常会被冻结，需要把钱转到“安全账户”验证流水，我转了 2 万元后对方失联。",
     [("phone", "170 0000 9999"), ("qq", "20000456")], "20000", "+8617100000111",
     ("new", 600)),
    ("maochong-kefu", "sms",
     "短信说我的“百万保障”即将自动扣费，要取消请联系客服，客服让我开通屏幕共享并读出验证码。",
     [("phone", "171 0000 7777")], None, "demo-reporter5@example.com",
     ("ack", 10 * H)),
    ("maochong-kefu", "phone_call",
     "对方能准确说出我的姓名和借款金额，称我的额度被误设为“学生额度”，需要调整，让我去其他平台借钱转给他。",
     [("phone", "170 0000 9999"), ("url", "https://kefu-center.example.net/")], "8600", "",
     ("inv", 20 * H)),
    ("maochong-kefu", "wechat",
     "加了一个自称官方客服的微信，头像是平台 logo，说可以帮我提高额度，要先缴“保证金”。",
     [("wechat", "guanfang_kefu_007")], "1000", "+8617100000112",
     ("inv", 36 * H)),
    ("maochong-kefu", "phone_call",
     "母亲接到电话说她的医保卡被盗刷，要配合“公安”调查，对方随后转接到“金融机构客服”，让她转账。"
     "还好她先打了 96110 核实。",
     [("phone", "171 0000 7777")], None, "+8617100000113",
     ("closed", 20 * H, TipOffOutcome.REFERRED)),
    ("maochong-kefu", "phone_call",
     "自称客服的人说我的贷款合同“利率过高需要退费”，让我下载一个 App 接收退款，App 里要求填银行卡密码。",
     [("phone", "170 0000 9999"), ("url", "https://tuifei-app.example.com/download")], None, "",
     ("closed", 5 * 24 * H, TipOffOutcome.CONFIRMED)),
    ("maochong-kefu", "phone_call",
     "对方说我在平台的账户存在“异常交易”，要求我把余额转到他提供的账户“临时保管”。我没有转，但告诉了他验证码。",
     [("phone", "171 0000 7777")], None, "demo-reporter6@example.com",
     ("fed", 9 * 24 * H, TipOffOutcome.DUPLICATE)),
    # 贷款诈骗 / 前期收费
    ("daikuan-zhapian", "website",
     "网上申请“无视征信、秒下款”贷款，审核通过后说我银行卡号填错了，资金被冻结，要交 2000 元解冻费。",
     [("url", "https://miaoxiakuan.example.net/"), ("phone", "170 0000 6666")], "2000", "+8617100000114",
     ("new", 35)),
    ("daikuan-zhapian", "phone_call",
     "对方说我有 5 万元贷款额度，只要先交 10% 的“保证金”证明还款能力就能放款。交完又要“验资费”。",
     [("phone", "170 0000 6666")], "5000", "",
     ("ack", 16 * H)),
    ("daikuan-zhapian", "qq",
     "QQ 上的“信贷经理”说可以帮我做“包装流水”，包下款，要先付 1500 元手续费。",
     [("qq", "30000789")], "1500", "",
     ("inv", 10 * H)),
    ("daikuan-zhapian", "website",
     "下载了一个借款 App，显示借款成功，但提现时提示“账户异常”，客服要我充值 30% 才能解冻。",
     [("url", "https://jiekuan-fast.example.com/app.apk"), ("phone", "170 0000 6666")], "3000",
     "+8617100000115",
     ("closed", 45 * H, TipOffOutcome.CONFIRMED)),
    ("daikuan-zhapian", "sms",
     "短信说我获得了一笔“低息消费贷”，点开链接填写资料后，对方要收“会员费”才能审核。",
     [("url", "http://jiekuan-fast.example.com/h5")], None, "",
     ("closed", 10 * 24 * H, TipOffOutcome.DUPLICATE)),
    # 其他
    ("qita", "wechat",
     "被人拉进“刷单返利”群，前两单返了钱，第三单要求充值 5000 元做“联单任务”，之后无法提现。",
     [("wechat", "shuadan_daoshi"), ("alipay", "pay-agent@example.com")], "5000", "+8617100000116",
     ("ack", 1 * H)),
    ("qita", "other",
     "网上认识的“朋友”推荐一个投资平台，说有内幕消息稳赚，我投了 1 万元，现在平台打不开了。",
     [("url", "https://touzi-neimu.example.net/")], "10000", "",
     ("inv", 3 * 24 * H)),
    (None, "phone_call",
     "不确定属于哪一类：对方自称某平台“法务部”，说我欠款已被起诉，要我马上还款到个人账户才能撤诉。",
     [("phone", HOT_NUMBER[2])], None, "+8617100000117",
     ("new", 70)),
]
# fmt: on

NOTES = {
    "ack": ["已电话回访举报人，确认了对方的联系方式。"],
    "inv": ["已调取该号码近 30 天的关联投诉，正在比对话术。", "已提交风控部门评估是否加入拦截名单。"],
    "closed": ["核查完成，结论已记录。"],
}
OUTCOME_NOTES = {
    TipOffOutcome.CONFIRMED: "确认为黑灰产，相关号码已加入拦截名单。",
    TipOffOutcome.UNFOUNDED: "未发现违规收费证据，已告知举报人可通过官方渠道免费咨询。",
    TipOffOutcome.DUPLICATE: "与此前线索为同一团伙，已合并处理。",
    TipOffOutcome.REFERRED: "涉案金额较大，已协助举报人向公安机关报案。",
}


def form_token(index):
    return uuid.uuid5(FORM_TOKEN_NAMESPACE, f"demo-tipoff-{index}")


def ensure_team_members():
    """Three demo members of 消保团队 with unusable passwords; returns (users, how many were created)."""
    group = Group.objects.get(name=team_group())
    users, created = [], 0
    for username, last_name, first_name in TEAM_MEMBERS:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            user = get_user_model()(
                username=username,
                last_name=last_name,
                first_name=first_name,
                email=f"{username}@example.com",
            )
            user.set_unusable_password()
            user.save()
            created += 1
        user.groups.add(group)
        users.append(user)
    return users, created


def timeline(received, stage, age, outcome, has_contact):
    """The timestamps and status of a tip-off at ``stage``, all between receipt and now."""
    fields = {"status": TipOffStatus.NEW}
    if stage == "new":
        return fields
    late = age > 24 * H  # old cases were acknowledged late more often
    fields.update(status=TipOffStatus.ACKNOWLEDGED, acknowledged_at=received + datetime.timedelta(minutes=40))
    if late and stage == "ack":
        fields["acknowledged_at"] = received + datetime.timedelta(minutes=75)
    if stage == "ack":
        return fields
    fields.update(
        status=TipOffStatus.INVESTIGATING, investigated_at=received + datetime.timedelta(minutes=90)
    )
    if stage == "inv":
        return fields
    close_after = min(datetime.timedelta(hours=20), datetime.timedelta(minutes=age * 0.8))
    fields.update(status=TipOffStatus.CLOSED, closed_at=received + close_after, outcome=outcome)
    if outcome == TipOffOutcome.REFERRED:  # as closing one in the admin does (tipoffs.triage.services)
        fields.update(legal_hold_since=fields["closed_at"], legal_hold_reason="已移交公安")
    if stage == "fed" and has_contact:
        fields["fed_back_at"] = received + close_after + datetime.timedelta(hours=4)
    return fields


@transaction.atomic
def ensure_demo_tipoffs(now=None):
    """Create the demo tip-offs that are missing; returns ``{label: count}`` of what was created."""
    now = now or timezone.now()
    members, members_created = ensure_team_members()
    categories = ScamCategory.objects.in_bulk(field_name="slug")
    existing = set(
        TipOff.objects.filter(form_token__in=[form_token(i) for i in range(len(TIPS))]).values_list(
            "form_token", flat=True
        )
    )
    created = 0
    for index, (slug, channel, description, contacts, amount, reporter, (stage, age, *rest)) in enumerate(
        TIPS
    ):
        token = form_token(index)
        if token in existing:
            continue
        received = now - datetime.timedelta(minutes=age)
        outcome = rest[0] if rest else ""
        fields = timeline(received, stage, age, outcome, bool(reporter))
        assignee = members[index % len(members)] if stage != "new" or index % 4 == 0 else None
        tipoff = TipOff.objects.create(
            reference=unique_reference(received),
            form_token=token,
            # Nobody holds a status key for an invented report: an unusable hash, and no slow hashing.
            status_key_hash=make_password(None),
            category=categories.get(slug) if slug else None,
            description=description,
            first_contacted_on=timezone.localdate(received) - datetime.timedelta(days=index % 5),
            contact_channel=channel,
            amount_lost=amount,
            transferred_money=bool(amount),
            shared_id_info="身份证" in description or "人脸" in description,
            shared_bank_info="验证码" in description or "银行卡" in description,
            reporter_name="" if not reporter or index % 3 else "王女士",
            reporter_contact=reporter,
            consent_given_at=received,
            received_at=received,
            assignee=assignee,
            **fields,
        )
        for kind, raw, *platform in contacts:
            link_contact(tipoff, normalise_contact(kind, raw, *platform), received)
        add_notes(tipoff, stage, outcome, assignee or members[0])
        mark_current_breach_alerted(tipoff, now)
        created += 1
    confirmed = confirm_demo_contacts(members[0])
    result = {}
    if confirmed:
        result["确认为黑灰产的联系人"] = confirmed
    if members_created:
        result["演示团队成员"] = members_created
    if created:
        result["举报线索"] = created
    return result


def confirm_demo_contacts(member):
    """The team's verdicts, so the risk check has a confirmed example (170 2024 8888, the most reported
    number) besides the official hotline and numbers with no record."""
    hot = normalise_contact("phone", HOT_NUMBER[0])
    pending = SuspectContact.objects.filter(status=ContactStatus.PENDING).filter(
        Q(pk__in=SuspectContact.objects.matching(hot.kind, hot.value).values("pk"))
        | Q(
            tipoff_links__tipoff__outcome=TipOffOutcome.CONFIRMED,
            kind__in=[ContactKind.PHONE, ContactKind.WECHAT],
        )
    )
    pks = set(pending.values_list("pk", flat=True))
    now = timezone.now()
    return SuspectContact.objects.filter(pk__in=pks).update(
        status=ContactStatus.CONFIRMED,
        status_changed_by=member,
        status_changed_at=now,
        review_due_at=review_due_after(now),
    )


def unique_reference(received):
    for _attempt in range(20):
        reference = new_reference(timezone.localdate(received))
        if not TipOff.objects.filter(reference=reference).exists():
            return reference
    raise RuntimeError("could not allocate a demo reference")


def add_notes(tipoff, stage, outcome, author):
    moments = [tipoff.acknowledged_at, tipoff.investigated_at, tipoff.closed_at]
    bodies = []
    if stage in ("ack", "inv", "closed", "fed"):
        bodies.append((moments[0], NOTES["ack"][0]))
    if stage in ("inv", "closed", "fed"):
        bodies += [
            (moments[1] + datetime.timedelta(minutes=30 * n), body) for n, body in enumerate(NOTES["inv"])
        ]
    if outcome:
        bodies.append((moments[2], OUTCOME_NOTES[outcome]))
    for created_at, body in bodies:
        TipOffNote.objects.create(tipoff=tipoff, author=author, body=body, created_at=created_at)


def mark_current_breach_alerted(tipoff, now):
    """Invented cases should not e-mail the team: record their present breach as already alerted."""
    sla = sla_for(tipoff, now=now)
    kinds = {SlaState.DUE_SOON: [SlaAlertKind.DUE_SOON], SlaState.OVERDUE: [SlaAlertKind.OVERDUE]}
    for kind in kinds.get(sla.state, []):
        SlaAlert.objects.get_or_create(tipoff=tipoff, stage=sla.stage.name, kind=kind)
