"""Share cards and printable posters, as routes of the page types that have them.

``ShareCardMixin`` gives a page ``share-card/`` (its 1200×630 card, the ``og:image``) and
``PrintableMixin`` gives it ``print/`` (an A4 poster with a QR code back to the page). The routes are the
page's own, so Wagtail's serving rules hold for them: only live pages, view restrictions enforced, purged
from the page cache with the page (``get_cached_paths``). Drawing happens in ``education.sharecards``,
imported only when a route is served (models never import Pillow).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

SHARE_CARD_ROUTE = "share-card/"
PRINT_ROUTE = "print/"


class ShareCardMixin(RoutablePageMixin):
    #: "guide", "alert" or "event": which card design the page gets
    card_kind = None

    def card_categories(self):
        """The scam categories named on the card (a guide's one, an alert's several)."""
        return []

    def share_card_digest(self):
        from education.sharecards.storage import current_content

        return current_content(self).digest()

    def share_card_url(self, request=None):
        """The card's full URL, with its hash: an edit gives a new URL, so apps fetch the new card."""
        return f"{self.get_full_url(request)}{SHARE_CARD_ROUTE}?v={self.share_card_digest()}"

    def get_cached_paths(self):
        return [*super().get_cached_paths(), SHARE_CARD_ROUTE]

    @path(SHARE_CARD_ROUTE, name="share_card")
    def share_card(self, request):
        from education.sharecards.views import share_card

        return share_card(request, self)


class PrintableMixin(RoutablePageMixin):
    print_label = _("打印版（A4）")

    def print_url(self, request=None):
        return f"{self.get_full_url(request)}{PRINT_ROUTE}"

    def get_cached_paths(self):
        return [*super().get_cached_paths(), PRINT_ROUTE]

    @path(PRINT_ROUTE, name="print")
    def print_version(self, request):
        from education.sharecards.views import poster

        return poster(request, self)
