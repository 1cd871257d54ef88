"""A release or an article is a source others cite (partners.Source), its title kept by
the site: now that a source's title has a column per language, give each the item's own
title in that language (until now the source held the title of whichever language was
active when the item was last saved). Nothing to undo: the columns go with partners 0017."""

from django.db import migrations

LANGUAGES = ("ru", "kk", "en")  # frozen: settings.MODELTRANSLATION_LANGUAGES at the time


def copy_titles(apps, schema_editor):
    source = apps.get_model("partners", "source")
    for model_name, prefix in (("pressrelease", "release"), ("coverage", "coverage")):
        model = apps.get_model("pressroom", model_name)
        columns = [f"title_{language}" for language in LANGUAGES]
        for item in model._base_manager.only("pk", *columns).iterator():
            source._base_manager.filter(origin=f"{prefix}:{item.pk}").update(
                **{name: getattr(item, name) for name in columns}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("pressroom", "0014_translated_fields_help"),
        ("partners", "0018_translations_of_sources_and_contacts_copy_en"),
    ]

    operations = [migrations.RunPython(copy_titles, migrations.RunPython.noop)]
