"""The European Union is known by a field, not by its short name (Project.eu_share).

The existing row is recognised once, here, by its name or its short name; from then on
staff tick the box.
"""

from django.db import migrations, models
from django.db.models import Q


def mark_the_european_union(apps, schema_editor):
    Organisation = apps.get_model("partners", "Organisation")
    candidates = Organisation.objects.filter(Q(name="European Union") | Q(short_name="EU"))
    # The full name first: a delegation could carry "EU" as its short name by mistake.
    eu = candidates.filter(name="European Union").first() or candidates.order_by("pk").first()
    if eu is not None:
        Organisation.objects.filter(pk=eu.pk).update(is_european_union=True)


class Migration(migrations.Migration):
    dependencies = [("partners", "0003_search_document")]

    operations = [
        migrations.AddField(
            model_name="organisation",
            name="is_european_union",
            field=models.BooleanField(
                default=False,
                help_text="Tick for the European Union itself (not a delegation): its share of each project's budget is reported as the EU share. Only one organisation can be it.",
                verbose_name="is the European Union",
            ),
        ),
        migrations.RunPython(mark_the_european_union, migrations.RunPython.noop),
    ]
