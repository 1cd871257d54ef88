"""GIN indexes for the site search on PostgreSQL (nothing on other databases).

Each index is built on exactly the expression the search filters on (core.search.
search_vector), compiled here from the same helper, so the planner can use it; without
them every search computed the documents of every event and release (4 s at 2,000 each).
tests/core/test_search.py checks on PostgreSQL that the search does use them.
"""

from django.db import migrations

# (app label, model, index name, fields by weight): the same fields as core.search.SOURCES.
INDEXES = [
    ("events", "Event", "event_search_document",
     {"title": "A", "summary": "B", "city": "C", "venue": "C", "body": "D"}),
    ("pressroom", "PressRelease", "pressrelease_search_document",
     {"title": "A", "lead": "B", "dateline_city": "C", "body": "D"}),
    ("partners", "Project", "project_search_document",
     {"title": "A", "short_name": "A", "summary": "B", "description": "D"}),
    ("partners", "Organisation", "organisation_search_document",
     {"name": "A", "short_name": "A", "description": "C"}),
]


def create_indexes(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    from core.search import search_vector

    for app_label, model_name, index_name, fields in INDEXES:
        model = apps.get_model(app_label, model_name)
        query = model.objects.annotate(document=search_vector(fields)).query
        compiler = query.get_compiler(connection=connection)
        expression = query.annotations["document"]
        sql, params = compiler.compile(expression)
        # The expression names columns as "table"."column"; an index names them bare.
        sql = sql.replace(f'"{model._meta.db_table}".', "")
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{index_name}" ON "{model._meta.db_table}" '
            f"USING gin (({sql}))",
            params,
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for _app_label, _model_name, index_name, _fields in INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{index_name}"')


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_staff_groups"),
        ("events", "0003_dates_unconfirmed"),
        ("pressroom", "0001_initial"),
        ("partners", "0002_sdg_goals"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
