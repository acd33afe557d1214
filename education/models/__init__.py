"""The public content model: scam categories, site settings and the page types."""

from .alerts import AlertIndexPage, AlertPage, AlertPageTag
from .categories import ScamCategory
from .events import EventIndexPage, EventPage
from .guides import GuideIndexPage, GuidePage, GuidePageTag
from .pages import HomePage, StandardPage
from .site_settings import SiteSettings

__all__ = [
    "AlertIndexPage",
    "AlertPage",
    "AlertPageTag",
    "EventIndexPage",
    "EventPage",
    "GuideIndexPage",
    "GuidePage",
    "GuidePageTag",
    "HomePage",
    "ScamCategory",
    "SiteSettings",
    "StandardPage",
]
