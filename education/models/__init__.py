"""The public content model: scam categories, site settings and the page types.

One module per page type (``base`` holds what they share, ``home`` depends on all of them); this
package re-exports every model, so ``from education.models import GuidePage`` keeps working.
"""

from .alerts import AlertIndexPage, AlertPage, AlertPageTag
from .base import BasePage, IntroductionMixin
from .categories import ScamCategory
from .events import EventIndexPage, EventPage
from .guides import GuideIndexPage, GuidePage, GuidePageTag
from .home import HomePage, HomePageFeaturedGuide
from .quizzes import QuizIndexPage, QuizOptionCount, QuizPage, QuizQuestionStats
from .site_settings import SiteSettings
from .standard import StandardPage

__all__ = [
    "AlertIndexPage",
    "AlertPage",
    "AlertPageTag",
    "BasePage",
    "EventIndexPage",
    "EventPage",
    "GuideIndexPage",
    "GuidePage",
    "GuidePageTag",
    "HomePage",
    "HomePageFeaturedGuide",
    "IntroductionMixin",
    "QuizIndexPage",
    "QuizOptionCount",
    "QuizPage",
    "QuizQuestionStats",
    "ScamCategory",
    "SiteSettings",
    "StandardPage",
]
