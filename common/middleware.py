"""Response headers the whole site shares: Permissions-Policy everywhere, a Content-Security-Policy for
the Wagtail admin (the public site's CSP is set by education.middleware, which leaves the admin out)."""

from django.conf import settings

# Pages reachable before (or while) signing in get the strict policy: they need no inline script or style.
SIGN_IN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "twofactor_verify",
    "twofactor_enrol",
    "twofactor_recovery_codes",
}


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path_info.startswith(settings.ADMIN_CONTENT_SECURITY_POLICY_PREFIX):
            # Set, not setdefault: Wagtail renders previews by running a public-site request through the
            # middleware, so a preview arrives carrying the public policy and its frame-ancestors 'none'.
            response.headers["Content-Security-Policy"] = self.admin_policy(request, response)
        return response

    @staticmethod
    def admin_policy(request, response):
        match = request.resolver_match
        if match is not None and match.url_name in SIGN_IN_URL_NAMES:
            policy = settings.ADMIN_SIGN_IN_CONTENT_SECURITY_POLICY
        else:
            policy = settings.ADMIN_CONTENT_SECURITY_POLICY
        # Wagtail's live preview frames its own preview views (marked X-Frame-Options: SAMEORIGIN); every
        # other admin page keeps Django's DENY, and the CSP says the same.
        frame_ancestors = "'self'" if response.headers.get("X-Frame-Options") == "SAMEORIGIN" else "'none'"
        return f"{policy}; frame-ancestors {frame_ancestors}"
