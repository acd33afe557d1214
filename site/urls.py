"""URL configuration. Wagtail's page serving comes last: it matches every remaining path.

Public pages are in ``i18n_patterns`` without a prefix for Chinese (the default) and under ``/en/`` for
English (issue 13); the language comes from that prefix only (common.i18n.URLLanguageMiddleware).
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from education import views as education_views
from tipoffs.api import views as tipoffs_api

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/watchlist/", tipoffs_api.watchlist, name="tipoffs_watchlist"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", education_views.search, name="search"),
    path("statistics/", include("tipoffs.statistics.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# Error pages that do not read a broken request body a second time (see common.errors).
handler400 = "common.errors.bad_request"
handler403 = "common.errors.permission_denied"
handler404 = "common.errors.page_not_found"
handler500 = "common.errors.server_error"
