"""Stored search documents on PostgreSQL (nothing on other databases).

Migration 0002 indexed the search expression, so PostgreSQL could find matches quickly,
but ranking them (and checking the rows another index chose) parsed every matching body
again: about 0.8 ms a release, 1.6 s for a search at 2,000 releases, even for a word found
nowhere. Each searched table now has a generated column, `search_document`, that
PostgreSQL computes from the same expression whenever a row is written, with the GIN index
on it; core.search filters and ranks on the column. The models do not declare it (SQLite
has no tsvector): Django never writes it, and dumps and restores leave it to PostgreSQL.
"""

import importlib

from django.db import migrations

COLUMN = "search_document"  # core.search.SEARCH_DOCUMENT_COLUMN reads it

previous = importlib.import_module("core.migrations.0002_search_indexes")


def _document_sql(model, fields, connection) -> tuple[str, list]:
    from core.search import search_vector

    query = model.objects.annotate(document=search_vector(fields)).query
    compiler = query.get_compiler(connection=connection)
    sql, params = compiler.compile(query.annotations["document"])
    # The expression names columns as "table"."column"; a column definition names them bare.
    return sql.replace(f'"{model._meta.db_table}".', ""), list(params)


def add_columns(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    for app_label, model_name, index_name, fields in previous.INDEXES:
        model = apps.get_model(app_label, model_name)
        table = model._meta.db_table
        sql, params = _document_sql(model, fields, connection)
        schema_editor.execute(f'DROP INDEX IF EXISTS "{index_name}"')
        schema_editor.execute(
            f'ALTER TABLE "{table}" ADD COLUMN "{COLUMN}" tsvector '
            f"GENERATED ALWAYS AS ({sql}) STORED",
            params,
        )
        schema_editor.execute(f'CREATE INDEX "{index_name}" ON "{table}" USING gin ("{COLUMN}")')


def drop_columns(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for app_label, model_name, _index_name, _fields in previous.INDEXES:
        table = apps.get_model(app_label, model_name)._meta.db_table
        schema_editor.execute(f'ALTER TABLE "{table}" DROP COLUMN IF EXISTS "{COLUMN}"')
    previous.create_indexes(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("core", "0002_search_indexes")]

    operations = [migrations.RunPython(add_columns, drop_columns)]
