"""What a reporter adds after submitting (information and evidence), and how they rated the handling.

Both are written through the reporter follow-up (``tipoffs.followup``), opened with the reference and the
status key. An addition is appended, never edited; its text expires or is erased with the report's text.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .tipoff import TipOff


class ReporterAddition(models.Model):
    """Information the reporter added later; evidence sent with it points here (``Evidence.addition``)."""

    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    tipoff = models.ForeignKey(TipOff, on_delete=models.CASCADE, related_name="additions")
    text = models.TextField(_("补充内容"), blank=True)
    created_at = models.DateTimeField(_("补充时间"), default=timezone.now)
    # One per rendered form: a double submit adds once.
    form_token = models.UUIDField(unique=True, editable=False)
    erased_at = models.DateTimeField(_("删除时间"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("举报人补充")
        verbose_name_plural = _("举报人补充")

    def __str__(self):
        return f"{self.tipoff_id} @ {self.created_at:%Y-%m-%d %H:%M}"


class ReporterRating(models.Model):
    """How the reporter rated the handling of a closed case: one per case."""

    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    tipoff = models.OneToOneField(TipOff, on_delete=models.CASCADE, related_name="rating")
    score = models.PositiveSmallIntegerField(
        _("评分"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("评价"), blank=True)
    created_at = models.DateTimeField(_("评价时间"), default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(score__gte=1, score__lte=5), name="reporter_rating_score_1_to_5"
            )
        ]
        verbose_name = _("举报人评价")
        verbose_name_plural = _("举报人评价")

    def __str__(self):
        return f"{self.tipoff_id}: {self.score}"
