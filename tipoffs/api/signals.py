"""A deleted superuser's API tokens are revoked for the record (they already stopped working)."""

from django.utils import timezone
from wagtail.log_actions import log

from tipoffs import audit
from tipoffs.models import ApiToken


def revoke_tokens_of_deleted_user(sender, instance, **kwargs):
    for token in ApiToken.objects.filter(created_by=instance, revoked_at__isnull=True):
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        log(instance=token, action=audit.TOKEN_REVOKE, user=None, data={"reason": "issuer_deleted"})
