"""Bearer tokens for the interception system's watchlist API.

Why not Wagtail 8's own ``wagtail.models.APIToken`` (with ``APITokenViewSet`` and ninja's
``BearerTokenAuth``): it belongs to the API v3 preview, whose interface may still change; its token
authenticates *as its user*, so a superuser's token would carry every admin permission of that person,
where ours opens exactly one read-only endpoint; its admin lets anyone who may manage a token's owner issue
one, where ours is superuser-only with an audited issue and revocation; and moving would invalidate the
interception system's current token (the stored digests differ). Revisit when API v3 is stable.

A token is the responsibility of the superuser who issued it: it works only while that person is an
active superuser. Deactivating, demoting or deleting them stops it at once (deleting also marks it
revoked, see ``tipoffs.api.signals``), so no token outlives the person accountable for it.
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def hash_api_token(raw):
    # Tokens are long random strings, so a fast hash is enough (and lets us look them up by hash).
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for the interception system's read-only watchlist endpoint."""

    wagtail_reference_index_ignore = True  # personal data: never shown in "usage" views

    name = models.CharField(_("用途"), max_length=100, help_text=_("例如：拦截系统（生产）"))
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(_("令牌前缀"), max_length=8, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("签发人"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("签发时间"), default=timezone.now)
    last_used_at = models.DateTimeField(_("最近使用"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("吊销时间"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("接口令牌")
        verbose_name_plural = _("接口令牌")

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self):
        return self.revoked_at is None and self.issuer_in_office

    @property
    def issuer_in_office(self):
        issuer = self.created_by
        return bool(issuer and issuer.is_active and issuer.is_superuser)

    @classmethod
    def issue(cls, name, user):
        """Create a token; returns (token, raw key). The raw key is shown once and never stored."""
        raw = secrets.token_urlsafe(32)
        token = cls.objects.create(name=name, key_hash=hash_api_token(raw), prefix=raw[:8], created_by=user)
        return token, raw

    @classmethod
    def authenticate(cls, raw):
        if not raw:
            return None
        return cls.objects.filter(
            key_hash=hash_api_token(raw),
            revoked_at__isnull=True,
            created_by__is_active=True,
            created_by__is_superuser=True,
        ).first()
