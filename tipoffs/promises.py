"""The team's promises and the limits the public is told about, read from settings (their one source).

Templates read them through the ``promises`` context processor, forms and e-mails through these helpers, so
a changed setting changes every sentence that states it.
"""

from django.conf import settings
from django.utils.translation import gettext as _


def sla_hours():
    """``{"acknowledge": 1, "investigate": 24, "feedback": 48}``: each clock runs from receipt."""
    return dict(settings.TIPOFF_SLA_HOURS)


def team_group():
    """Name of the group whose members are the consumer-protection team."""
    return settings.TIPOFF_TEAM_GROUP


def evidence_limits():
    mb = 1024 * 1024
    return {
        "files": settings.TIPOFF_EVIDENCE_MAX_FILES,
        "file_mb": settings.TIPOFF_EVIDENCE_MAX_FILE_BYTES // mb,
        "total_mb": settings.TIPOFF_EVIDENCE_MAX_TOTAL_BYTES // mb,
    }


def evidence_help_text():
    return (
        _(
            "聊天记录、转账记录、短信的截图，或对方发来的文件。最多 %(files)d 个，每个不超过 %(file_mb)d MB，"
            "合计不超过 %(total_mb)d MB；支持 JPG、PNG、WebP、HEIC 图片和 PDF。"
            "图片中的拍摄地点等信息会被自动去除。"
        )
        % evidence_limits()
    )


def text_retention_years():
    """How long what reporters write is kept, in whole years when it is (as stated in the consent)."""
    days = settings.TIPOFF_RETENTION_DAYS["report_text"]
    years, rest = divmod(days, 365)
    return years if not rest else round(days / 365, 1)


def statistics():
    """``{"months": 12, "min_count": 5}``: the public statistics' window, and the smallest count shown."""
    return dict(settings.TIPOFF_STATISTICS)


def context(request):
    """Template context processor: ``{{ promises.sla.acknowledge }}``, ``{{ promises.evidence.files }}`` …"""
    return {
        "promises": {
            "sla": sla_hours(),
            "evidence": evidence_limits(),
            "text_retention_years": text_retention_years(),
            "statistics": statistics(),
        }
    }
