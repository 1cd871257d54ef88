from django.db import migrations


def make_groups(apps, schema_editor):
    from core.staff import staff_groups_sync

    staff_groups_sync(apps=apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    """Editors and Publishers, with the publish permissions on events and press releases."""

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("partners", "0001_initial"),
        ("events", "0001_initial"),
        ("pressroom", "0001_initial"),
    ]

    operations = [migrations.RunPython(make_groups, migrations.RunPython.noop)]
