"""Coverage items that point at nothing go before the rule that forbids them (0005).

Until now deleting an event or a project set its coverage's link to NULL, which could
leave an item linked to neither: shown on no page, and breaking Coverage.clean(). Such
items are deleted; where the history holds one, a publisher can recover it and link it.
"""

from django.db import migrations


def delete_unlinked_coverage(apps, schema_editor):
    Coverage = apps.get_model("pressroom", "Coverage")
    Coverage.objects.filter(event__isnull=True, project__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("pressroom", "0003_publish_permission")]

    operations = [migrations.RunPython(delete_unlinked_coverage, migrations.RunPython.noop)]
