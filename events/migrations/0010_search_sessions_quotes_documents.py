"""The stored search documents of sessions, quotes and documents on PostgreSQL.

Generated tsvector columns, `search_document`, that PostgreSQL computes whenever a row is
written, each with a GIN index; core.search filters and ranks on them (see
events/migrations/0004_search_document.py). The expressions are frozen here as SQL: they
must stay the fields and weights the search sources registered in events/apps.py name, and
changing those needs a new migration that rebuilds the columns.
"""

from django.db import migrations

COLUMN = "search_document"
DOCUMENTS = [
    (
        "events_session",
        "session_search_document",
        """(setweight(to_tsvector('english'::regconfig, COALESCE("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("description", '')), 'C'))""",
    ),
    (
        "events_quote",
        "quote_search_document",
        """((setweight(to_tsvector('english'::regconfig, COALESCE("speaker", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("words", '')), 'B')) || setweight(to_tsvector('english'::regconfig, COALESCE("title_at_the_time", '')), 'C'))""",
    ),
    (
        "events_document",
        "document_search_document",
        """setweight(to_tsvector('english'::regconfig, COALESCE("title", '')), 'A')""",
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
    dependencies = [("events", "0009_quotes")]

    operations = [migrations.RunPython(add_columns, drop_columns)]
