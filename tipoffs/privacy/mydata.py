""" "My data" (个人信息保护法 §45): everything a reporter submitted, as one ZIP they can download.

The archive holds ``report.json`` (the report as submitted, the contacts as they typed them, their own name
and contact, timestamps and the public stage, never the team's notes, assignee or outcome), the evidence
files as we store them (images re-encoded without location data), and ``说明.txt`` explaining both. What
has already been erased under the retention rules is listed as erased, with when.
"""

import json
import posixpath
import zipfile

from django.utils import timezone

from tipoffs.models import PublicStage
from tipoffs.promises import retention

EXPLANATION = """这是您在消保护航提交的举报线索 {reference} 的个人信息副本（{generated}，北京时间）。

report.json：您提交的内容。
  submitted：举报内容（发生了什么、日期、金额、勾选项）、您的称呼和联系方式、您填写的对方联系方式原文，
    以及您后来补充的内容（additions）；
  stage：目前的公开进度（已收到 / 核查中 / 已办结）；
  evidence：您上传的证据文件清单（文件在 evidence 文件夹里；图片是我们去掉拍摄地点等信息后保存的版本）；
  erased：已按保存期限或应您的要求删除的内容，以及删除时间。
消保团队的内部备注和处理记录不属于您提交的信息，不在其中。

保存期限：
{retention}
"""


def _iso(value):
    return timezone.localtime(value).isoformat() if value else None


def _archive_name(index, evidence):
    name = posixpath.basename((evidence.original_name or "").replace("\\", "/")) or f"file-{evidence.pk}"
    return f"evidence/{index:02d}-{name}"


def submitted_data(tipoff, evidence_names=None):
    """What ``tipoff``'s reporter submitted, as a JSON-ready dict.

    ``evidence_names`` maps evidence pks to their paths in the archive."""
    evidence_names = evidence_names or {}
    links = tipoff.contact_links.select_related("contact").order_by("pk")
    evidence = list(tipoff.evidence.all())
    stage = PublicStage(tipoff.public_stage)
    return {
        "reference": tipoff.reference,
        "received_at": _iso(tipoff.received_at),
        "consent_given_at": _iso(tipoff.consent_given_at),
        "stage": {"code": stage.value, "label": str(stage.label)},
        "submitted": {
            "category": tipoff.category.name if tipoff.category_id else None,
            "description": tipoff.description if tipoff.description_erased_at is None else None,
            "first_contacted_on": tipoff.first_contacted_on.isoformat()
            if tipoff.first_contacted_on
            else None,
            "contact_channel": tipoff.get_contact_channel_display() or None,
            "amount_lost": str(tipoff.amount_lost) if tipoff.amount_lost is not None else None,
            "transferred_money": tipoff.transferred_money,
            "shared_id_info": tipoff.shared_id_info,
            "shared_bank_info": tipoff.shared_bank_info,
            "reporter_name": tipoff.reporter_name or None,
            "reporter_contact": tipoff.reporter_contact or None,
            "suspect_contacts": [
                {
                    "kind": link.contact.kind,
                    "kind_label": str(link.contact.get_kind_display()),
                    "platform": link.contact.get_platform_display() or None,
                    "as_typed": link.full_raw_value or None,
                }
                for link in links
            ],
            # Added later through the follow-up on the status page (tipoffs.followup).
            "additions": [
                {
                    "added_at": _iso(addition.created_at),
                    "text": addition.text if addition.erased_at is None else None,
                    "erased_at": _iso(addition.erased_at),
                }
                for addition in tipoff.additions.all()
            ],
        },
        "evidence": [
            {
                "file": evidence_names.get(item.pk),
                "original_name": item.original_name or None,
                "content_type": item.content_type,
                "size": item.size,
                "sha256": item.sha256,
                "uploaded_at": _iso(item.created_at),
                "erased_at": _iso(item.erased_at),
            }
            for item in evidence
        ],
        "erased": {
            "reporter_details": _iso(tipoff.reporter_erased_at),
            "report_text": _iso(tipoff.description_erased_at),
            "evidence_files": sum(1 for item in evidence if item.erased_at),
        },
        "generated_at": _iso(timezone.now()),
    }


def write_archive(tipoff, fileobj):
    """Write ``tipoff``'s "my data" ZIP to ``fileobj``."""
    names = {}
    with zipfile.ZipFile(fileobj, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        kept = [item for item in tipoff.evidence.all() if item.erased_at is None and item.file]
        for index, item in enumerate(kept, start=1):
            names[item.pk] = _archive_name(index, item)
            with item.file.open("rb") as stored, archive.open(names[item.pk], "w") as target:
                for chunk in iter(lambda stored=stored: stored.read(64 * 1024), b""):
                    target.write(chunk)
        data = submitted_data(tipoff, names)
        archive.writestr("report.json", json.dumps(data, ensure_ascii=False, indent=2))
        archive.writestr(
            "说明.txt",
            EXPLANATION.format(
                reference=tipoff.reference,
                generated=timezone.localtime().strftime("%Y-%m-%d %H:%M"),
                retention="\n".join(f"  {row['what']}：{row['period']}" for row in retention()),
            ),
        )
    return fileobj
