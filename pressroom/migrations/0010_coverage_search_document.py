"""The stored search documents of coverage items on PostgreSQL (nothing on other databases).

Generated tsvector columns, `search_document`, that PostgreSQL computes whenever a row is
written, each with a GIN index; core.search filters and ranks on them (see
events/migrations/0004_search_document.py). The expressions are frozen here as SQL: they
must stay the fields and weights the search sources registered in pressroom/apps.py name, and
changing those needs a new migration that rebuilds the columns.
"""

from django.db import migrations

COLUMN = "search_document"
DOCUMENTS = [
    (
        "pressroom_coverage",
        "coverage_search_document",
        """(setweight(to_tsvector('english'::regconfig, COALESCE("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("excerpt", '')), 'C'))""",
    ),
]


def add_columns(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, index, expression in DOCUMENTS:
        schema_editor.execute(
            f'ALTER TABLE "{table}" ADD COLUMN IF NOT EXISTS "{COLUMN}" tsvector '
            f"GENERATED ALWAYS AS ({expression}) STORED"
        )
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{index}" ON "{table}" USING gin ("{COLUMN}")'
        )


def drop_columns(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, index, _expression in DOCUMENTS:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{index}"')
        schema_editor.execute(f'ALTER TABLE "{table}" DROP COLUMN IF EXISTS "{COLUMN}"')


class Migration(migrations.Migration):
    dependencies = [("pressroom", "0009_sources_of_releases_and_coverage")]

    operations = [migrations.RunPython(add_columns, drop_columns)]
