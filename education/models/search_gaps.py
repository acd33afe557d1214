"""Searches that found nothing, per query and day: the topics editors should write next (education.search)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NoResultDailyHits(models.Model):
    """How many searches for one query found nothing on one day: the other side of Wagtail's
    ``QueryDailyHits`` (which counts every search), written by the same flush (education.search.hits)."""

    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="no_result_hits",
        verbose_name=_("搜索词"),
    )
    date = models.DateField(_("日期"))
    hits = models.PositiveIntegerField(_("无结果次数"), default=0)

    class Meta:
        verbose_name = _("无结果的搜索")
        verbose_name_plural = _("无结果的搜索")
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="education_noresult_query_date")
        ]
        indexes = [models.Index(fields=["date"], name="education_noresult_date_idx")]

    def __str__(self):
        return f"{self.query} {self.date}: {self.hits}"
