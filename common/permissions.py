"""Granting permissions to a group from a data migration.

Django creates permissions only after all migrations have run; a migration that grants them must create
them first.
"""

from django.contrib.auth.management import create_permissions


def grant_to_group(apps, group_name, permissions_by_model):
    """Give ``group_name`` (created if missing) ``{(app_label, model): [codename, ...]}``."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=group_name)
    for (app_label, model), codenames in permissions_by_model.items():
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label, content_type__model=model, codename__in=codenames
            )
        )
