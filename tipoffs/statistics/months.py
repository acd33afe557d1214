"""The months a snapshot covers, in the site's time zone: the current month and the ones before it."""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.db.models.functions import TruncMonth
from django.utils import timezone


@dataclass(frozen=True)
class MonthWindow:
    months: tuple[datetime.date, ...]  # first day of each month, oldest first
    start: datetime.datetime  # midnight on the first day, aware
    end: datetime.datetime  # the moment the snapshot is taken
    tz: datetime.tzinfo

    def trunc(self, field_name):
        """SQL: the first instant of the local month of ``field_name``."""
        return TruncMonth(field_name, tzinfo=self.tz)

    def between(self, field_name):
        """Filter arguments: ``field_name`` inside the window."""
        return {f"{field_name}__gte": self.start, f"{field_name}__lte": self.end}

    def index(self, truncated):
        """Position in ``months`` of a value returned by ``trunc``, or None outside the window."""
        if truncated is None:
            return None
        if isinstance(truncated, datetime.datetime):
            truncated = (
                timezone.localtime(truncated, self.tz) if timezone.is_aware(truncated) else truncated
            ).date()
        try:
            return self.months.index(truncated.replace(day=1))
        except ValueError:
            return None

    def empty_series(self):
        return [0] * len(self.months)


def last_months(now, count):
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    current = timezone.localtime(now, tz).date().replace(day=1)
    months = []
    year, month = current.year, current.month
    for _ in range(count):
        months.append(datetime.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    months.reverse()
    start = datetime.datetime.combine(months[0], datetime.time.min, tzinfo=tz)
    return MonthWindow(months=tuple(months), start=start, end=now, tz=tz)
