"""Existing notes of other sources' counts were written in English: copy each into its
English column, as 0014 did for the first translated fields. Reversing copies the English
column back into the original. The field is frozen here."""

from django.db import migrations
from django.db.models import F


def copy_to_english(apps, schema_editor):
    apps.get_model("events", "participantcount")._base_manager.update(note_en=F("note"))


def copy_back(apps, schema_editor):
    model = apps.get_model("events", "participantcount")
    model._base_manager.filter(note_en__isnull=False).exclude(note_en="").update(
        note=F("note_en")
    )


class Migration(migrations.Migration):
    dependencies = [("events", "0017_translations_of_sources_counts_and_contacts")]

    operations = [migrations.RunPython(copy_to_english, copy_back)]
