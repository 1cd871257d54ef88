"""The stored search documents of events, sessions, quotes and documents on PostgreSQL, in
every content language (nothing on other databases).

Rebuilt from the columns the translations added (migration 0013_translations): each translated
field's Russian column under the 'russian' configuration, its Kazakh one under 'simple'
(PostgreSQL has no Kazakh stemmer) and its English one under 'english', with the weights
the app registers in its apps.py (core.search.document_sql wrote these expressions; the
test of the search compares them). Reversing puts back the English-only documents of the app's earlier migrations
(each table's last one, in PREVIOUS).
"""

from django.db import migrations

COLUMN = "search_document"
DOCUMENTS = [
    (
        "events_event",
        "event_search_document",
        """setweight(to_tsvector('russian'::regconfig, COALESCE("title_ru", '')), 'A') || setweight(to_tsvector('simple'::regconfig, COALESCE("title_kk", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("title_en", '')), 'A') || setweight(to_tsvector('russian'::regconfig, COALESCE("summary_ru", '')), 'B') || setweight(to_tsvector('simple'::regconfig, COALESCE("summary_kk", '')), 'B') || setweight(to_tsvector('english'::regconfig, COALESCE("summary_en", '')), 'B') || setweight(to_tsvector('russian'::regconfig, COALESCE("city_ru", '')), 'C') || setweight(to_tsvector('simple'::regconfig, COALESCE("city_kk", '')), 'C') || setweight(to_tsvector('english'::regconfig, COALESCE("city_en", '')), 'C') || setweight(to_tsvector('russian'::regconfig, COALESCE("venue_ru", '')), 'C') || setweight(to_tsvector('simple'::regconfig, COALESCE("venue_kk", '')), 'C') || setweight(to_tsvector('english'::regconfig, COALESCE("venue_en", '')), 'C') || setweight(to_tsvector('russian'::regconfig, COALESCE("body_ru", '')), 'D') || setweight(to_tsvector('simple'::regconfig, COALESCE("body_kk", '')), 'D') || setweight(to_tsvector('english'::regconfig, COALESCE("body_en", '')), 'D')""",
    ),
    (
        "events_session",
        "session_search_document",
        """setweight(to_tsvector('russian'::regconfig, COALESCE("title_ru", '')), 'A') || setweight(to_tsvector('simple'::regconfig, COALESCE("title_kk", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("title_en", '')), 'A') || setweight(to_tsvector('russian'::regconfig, COALESCE("description_ru", '')), 'C') || setweight(to_tsvector('simple'::regconfig, COALESCE("description_kk", '')), 'C') || setweight(to_tsvector('english'::regconfig, COALESCE("description_en", '')), 'C')""",
    ),
    (
        "events_quote",
        "quote_search_document",
        """setweight(to_tsvector('english'::regconfig, COALESCE("speaker", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("words", '')), 'B') || setweight(to_tsvector('english'::regconfig, COALESCE("title_at_the_time", '')), 'C')""",
    ),
    (
        "events_document",
        "document_search_document",
        """setweight(to_tsvector('russian'::regconfig, COALESCE("title_ru", '')), 'A') || setweight(to_tsvector('simple'::regconfig, COALESCE("title_kk", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("title_en", '')), 'A')""",
    ),
]
PREVIOUS = {
    "events_event": """((((setweight(to_tsvector('english'::regconfig, COALESCE("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("summary", '')), 'B')) || setweight(to_tsvector('english'::regconfig, COALESCE("city", '')), 'C')) || setweight(to_tsvector('english'::regconfig, COALESCE("venue", '')), 'C')) || setweight(to_tsvector('english'::regconfig, COALESCE("body", '')), 'D'))""",
    "events_session": """(setweight(to_tsvector('english'::regconfig, COALESCE("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("description", '')), 'C'))""",
    "events_quote": """((setweight(to_tsvector('english'::regconfig, COALESCE("speaker", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("words", '')), 'B')) || setweight(to_tsvector('english'::regconfig, COALESCE("title_at_the_time", '')), 'C'))""",
    "events_document": """setweight(to_tsvector('english'::regconfig, COALESCE("title", '')), 'A')""",
}


def _build(schema_editor, table, index, expression):
    schema_editor.execute(f'DROP INDEX IF EXISTS "{index}"')
    schema_editor.execute(f'ALTER TABLE "{table}" DROP COLUMN IF EXISTS "{COLUMN}"')
    schema_editor.execute(
        f'ALTER TABLE "{table}" ADD COLUMN "{COLUMN}" tsvector '
        f"GENERATED ALWAYS AS ({expression}) STORED"
    )
    schema_editor.execute(f'CREATE INDEX "{index}" ON "{table}" USING gin ("{COLUMN}")')


def in_every_language(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, index, expression in DOCUMENTS:
        _build(schema_editor, table, index, expression)


def in_english_only(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, index, _expression in DOCUMENTS:
        _build(schema_editor, table, index, PREVIOUS[table])


class Migration(migrations.Migration):
    dependencies = [("events", "0014_translations_copy_en")]

    operations = [migrations.RunPython(in_every_language, in_english_only)]
