"""The consumer-protection team (消保团队) group, holding the tip-off permissions.

Wagtail's Editors and Moderators groups get none of them: tip-offs hold personal data.
"""

from django.db import migrations

from common.permissions import grant_to_group

TEAM_GROUP = "消保团队"
TEAM_PERMISSIONS = {
    ("wagtailadmin", "admin"): ["access_admin"],
    ("tipoffs", "tipoff"): ["view_tipoff", "change_tipoff", "export_tipoff"],
    ("tipoffs", "suspectcontact"): ["view_suspectcontact", "change_suspectcontact", "export_suspectcontact"],
    ("tipoffs", "evidence"): ["view_evidence"],
    ("tipoffs", "tipoffnote"): ["add_tipoffnote", "view_tipoffnote"],
}


def create_team_group(apps, schema_editor):
    grant_to_group(apps, TEAM_GROUP, TEAM_PERMISSIONS)


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
