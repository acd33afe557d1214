"""Response headers for the public site."""

from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """Adds a strict Content-Security-Policy to public pages.

    The public templates use no inline script or style, so the policy can forbid both. The
    Wagtail admin (and page previews rendered inside it) relies on inline styles it does not
    control, so admin paths are left to Wagtail.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(settings.CONTENT_SECURITY_POLICY_EXEMPT_PREFIXES):
            response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response
