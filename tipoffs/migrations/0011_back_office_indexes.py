# Indexes for the team's lists at 100,000 tip-offs (bench/back_office.py).
#
# The team searches tip-offs by any part of their text or of a contact as typed, and suspect contacts by any
# part of their value. Django's icontains is ``UPPER(column) LIKE UPPER('%…%')``: on PostgreSQL a trigram
# GIN index over exactly that expression turns those scans of every row into index lookups. SQLite (the
# development database) has no such index and keeps scanning, which is fine at its sizes.
#
# The contact list shows the categories of every tip-off naming each contact: a covering index lets
# PostgreSQL read a tip-off's category from the index alone (SQLite has no INCLUDE).

from django.db import migrations, models

INDEXES = [
    ("tipoff_description_trigram", "tipoffs_tipoff", 'UPPER("description")'),
    ("tipoffcontact_raw_value_trigram", "tipoffs_tipoffcontact", 'UPPER(("raw_value")::text)'),
    ("suspectcontact_value_trigram", "tipoffs_suspectcontact", 'UPPER(("value")::text)'),
]
COVERING_INDEXES = [
    ("tipoff_id_with_category", "tipoffs_tipoff", '"id"', '"category_id"'),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, expression in INDEXES:
        schema_editor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" USING gin ({expression} gin_trgm_ops)')
    for name, table, column, included in COVERING_INDEXES:
        schema_editor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({column}) INCLUDE ({included})')


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, *_definition in INDEXES + COVERING_INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [
        ("tipoffs", "0010_privacy_constraints"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes),
        migrations.AddIndex(
            model_name="suspectcontact",
            index=models.Index(fields=["-report_count", "-last_reported_at"], name="contact_most_reported_first"),
        ),
        migrations.AddIndex(
            model_name="tipoff",
            index=models.Index(fields=["status", "sla_due_at", "-received_at", "-id"], name="tipoff_status_most_urgent"),
        ),
        migrations.AddIndex(
            model_name="tipoffcontact",
            index=models.Index(fields=["contact", "tipoff"], name="link_contact_tipoff"),
        ),
    ]
