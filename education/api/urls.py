"""The content API's router: ``path("api/v2/", include(education.api.urls))`` in site/urls.py.

Endpoint order matters: Wagtail links a page to the first endpoint whose model it is, so guides, alerts and
events get their own ``detail_url`` and ``pages`` serves only what is left (pages listed together).
"""

from wagtail.api.v2.router import WagtailAPIRouter

from .views import (
    AlertsEndpoint,
    CategoriesEndpoint,
    EventsEndpoint,
    GuidesEndpoint,
    ImagesEndpoint,
    PagesEndpoint,
)

api_router = WagtailAPIRouter("content_api")
for endpoint in (
    GuidesEndpoint,
    AlertsEndpoint,
    EventsEndpoint,
    PagesEndpoint,
    CategoriesEndpoint,
    ImagesEndpoint,
):
    api_router.register_endpoint(endpoint.name, endpoint)

urlpatterns = api_router.get_urlpatterns()
app_name = "content_api"
