"""Seed the scam categories of DOMAIN.md so a new installation starts with them.

Editors manage them afterwards in the admin; re-running never overwrites their edits.
"""

from django.db import migrations

CATEGORIES = [
    ("daili-weiquan", "代理维权", "自称能“代理投诉”“协商减免债务”，先收服务费，再套取身份证和银行卡信息。", True),
    ("fan-cuishou", "反催收联盟", "在网上组群教人逃废债、骚扰催收人员、售卖“模板”，让债务越滚越大。", False),
    ("zhengxin-xiufu", "征信修复", "声称能花钱删除逾期等不良征信记录。任何机构都不能这样做。", True),
    ("zhaiwu-youhua", "债务优化", "收费代办“停息挂账”“债务重组”，而借款人本可以免费向机构申请。", True),
    ("maochong-kefu", "冒充客服", "冒充金融机构客服，以“账户异常”“注销校园贷”为由诱导转账或共享屏幕。", False),
    ("daikuan-zhapian", "贷款诈骗", "承诺“包下款”，先收保证金、验证费、解冻费，钱交了贷款却没有。", False),
    ("qita", "其他", "投资理财、刷单返利、网恋交友投资等其他骗局。", False),
]


def create_categories(apps, schema_editor):
    ScamCategory = apps.get_model("education", "ScamCategory")
    for order, (slug, name, description, sells_free) in enumerate(CATEGORIES, start=1):
        ScamCategory.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "description": description,
                "sells_free_services": sells_free,
                "sort_order": order * 10,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("education", "0001_initial")]

    operations = [migrations.RunPython(create_categories, migrations.RunPython.noop)]
