"""RSS 2.0 and Atom feeds of risk alerts, served from the alert index page."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 30


class AlertRssFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("%(title)s（风险提示订阅）") % {"title": self.index_page.title}

    def link(self):
        return self.index_page.url

    def description(self):
        return _("最新的金融黑灰产风险提示")

    def items(self):
        return self.index_page.live_alerts().prefetch_related("categories")[:FEED_LENGTH]

    def item_title(self, item):
        return f"【{item.get_level_display()}】{item.title}"

    def item_description(self, item):
        if item.is_expired():
            return _("（已过期）") + item.summary
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        # Alerts carry a date; publish them at local midnight so readers see the right day.
        return timezone.make_aware(datetime.datetime.combine(item.issued_on, datetime.time()))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]


class AlertAtomFeed(AlertRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
