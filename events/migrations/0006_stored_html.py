"""Long texts are Markdown rendered once on save into stored HTML (core.formatting);
this fills the new columns for the rows that exist. Only the *_html columns are written
(bulk_update): `updated_at` stays as it was, so feeds, sitemaps and ETags do not move."""

import core.formatting
from django.db import migrations, models

MARKDOWN_FIELDS = {
    "event": ['summary', 'body'],
    "eventseries": ['description'],
    "session": ['description'],
}


def render_stored_html(apps, schema_editor):
    for model_name, fields in MARKDOWN_FIELDS.items():
        model = apps.get_model("events", model_name)
        rows = list(model.objects.only("pk", *fields))
        for row in rows:
            for field in fields:
                setattr(row, f"{field}_html", core.formatting.render_markdown(getattr(row, field)))
        model.objects.bulk_update(rows, [f"{field}_html" for field in fields], batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0005_publish_permission'),
    ]

    operations = [
        migrations.AddField(
            model_name='event',
            name='body_html',
            field=core.formatting.RenderedHTMLField(blank=True, default='', editable=False),
        ),
        migrations.AddField(
            model_name='event',
            name='summary_html',
            field=core.formatting.RenderedHTMLField(blank=True, default='', editable=False),
        ),
        migrations.AddField(
            model_name='eventseries',
            name='description_html',
            field=core.formatting.RenderedHTMLField(blank=True, default='', editable=False),
        ),
        migrations.AddField(
            model_name='session',
            name='description_html',
            field=core.formatting.RenderedHTMLField(blank=True, default='', editable=False),
        ),
        migrations.AlterField(
            model_name='event',
            name='body',
            field=models.TextField(blank=True, help_text='An empty line starts a new paragraph; a new line stays a new line. **bold**, *italic*, [link text](https://…), lists with - or 1. at the start of a line, and ## for a heading.', verbose_name='body'),
        ),
        migrations.AlterField(
            model_name='event',
            name='summary',
            field=models.TextField(help_text='One or two sentences for lists. An empty line starts a new paragraph; a new line stays a new line. **bold**, *italic*, [link text](https://…), lists with - or 1. at the start of a line, and ## for a heading.', verbose_name='summary'),
        ),
        migrations.AlterField(
            model_name='eventseries',
            name='description',
            field=models.TextField(blank=True, help_text='An empty line starts a new paragraph; a new line stays a new line. **bold**, *italic*, [link text](https://…), lists with - or 1. at the start of a line, and ## for a heading.', verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='session',
            name='description',
            field=models.TextField(blank=True, help_text='An empty line starts a new paragraph; a new line stays a new line. **bold**, *italic*, [link text](https://…), lists with - or 1. at the start of a line, and ## for a heading.', verbose_name='description'),
        ),
        migrations.RunPython(render_stored_html, migrations.RunPython.noop),
    ]
