"""Tip-off models no longer go into Wagtail's reference index (they hold personal data, and a category's
"usage" view would list them to editors); remove the rows indexed before."""

from django.db import migrations


def remove_tipoff_references(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    tipoff_types = ContentType.objects.filter(app_label="tipoffs").exclude(model="tipoffformpage")
    ReferenceIndex.objects.filter(base_content_type__in=tipoff_types).delete()
    ReferenceIndex.objects.filter(content_type__in=tipoff_types).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tipoffs", "0004_risk_check"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(remove_tipoff_references, migrations.RunPython.noop)]
