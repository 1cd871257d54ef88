"""The stored search documents of projects, organisations and people on PostgreSQL, in every
content language (nothing on other databases).

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
        "partners_project",
        "project_search_document",
        """setweight(to_tsvector('russian'::regconfig, COALESCE("title_ru", '')), 'A') || setweight(to_tsvector('simple'::regconfig, COALESCE("title_kk", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("title_en", '')), 'A') || setweight(to_tsvector('russian'::regconfig, COALESCE("short_name_ru", '')), 'A') || setweight(to_tsvector('simple'::regconfig, COALESCE("short_name_kk", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("short_name_en", '')), 'A') || setweight(to_tsvector('russian'::regconfig, COALESCE("summary_ru", '')), 'B') || setweight(to_tsvector('simple'::regconfig, COALESCE("summary_kk", '')), 'B') || setweight(to_tsvector('english'::regconfig, COALESCE("summary_en", '')), 'B') || setweight(to_tsvector('russian'::regconfig, COALESCE("description_ru", '')), 'D') || setweight(to_tsvector('simple'::regconfig, COALESCE("description_kk", '')), 'D') || setweight(to_tsvector('english'::regconfig, COALESCE("description_en", '')), 'D')""",
    ),
    (
        "partners_organisation",
        "organisation_search_document",
        """setweight(to_tsvector('russian'::regconfig, COALESCE("name_ru", '')), 'A') || setweight(to_tsvector('simple'::regconfig, COALESCE("name_kk", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("name_en", '')), 'A') || setweight(to_tsvector('russian'::regconfig, COALESCE("short_name_ru", '')), 'A') || setweight(to_tsvector('simple'::regconfig, COALESCE("short_name_kk", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("short_name_en", '')), 'A') || setweight(to_tsvector('russian'::regconfig, COALESCE("description_ru", '')), 'C') || setweight(to_tsvector('simple'::regconfig, COALESCE("description_kk", '')), 'C') || setweight(to_tsvector('english'::regconfig, COALESCE("description_en", '')), 'C')""",
    ),
    (
        "partners_person",
        "person_search_document",
        """setweight(to_tsvector('russian'::regconfig, COALESCE("name_ru", '')), 'A') || setweight(to_tsvector('simple'::regconfig, COALESCE("name_kk", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("name_en", '')), 'A') || setweight(to_tsvector('russian'::regconfig, COALESCE("position_ru", '')), 'B') || setweight(to_tsvector('simple'::regconfig, COALESCE("position_kk", '')), 'B') || setweight(to_tsvector('english'::regconfig, COALESCE("position_en", '')), 'B')""",
    ),
]
PREVIOUS = {
    "partners_project": """(((setweight(to_tsvector('english'::regconfig, COALESCE("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("short_name", '')), 'A')) || setweight(to_tsvector('english'::regconfig, COALESCE("summary", '')), 'B')) || setweight(to_tsvector('english'::regconfig, COALESCE("description", '')), 'D'))""",
    "partners_organisation": """((setweight(to_tsvector('english'::regconfig, COALESCE("name", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("short_name", '')), 'A')) || setweight(to_tsvector('english'::regconfig, COALESCE("description", '')), 'C'))""",
    "partners_person": """(setweight(to_tsvector('english'::regconfig, COALESCE("name", '')), 'A') || setweight(to_tsvector('english'::regconfig, COALESCE("position", '')), 'B'))""",
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
    dependencies = [("partners", "0014_translations_copy_en")]

    operations = [migrations.RunPython(in_every_language, in_english_only)]
