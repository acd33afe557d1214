"""URL configuration. Wagtail's page serving comes last: it matches every remaining path.

Public pages are in ``i18n_patterns`` without a prefix for Chinese (the default) and under ``/en/`` for
English (issue 13); the language comes from that prefix only (common.i18n.URLLanguageMiddleware).
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from education import serving as education_serving
from education import views as education_views
from education.api.urls import api_router
from tipoffs.api import views as tipoffs_api
from tipoffs.riskcheck import views as tipoffs_riskcheck

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The search page's one-click risk check (a POST without a CSRF token: see tipoffs.riskcheck.search).
    path("search/risk-check/", tipoffs_riskcheck.risk_check_from_search, name="risk_check_from_search"),
    path("elder-mode/", include("education.elder_mode.urls")),
    path("feedback/", include("education.feedback.urls")),
    path("api/watchlist/", tipoffs_api.watchlist, name="tipoffs_watchlist"),
    # The public content API (education.api), apart from the tip-off watchlist above: read-only, cached,
    # CORS for CONTENT_API_CORS_ORIGINS only.
    path("api/v2/", api_router.urls),
    path("subscriptions/", include("education.subscriptions.urls")),
    path("signups/", include("education.signups.urls")),
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

# Pages, search and statistics in each language: Chinese at the root, English under /en/ (the language
# comes from the URL only, see common.i18n). Wagtail's page view is made CSRF-exempt: the check runs once
# the page is known, so that cached pages can take token-less POSTs such as quiz answers (common.pageposts);
# routing starts from the cached home page of the language (education.serving).
urlpatterns += i18n_patterns(
    path("search/", education_views.search, name="search"),
    path("statistics/", include("tipoffs.statistics.urls")),
    *[pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", None) != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, education_serving.serve, name="wagtail_serve"),
    prefix_default_language=False,
)

# Error pages that do not read a broken request body a second time (see common.errors).
handler400 = "common.errors.bad_request"
handler403 = "common.errors.permission_denied"
handler404 = "common.errors.page_not_found"
handler500 = "common.errors.server_error"
