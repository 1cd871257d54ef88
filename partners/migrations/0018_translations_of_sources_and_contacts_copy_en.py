"""Existing texts were written in English: copy the newly translated fields' original
columns into their English ones, as 0014 did for the first ones (the sources of releases
and articles are brought to each language of their item by pressroom's 0015).

Reversing copies the English columns back into the originals; the columns themselves go
with the reversal of the migration before. The fields are frozen here."""

from django.db import migrations
from django.db.models import F

FIELDS = {"person": ("honorific", "phone_note"), "source": ("title",)}


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
    dependencies = [("partners", "0017_translations_of_sources_counts_and_contacts")]

    operations = [migrations.RunPython(copy_to_english, copy_back)]
