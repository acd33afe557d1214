"""Add the help topic 被骗后自救 for guides on what to do once money or information is gone.

It is not a kind of scam, so it is kept out of the tip-off form (``is_scam_type`` off) and listed
first among the guide filters, where someone who has just been cheated looks. Pages are not
re-filed here: moving a guide into it is an editor's decision (the demo content files its guide).
"""

from django.db import migrations

SLUG = "beipian-zijiu"


def create_category(apps, schema_editor):
    ScamCategory = apps.get_model("education", "ScamCategory")
    ScamCategory.objects.get_or_create(
        slug=SLUG,
        defaults={
            "name": "被骗后自救",
            "description": (
                "已经转账或泄露了信息？立即报警、联系银行紧急止付、保存证据，"
                "并警惕“帮您追回损失”的二次诈骗。"
            ),
            "is_scam_type": False,
            "sells_free_services": False,
            "sort_order": 5,
        },
    )


class Migration(migrations.Migration):
    dependencies = [("education", "0005_home_urgent_help_and_help_topic_categories")]

    operations = [migrations.RunPython(create_category, migrations.RunPython.noop)]
