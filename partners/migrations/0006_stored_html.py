"""Long texts are Markdown rendered once on save into stored HTML (core.formatting);
this fills the new columns for the rows that exist. Only the *_html columns are written
(bulk_update): `updated_at` stays as it was, so feeds, sitemaps and ETags do not move."""

import core.formatting
from django.db import migrations, models

MARKDOWN_FIELDS = {
    "organisation": ['description', 'funder_statement'],
    "project": ['summary', 'description'],
}


def render_stored_html(apps, schema_editor):
    for model_name, fields in MARKDOWN_FIELDS.items():
        model = apps.get_model("partners", model_name)
        rows = list(model.objects.only("pk", *fields))
        for row in rows:
            for field in fields:
                setattr(row, f"{field}_html", core.formatting.render_markdown(getattr(row, field)))
        model.objects.bulk_update(rows, [f"{field}_html" for field in fields], batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0005_funding_rules'),
    ]

    operations = [
        migrations.AddField(
            model_name='organisation',
            name='description_html',
            field=core.formatting.RenderedHTMLField(blank=True, default='', editable=False),
        ),
        migrations.AddField(
            model_name='organisation',
            name='funder_statement_html',
            field=core.formatting.RenderedHTMLField(blank=True, default='', editable=False),
        ),
        migrations.AddField(
            model_name='project',
            name='description_html',
            field=core.formatting.RenderedHTMLField(blank=True, default='', editable=False),
        ),
        migrations.AddField(
            model_name='project',
            name='summary_html',
            field=core.formatting.RenderedHTMLField(blank=True, default='', editable=False),
        ),
        migrations.AlterField(
            model_name='organisation',
            name='description',
            field=models.TextField(blank=True, help_text='An empty line starts a new paragraph; a new line stays a new line. **bold**, *italic*, [link text](https://…), lists with - or 1. at the start of a line, and ## for a heading.', verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='organisation',
            name='funder_statement',
            field=models.TextField(blank=True, help_text="For funders: the statement and contacts printed on releases of the projects they fund, e.g. the EU Delegation's address. An empty line starts a new paragraph; a new line stays a new line. **bold**, *italic*, [link text](https://…), lists with - or 1. at the start of a line, and ## for a heading.", verbose_name='funder statement'),
        ),
        migrations.AlterField(
            model_name='project',
            name='description',
            field=models.TextField(blank=True, help_text='An empty line starts a new paragraph; a new line stays a new line. **bold**, *italic*, [link text](https://…), lists with - or 1. at the start of a line, and ## for a heading.', verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='project',
            name='summary',
            field=models.TextField(help_text='One or two sentences for lists. An empty line starts a new paragraph; a new line stays a new line. **bold**, *italic*, [link text](https://…), lists with - or 1. at the start of a line, and ## for a heading.', verbose_name='summary'),
        ),
        migrations.RunPython(render_stored_html, migrations.RunPython.noop),
    ]
