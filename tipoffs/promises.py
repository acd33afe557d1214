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


#: Audit logs are kept at least this long whatever the settings say (等保: at least six months).
AUDIT_LOG_MIN_DAYS = 183


def retention_days():
    """``settings.TIPOFF_RETENTION_DAYS``, with the audit log never under ``AUDIT_LOG_MIN_DAYS``."""
    days = dict(settings.TIPOFF_RETENTION_DAYS)
    days["audit_log"] = max(days["audit_log"], AUDIT_LOG_MIN_DAYS)
    return days


def confirmed_review_days():
    """How long a confirmation as black-industry stands before it is due for review."""
    return settings.TIPOFF_CONFIRMED_REVIEW_DAYS


def _period(days):
    if days % 365 == 0:
        return _("%(n)d 年") % {"n": days // 365}
    return _("%(n)d 天") % {"n": days}


#: The rules that concern a reporter, and an appellant (what their forms state).
REPORTER_RULES = ("reporter_details", "evidence", "report_text", "client_ip_hash", "audit_log")
APPELLANT_RULES = ("appellant_details", "client_ip_hash", "audit_log")


def retention(names=None):
    """What is kept how long, in the words of the privacy notice and the forms: one row per rule (the rules
    ``names``, or all)."""
    days = {name: _period(value) for name, value in retention_days().items()}
    rows = [
        {
            "name": "reporter_details",
            "what": _("您的称呼和联系方式"),
            "period": _(
                "线索办结、向您反馈结果后 %(reporter_details)s删除"
                "（无需反馈的，办结后 %(reporter_details)s删除）"
            )
            % days,
        },
        {
            "name": "evidence",
            "what": _("您上传的证据文件"),
            "period": _("线索办结后 %(evidence)s删除；移交公安的案件保留到消保团队确认公安不再需要为止")
            % days,
        },
        {
            "name": "report_text",
            "what": _("您填写的经过和对方的联系方式原文"),
            "period": _("收到后 %(report_text)s删除；被举报的号码、账号及被举报次数不含您的信息，继续保留")
            % days,
        },
        {
            "name": "client_ip_hash",
            "what": _("网络地址（只保存加密摘要，用于防刷）"),
            "period": _("%(client_ip_hash)s后删除") % days,
        },
        {
            "name": "risk_check_hourly",
            "what": _("风险查询（只按号码和小时计数，不记录查询人）"),
            "period": _("%(risk_check_hourly)s后合并为每日合计") % days,
        },
        {
            "name": "appellant_details",
            "what": _("误判申诉人的称呼和联系方式"),
            "period": _("申诉处理完毕后 %(appellant_details)s删除") % days,
        },
        {
            "name": "audit_log",
            "what": _("查看和处理记录（审计日志）"),
            "period": _("保存 %(audit_log)s（不少于 6 个月）") % days,
        },
    ]
    return [row for row in rows if names is None or row["name"] in names]


def context(request):
    """Template context processor: ``{{ promises.sla.acknowledge }}``, ``{{ promises.evidence.files }}`` …"""
    return {
        "promises": {
            "sla": sla_hours(),
            "evidence": evidence_limits(),
            "text_retention_years": text_retention_years(),
            "statistics": statistics(),
            "confirmed_review_days": confirmed_review_days(),
            # Callables: built only by the templates that show them.
            "retention": {
                "all": retention,
                "reporters": lambda: retention(REPORTER_RULES),
                "appellants": lambda: retention(APPELLANT_RULES),
            },
        }
    }
