"""The audit-log actions tip-off code writes: one list, used by the code that logs and by the labels that
``wagtail_hooks`` registers for the admin's history and audit-log reports."""

from django.utils.translation import gettext_lazy as _

VIEW = "tipoffs.view"
TRANSITION = "tipoffs.transition"
ASSIGN = "tipoffs.assign"
FEEDBACK = "tipoffs.feedback"
NOTE = "tipoffs.note"
EVIDENCE_DOWNLOAD = "tipoffs.evidence_download"
EXPORT = "tipoffs.export"
CONTACT_STATUS = "tipoffs.contact_status"
CONTACT_EXPORT = "tipoffs.contact_export"
APPEAL_STATUS = "tipoffs.appeal_status"
TOKEN_ISSUE = "tipoffs.token_issue"  # noqa: S105 - an action name, not a secret
TOKEN_REVOKE = "tipoffs.token_revoke"  # noqa: S105
ERASE = "tipoffs.erase"
HOLD_PLACE = "tipoffs.hold_place"
HOLD_RELEASE = "tipoffs.hold_release"
DATA_DOWNLOAD = "tipoffs.data_download"
PURGE = "tipoffs.purge"
KEY_ROTATION = "tipoffs.key_rotation"
WITHDRAW = "tipoffs.withdraw"
CLOSING_MESSAGE = "tipoffs.closing_message"

#: action -> (label, message shown in history)
LABELS = {
    VIEW: (_("查看举报线索"), _("查看了举报线索")),
    TRANSITION: (_("变更线索状态"), _("变更了线索状态")),
    ASSIGN: (_("分配经办人"), _("分配了经办人")),
    FEEDBACK: (_("记录已反馈举报人"), _("记录了已反馈举报人")),
    NOTE: (_("添加内部备注"), _("添加了内部备注")),
    EVIDENCE_DOWNLOAD: (_("下载证据文件"), _("下载了证据文件")),
    EXPORT: (_("导出举报线索"), _("导出了举报线索")),
    CONTACT_STATUS: (_("更改可疑联系人核实状态"), _("更改了可疑联系人的核实状态")),
    CONTACT_EXPORT: (_("导出可疑联系人名单"), _("导出了可疑联系人名单")),
    APPEAL_STATUS: (_("处理误判申诉"), _("处理了误判申诉")),
    TOKEN_ISSUE: (_("签发接口令牌"), _("签发了接口令牌")),
    TOKEN_REVOKE: (_("吊销接口令牌"), _("吊销了接口令牌")),
    ERASE: (_("删除举报人个人信息"), _("删除了举报人的个人信息")),
    HOLD_PLACE: (_("证据保全"), _("开始证据保全")),
    HOLD_RELEASE: (_("解除证据保全"), _("解除了证据保全")),
    DATA_DOWNLOAD: (_("举报人下载本人数据"), _("举报人下载了本人提交的数据")),
    PURGE: (_("到期个人信息清理"), _("按保存期限清理了到期的个人信息")),
    KEY_ROTATION: (_("更换加密密钥"), _("用新密钥重新加密了个人信息")),
    WITHDRAW: (_("举报人撤回举报"), _("举报人撤回了举报，个人信息已删除")),
    CLOSING_MESSAGE: (_("修改给举报人的办结说明"), _("修改了给举报人的办结说明")),
}
