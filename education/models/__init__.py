"""The public content model: scam categories, site settings and the page types.

One module per page type (``base`` holds what they share, ``home`` depends on all of them); this
package re-exports every model, so ``from education.models import GuidePage`` keeps working. Feature
packages (``signups``, ``subscriptions``) keep their models beside their code; imported here so Django
registers them.
"""

from education.signups.models import EventSignup
from education.subscriptions.models import AlertDelivery, Subscription

from .alerts import AlertIndexPage, AlertPage, AlertPageTag
from .base import BasePage, IntroductionMixin
from .categories import ScamCategory
from .events import EventIndexPage, EventPage
from .feedback import PageFeedback
from .guides import GuideIndexPage, GuidePage, GuidePageTag
from .home import HomePage, HomePageFeaturedGuide
from .quizzes import QuizIndexPage, QuizOptionCount, QuizPage, QuizQuestionStats
from .search_gaps import NoResultDailyHits
from .site_settings import SiteSettings
from .standard import StandardPage

__all__ = [
    "AlertDelivery",
    "AlertIndexPage",
    "AlertPage",
    "AlertPageTag",
    "BasePage",
    "EventIndexPage",
    "EventPage",
    "EventSignup",
    "GuideIndexPage",
    "GuidePage",
    "GuidePageTag",
    "HomePage",
    "HomePageFeaturedGuide",
    "IntroductionMixin",
    "NoResultDailyHits",
    "PageFeedback",
    "QuizIndexPage",
    "QuizOptionCount",
    "QuizPage",
    "QuizQuestionStats",
    "ScamCategory",
    "SiteSettings",
    "StandardPage",
    "Subscription",
]
