# Personal data that expires, and sensitive data encrypted at rest (issue 14). Schema only: the rows are
# converted by 0006 and the new unique constraints added by 0007, once every digest is filled in.

from django.db import migrations, models

import tipoffs.models
import tipoffs.privacy.fields

KIND_CHOICES = [
    ("phone", "电话号码（手机、座机、400/95 客服号）"),
    ("wechat", "微信号"),
    ("qq", "QQ 号"),
    ("url", "网站或 App 下载链接"),
    ("bank_card", "银行卡号 / 银行账户"),
    ("alipay", "支付宝账号"),
    ("social", "社交媒体账号"),
    ("name", "个人或公司名称"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("tipoffs", "0007_stored_sla_deadlines"),
    ]

    operations = [
        # Suspect contacts: found by a keyed hash; bank cards encrypted; confirmations expire.
        migrations.RemoveConstraint(model_name="suspectcontact", name="unique_suspect_contact"),
        migrations.AddField(
            model_name="suspectcontact",
            name="value_digest",
            field=models.CharField(default="", editable=False, max_length=64),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="suspectcontact",
            name="value_encrypted",
            field=tipoffs.privacy.fields.EncryptedTextField(
                blank=True, default="", editable=False, verbose_name="完整号码（加密）"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="suspectcontact",
            name="review_due_at",
            field=models.DateTimeField(blank=True, db_index=True, null=True, verbose_name="复核日期"),
        ),
        migrations.AlterField(
            model_name="suspectcontact",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "待核实"),
                    ("confirmed", "确认为黑灰产"),
                    ("cleared", "已排除"),
                    ("review_due", "待复核"),
                ],
                default="pending",
                max_length=20,
                verbose_name="核实状态",
            ),
        ),
        migrations.AddField(
            model_name="tipoffcontact",
            name="raw_value_encrypted",
            field=tipoffs.privacy.fields.EncryptedTextField(
                blank=True, default="", editable=False, verbose_name="举报人填写的原文（加密）"
            ),
            preserve_default=False,
        ),
        # Risk-check counts: found by the same keyed hash; hours rolled up into days.
        migrations.RemoveConstraint(model_name="riskcheckcount", name="unique_risk_check_hour"),
        migrations.AddField(
            model_name="riskcheckcount",
            name="value_digest",
            field=models.CharField(default="", editable=False, max_length=64),
            preserve_default=False,
        ),
        migrations.CreateModel(
            name="RiskCheckDailyCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("kind", models.CharField(choices=KIND_CHOICES, max_length=20, verbose_name="类型")),
                ("value", models.CharField(max_length=300, verbose_name="标准化值")),
                ("value_digest", models.CharField(editable=False, max_length=64)),
                ("day", models.DateField(verbose_name="日期")),
                ("count", models.PositiveIntegerField(default=0, verbose_name="查询次数")),
            ],
            options={
                "verbose_name": "风险查询每日计数",
                "verbose_name_plural": "风险查询每日计数",
                "indexes": [models.Index(fields=["day"], name="tipoffs_ris_day_bef1be_idx")],
                "constraints": [
                    models.UniqueConstraint(fields=("value_digest", "day"), name="unique_risk_check_digest_day")
                ],
            },
        ),
        # Tip-offs: reporter details encrypted; what was erased when; the legal hold.
        migrations.AlterField(
            model_name="tipoff",
            name="reporter_name",
            field=tipoffs.privacy.fields.EncryptedTextField(blank=True, max_length=50, verbose_name="举报人称呼"),
        ),
        migrations.AlterField(
            model_name="tipoff",
            name="reporter_contact",
            field=tipoffs.privacy.fields.EncryptedTextField(
                blank=True, max_length=100, verbose_name="举报人联系方式"
            ),
        ),
        migrations.AddField(
            model_name="tipoff",
            name="reporter_erased_at",
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name="举报人信息删除时间"),
        ),
        migrations.AddField(
            model_name="tipoff",
            name="description_erased_at",
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name="举报内容删除时间"),
        ),
        migrations.AddField(
            model_name="tipoff",
            name="legal_hold_since",
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name="证据保全开始时间"),
        ),
        migrations.AddField(
            model_name="tipoff",
            name="legal_hold_reason",
            field=models.CharField(blank=True, editable=False, max_length=200, verbose_name="保全原因"),
        ),
        # Appeals: appellant details encrypted, and erased a while after the decision.
        migrations.AlterField(
            model_name="contactappeal",
            name="appellant_name",
            field=tipoffs.privacy.fields.EncryptedTextField(blank=True, max_length=50, verbose_name="申诉人称呼"),
        ),
        migrations.AlterField(
            model_name="contactappeal",
            name="appellant_contact",
            field=tipoffs.privacy.fields.EncryptedTextField(
                blank=True, max_length=100, verbose_name="申诉人联系方式"
            ),
        ),
        migrations.AddField(
            model_name="contactappeal",
            name="appellant_erased_at",
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name="申诉人信息删除时间"),
        ),
        # Evidence: expired files leave a tombstone row.
        migrations.AlterField(
            model_name="evidence",
            name="file",
            field=models.FileField(
                blank=True,
                max_length=200,
                storage=tipoffs.models.private_storage,
                upload_to=tipoffs.models.evidence_path,
            ),
        ),
        migrations.AlterField(
            model_name="evidence",
            name="original_name",
            field=models.CharField(blank=True, max_length=200, verbose_name="原文件名"),
        ),
        migrations.AddField(
            model_name="evidence",
            name="erased_at",
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name="删除时间"),
        ),
    ]
