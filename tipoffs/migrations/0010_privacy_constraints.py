# Contacts and risk-check counts are unique by keyed hash, now that 0006 filled every hash in.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("tipoffs", "0009_privacy_data"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="suspectcontact",
            constraint=models.UniqueConstraint(fields=("value_digest",), name="unique_suspect_contact_digest"),
        ),
        migrations.AddConstraint(
            model_name="riskcheckcount",
            constraint=models.UniqueConstraint(fields=("value_digest", "hour"), name="unique_risk_check_digest_hour"),
        ),
    ]
