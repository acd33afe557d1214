"""Evidence files attached to a tip-off, kept in private storage."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .storage import evidence_path, private_storage
from .tipoff import TipOff


class Evidence(models.Model):
    """A file the reporter uploaded. When it expires (or is erased on request) the file and its name are
    deleted and the row stays as a tombstone: type, size, SHA-256 and times still show what was received
    and when it was deleted, which the team may have to prove, with nothing of the content left."""

    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    tipoff = models.ForeignKey(TipOff, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(storage=private_storage, upload_to=evidence_path, max_length=200, blank=True)
    original_name = models.CharField(_("原文件名"), max_length=200, blank=True)
    content_type = models.CharField(_("文件类型"), max_length=50)
    size = models.PositiveIntegerField(_("大小（字节）"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    created_at = models.DateTimeField(_("上传时间"), default=timezone.now)
    erased_at = models.DateTimeField(_("删除时间"), null=True, blank=True, editable=False)
    # Sent later with a reporter's addition (empty: with the report itself).
    addition = models.ForeignKey(
        "tipoffs.ReporterAddition",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence",
        editable=False,
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("证据文件")
        verbose_name_plural = _("证据文件")

    def __str__(self):
        return self.original_name or f"{self.content_type} ({self.sha256[:12]}…)"
