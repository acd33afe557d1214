"""Who may manage API tokens: a token opens the whole watchlist, so only active superusers do."""

from wagtail.permission_policies.base import ModelPermissionPolicy


class SuperuserOnlyPolicy(ModelPermissionPolicy):
    """Only active superusers, whatever permissions a group grants: a token opens the whole watchlist."""

    def user_has_permission(self, user, action):
        return bool(user.is_active and user.is_superuser)

    def user_has_any_permission(self, user, actions):
        return bool(user.is_active and user.is_superuser)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_permission(user, "change")

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(actions).filter(is_superuser=True)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_permission(user, "view"):
            return self.model._default_manager.all()
        return self.model._default_manager.none()
