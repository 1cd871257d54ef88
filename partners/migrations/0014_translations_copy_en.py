"""Existing texts were written in English: copy each translated field's original column
into its English column (``title`` -> ``title_en``), so that English pages show what they
showed before and Russian and Kazakh ones show it, marked as English, until translated.

Reversing copies the English columns back into the originals (keeping any English edit
made since); the columns themselves go with the reversal of the migration before.
The fields are frozen here: they are those of this app's translation.py at the time.
"""

from django.db import migrations
from django.db.models import F

FIELDS = {
    "organisation": ("name", "short_name", "description", "description_html", "funder_statement", "funder_statement_html"),
    "person": ("name", "position"),
    "sustainabledevelopmentgoal": ("name",),
    "project": ("title", "short_name", "summary", "summary_html", "description", "description_html"),
}


def copy_to_english(apps, schema_editor):
    for model_name, names in FIELDS.items():
        model = apps.get_model("partners", model_name)
        model._base_manager.update(**{f"{name}_en": F(name) for name in names})


def copy_back(apps, schema_editor):
    for model_name, names in FIELDS.items():
        model = apps.get_model("partners", model_name)
        for name in names:
            english = f"{name}_en"
            model._base_manager.filter(**{f"{english}__isnull": False}).exclude(
                **{english: ""}
            ).update(**{name: F(english)})


class Migration(migrations.Migration):
    dependencies = [("partners", "0013_translations")]

    operations = [migrations.RunPython(copy_to_english, copy_back)]
