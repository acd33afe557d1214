"""“对您有帮助吗？” at the end of guides and alerts (education.feedback).

Anonymous: no client address, session or user is stored with an answer.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 500


class PageFeedback(models.Model):
    """One reader's answer to “对您有帮助吗？” on a guide or an alert, with an optional comment."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="reader_feedback",
        verbose_name=_("页面"),
    )
    helpful = models.BooleanField(_("有帮助"))
    comment = models.TextField(_("留言"), max_length=COMMENT_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(_("时间"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("读者反馈")
        verbose_name_plural = _("读者反馈")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["page", "helpful"], name="education_feedback_page_idx")]

    def __str__(self):
        return f"{self.page_id}: {'+' if self.helpful else '-'}"
