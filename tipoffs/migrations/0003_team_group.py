"""The consumer-protection team (消保团队) group, holding the tip-off permissions.

Wagtail's Editors and Moderators groups get none of them: tip-offs hold personal data.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TEAM_GROUP = "消保团队"
TEAM_PERMISSIONS = {
    ("wagtailadmin", "admin"): ["access_admin"],
    ("tipoffs", "tipoff"): ["view_tipoff", "change_tipoff", "export_tipoff"],
    ("tipoffs", "suspectcontact"): ["view_suspectcontact", "change_suspectcontact", "export_suspectcontact"],
    ("tipoffs", "evidence"): ["view_evidence"],
    ("tipoffs", "tipoffnote"): ["add_tipoffnote", "view_tipoffnote"],
}


def create_team_group(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=TEAM_GROUP)
    for (app_label, model), codenames in TEAM_PERMISSIONS.items():
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label, content_type__model=model, codename__in=codenames
            )
        )


def remove_team_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=TEAM_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tipoffs", "0002_triage"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_team_group, remove_team_group)]
