"""The stored search documents of press releases and coverage on PostgreSQL, in every content
language (nothing on other databases).

Rebuilt from the columns the translations added (migration 0011_translations): each translated
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
        "pressroom_pressrelease",
        "pressrelease_search_document",
        """setweight(to_tsvector('russian'::regconfig, COALESCE("title_ru", '')), 'A') || setweight(to_tsvector('simple'::regconfig, COALESCE("title_kk", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("title_en", '')), 'A') || setweight(to_tsvector('russian'::regconfig, COALESCE("lead_ru", '')), 'B') || setweight(to_tsvector('simple'::regconfig, COALESCE("lead_kk", '')), 'B') || setweight(to_tsvector('english'::regconfig, COALESCE("lead_en", '')), 'B') || setweight(to_tsvector('russian'::regconfig, COALESCE("dateline_city_ru", '')), 'C') || setweight(to_tsvector('simple'::regconfig, COALESCE("dateline_city_kk", '')), 'C') || setweight(to_tsvector('english'::regconfig, COALESCE("dateline_city_en", '')), 'C') || setweight(to_tsvector('russian'::regconfig, COALESCE("body_ru", '')), 'D') || setweight(to_tsvector('simple'::regconfig, COALESCE("body_kk", '')), 'D') || setweight(to_tsvector('english'::regconfig, COALESCE("body_en", '')), 'D')""",
    ),
    (
        "pressroom_coverage",
        "coverage_search_document",
        """setweight(to_tsvector('russian'::regconfig, COALESCE("title_ru", '')), 'A') || setweight(to_tsvector('simple'::regconfig, COALESCE("title_kk", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("title_en", '')), 'A') || setweight(to_tsvector('russian'::regconfig, COALESCE("excerpt_ru", '')), 'C') || setweight(to_tsvector('simple'::regconfig, COALESCE("excerpt_kk", '')), 'C') || setweight(to_tsvector('english'::regconfig, COALESCE("excerpt_en", '')), 'C')""",
    ),
]
PREVIOUS = {
    "pressroom_pressrelease": """(((setweight(to_tsvector('english'::regconfig, COALESCE("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("lead", '')), 'B')) || setweight(to_tsvector('english'::regconfig, COALESCE("dateline_city", '')), 'C')) || setweight(to_tsvector('english'::regconfig, COALESCE("body", '')), 'D'))""",
    "pressroom_coverage": """(setweight(to_tsvector('english'::regconfig, COALESCE("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("excerpt", '')), 'C'))""",
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
    dependencies = [("pressroom", "0012_translations_copy_en")]

    operations = [migrations.RunPython(in_every_language, in_english_only)]
