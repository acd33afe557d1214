"""Wagtail viewsets cut down to the views a feature offers, each URL behind a definite 403."""

from django.urls import path

from common.responses import forbid_on_denial

# ModelViewSet's URL names -> (route, view attribute); only the kept ones are ever constructed, so a viewset
# without a form (no add or edit view) never builds one.
_ROUTES = {
    "index": ("", "index_view"),
    "index_results": ("results/", "index_results_view"),
    "add": ("new/", "add_view"),
    "edit": ("edit/<int:pk>/", "edit_view"),
    "delete": ("delete/<int:pk>/", "delete_view"),
    "history": ("history/<int:pk>/", "history_view"),
    "history_results": ("history-results/<int:pk>/", "history_results_view"),
    "usage": ("usage/<int:pk>/", "usage_view"),
}


class RestrictedViewSetMixin:
    """Keeps only ``url_names`` of a viewset's URLs (plus ``extra_urlpatterns()``), all permission-checked.

    ``required_permission`` ("app_label.codename") is checked before any view runs; without it the views'
    own denials still answer 403 rather than Wagtail's redirect.
    """

    url_names = ("index", "index_results", "edit", "history", "history_results")
    required_permission = None

    def extra_urlpatterns(self):
        return []

    def get_urlpatterns(self):
        patterns = [
            path(_ROUTES[name][0], getattr(self, _ROUTES[name][1]), name=name) for name in self.url_names
        ]
        patterns += self.extra_urlpatterns()
        for pattern in patterns:
            pattern.callback = forbid_on_denial(pattern.callback, self.required_permission)
        return patterns

    def register_admin_url_finder(self):
        # Without an edit view, audit-log pages must not try to link one (NoReverseMatch 'edit').
        if "edit" in self.url_names:
            super().register_admin_url_finder()

    def get_common_view_kwargs(self, **kwargs):
        # Links to views this viewset does not offer would 404 (or NoReverseMatch): drop them.
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add", "edit", "delete", "copy", "history", "usage", "inspect"):
            if name not in self.url_names:
                view_kwargs[f"{name}_url_name"] = None
        return view_kwargs
