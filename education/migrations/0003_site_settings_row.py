"""Create the site settings row up front, so no public GET ever has to insert it."""

from django.db import migrations


def create_settings(apps, schema_editor):
    apps.get_model("education", "SiteSettings").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("education", "0002_scam_categories")]

    operations = [migrations.RunPython(create_settings, migrations.RunPython.noop)]
