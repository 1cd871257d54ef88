"""A coverage item is about an event or a project, in the database too; deleting the one
it is about unlinks it only while the other link remains (pressroom.models.unlink_unless_orphaned),
otherwise the delete is refused."""

import pressroom.models
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0005_publish_permission"),
        ("partners", "0005_funding_rules"),
        ("pressroom", "0004_coverage_without_links"),
    ]

    operations = [
        migrations.AlterField(
            model_name="coverage",
            name="event",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=pressroom.models.unlink_unless_orphaned,
                related_name="coverage",
                to="events.event",
                verbose_name="event",
            ),
        ),
        migrations.AlterField(
            model_name="coverage",
            name="project",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=pressroom.models.unlink_unless_orphaned,
                related_name="coverage",
                to="partners.project",
                verbose_name="project",
            ),
        ),
        migrations.AddConstraint(
            model_name="coverage",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("event__isnull", False), ("project__isnull", False), _connector="OR"
                ),
                name="coverage_is_about_something",
                violation_error_message="Link the article to the event or the project it is about (or both).",
            ),
        ),
    ]
