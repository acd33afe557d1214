from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def duration_words(delta):
    """A timedelta as "1 天 3 小时" / "42 分钟", ignoring its sign (the template says before or after)."""
    if delta is None:
        return ""
    minutes = int(abs(delta.total_seconds()) // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return _("%(days)d 天 %(hours)d 小时") % {"days": days, "hours": hours}
    if hours:
        return _("%(hours)d 小时 %(minutes)d 分钟") % {"hours": hours, "minutes": minutes}
    return _("%(minutes)d 分钟") % {"minutes": minutes}
