"""The stored search document of Event rows on PostgreSQL (nothing on other databases).

A generated tsvector column, `search_document`, that PostgreSQL computes whenever a row is
written, with a GIN index on it; core.search filters and ranks on it. The model does not
declare it (SQLite has no tsvector), so Django never writes it and dumps and restores leave
it to PostgreSQL. The expression is frozen here as SQL: it must stay what the search
expects (the fields and weights the app registers in its apps.py), and changing those
needs a new migration that rebuilds the column.

IF NOT EXISTS: databases migrated before the search moved out of core (its migrations
0002 and 0003 built the same column and index) already have them.
"""

from django.db import migrations

COLUMN = "search_document"
DOCUMENTS = [
    (
        "events_event",
        "event_search_document",
        """((((setweight(to_tsvector('english'::regconfig, COALESCE("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("summary", '')), 'B')) || setweight(to_tsvector('english'::regconfig, COALESCE("city", '')), 'C')) || setweight(to_tsvector('english'::regconfig, COALESCE("venue", '')), 'C')) || setweight(to_tsvector('english'::regconfig, COALESCE("body", '')), 'D'))""",
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
    dependencies = [("events", "0003_dates_unconfirmed")]

    operations = [migrations.RunPython(add_columns, drop_columns)]
