from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TipoffsConfig(AppConfig):
    name = "tipoffs"
    verbose_name = _("举报线索")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import pre_delete
        from wagtail.permissions import policy_registry, register_permission_policy

        from education.signals import demo_home_ready
        from tipoffs.api.permissions import SuperuserOnlyPolicy
        from tipoffs.api.signals import revoke_tokens_of_deleted_user
        from tipoffs.demo.page import on_demo_home_ready
        from tipoffs.models import ApiToken
        from tipoffs.privacy import checks

        checks.register()
        demo_home_ready.connect(on_demo_home_ready, dispatch_uid="tipoffs-demo-content")
        pre_delete.connect(
            revoke_tokens_of_deleted_user, sender=get_user_model(), dispatch_uid="tipoffs-tokens"
        )
        # A token opens the whole watchlist: only superusers manage them, whatever a group grants.
        if not policy_registry.get_by_type(ApiToken, fallback=False):
            register_permission_policy(ApiToken, SuperuserOnlyPolicy(ApiToken), exact_class=True)
