"""What every public page type shares: the page base and the index pages' introduction."""

from django.db import models
from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from common.i18n import html_lang
from education import site_cache
from education.forms import AsciiSlugPageForm
from education.search.fields import segmented
from education.slugs import available_pinyin_slug

META_DESCRIPTION_LENGTH = 120


def private_pages_q():
    """Pages in a section with a view restriction: Wagtail's ``private_q()`` from cached restrictions."""
    restrictions, _any_alias = site_cache.view_restrictions()
    q = Q()
    for _pk, path in restrictions:
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


class EducationPageQuerySet(PageQuerySet):
    """Wagtail's page queryset, except that ``public()`` (and ``private()``) cost no query."""

    def private_q(self):
        return private_pages_q()


EducationPageManager = PageManager.from_queryset(EducationPageQuerySet)


class BasePage(Page):
    """Common behaviour of every page on the public site.

    - Slugs default to pinyin rather than percent-encoded Chinese.
    - ``meta_description`` falls back from the editor's search description to the page summary.
    - ``json_ld`` gives schema.org data for the page head.
    """

    #: name of the field holding a one-paragraph summary, used as the description fallback
    summary_field = None
    base_form_class = AsciiSlugPageForm
    # Chinese titles are indexed as words (see education.search), also for index pages.
    search_fields = segmented(Page.search_fields)

    objects = EducationPageManager()

    class Meta:
        abstract = True

    @classmethod
    def serving_queryset(cls):
        """How ``education.routing`` fetches a page it is about to serve; page types add what their
        template always needs (select_related, prefetch_related)."""
        return cls.objects.all()

    def get_view_restrictions(self):
        """Wagtail's answer (the restrictions on this page and its ancestors), from the cached list:
        no query for a page without any, which is nearly every page."""
        restrictions, any_alias = site_cache.view_restrictions()
        if any_alias:  # an alias takes its restrictions from the page it copies: ask Wagtail
            return super().get_view_restrictions()
        ids = [pk for pk, path in restrictions if self.path.startswith(path)]
        return PageViewRestriction.objects.filter(pk__in=ids)

    def _set_core_field_defaults(self):
        # Wagtail would slugify the Chinese title to nothing (unicode slugs are off) and leave
        # the slug empty; fill it with pinyin first, unique among the page's future siblings.
        if not self.slug and self.title:
            parent = self.get_parent() if self.path else getattr(self, "_cached_parent_obj", None)
            if parent is not None:
                self.slug = available_pinyin_slug(self.title, parent, self)
        super()._set_core_field_defaults()

    @property
    def meta_description(self):
        text = self.search_description
        if not text and self.summary_field:
            text = strip_tags(str(getattr(self, self.summary_field, "") or ""))
        if not text:
            return ""
        return Truncator(" ".join(text.split())).chars(META_DESCRIPTION_LENGTH)

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": self.seo_title or self.title,
            "description": self.meta_description,
            "url": self.get_full_url(request),
            "inLanguage": html_lang(),  # the language being served, which is the page's (issue 13)
        }


class IntroductionMixin(models.Model):
    """An index page's short introduction, shared by the three index page types."""

    introduction = RichTextField(_("导语"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    summary_field = "introduction"
    #: (route name, label) of the page's feeds or calendars, linked from its header
    subscriptions = ()

    class Meta:
        abstract = True
