"""Deployment checks (``manage.py check --deploy``) for settings Django's own checks do not know."""

from django.conf import settings
from django.core.checks import Tags, Warning


def proxy_configured(app_configs, **kwargs):
    """Behind a proxy with no proxy setting, every client shares the proxy's address and its limits."""
    if settings.DEBUG or settings.TRUSTED_PROXY_CIDRS or settings.TRUSTED_PROXY_COUNT is not None:
        return []
    return [
        Warning(
            "No reverse-proxy setting: rate limits and log-in lock-outs will treat every client behind a "
            "load balancer or CDN as one.",
            hint="Set TRUSTED_PROXY_CIDRS to your proxies' networks (or TRUSTED_PROXY_COUNT; 0 means the "
            "app servers face clients directly). See README, Deploy.",
            id="common.W001",
        )
    ]


def register():
    from django.core.checks import register as register_check

    register_check(proxy_configured, Tags.security, deploy=True)
