"""Rules the database now holds itself: one organisation is the European Union, and only
funders and co-funders carry a contribution (until now only Participation.clean said so).

The admin never let a partner or an implementer carry an amount, so no row should break
the rule; if one does, the migration stops and names it rather than drop an amount.
"""

from django.db import migrations, models


def refuse_amounts_of_non_funders(apps, schema_editor):
    Participation = apps.get_model("partners", "Participation")
    wrong = Participation.objects.filter(contribution__isnull=False).exclude(
        role__in=["funder", "co-funder"]
    )
    if wrong.exists():
        rows = ", ".join(
            f"#{p.pk} (project {p.project_id}, organisation {p.organisation_id}, {p.role})"
            for p in wrong[:20]
        )
        raise RuntimeError(
            "These participations carry a contribution but are not funders or co-funders: "
            f"{rows}. Make them funders or clear the amount, then migrate again."
        )


class Migration(migrations.Migration):
    dependencies = [("partners", "0004_organisation_is_european_union")]

    operations = [
        migrations.RunPython(refuse_amounts_of_non_funders, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="organisation",
            constraint=models.UniqueConstraint(
                condition=models.Q(("is_european_union", True)),
                fields=("is_european_union",),
                name="organisation_one_european_union",
                violation_error_message="Another organisation is already the European Union.",
            ),
        ),
        migrations.AddConstraint(
            model_name="participation",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("contribution__isnull", True),
                    ("role__in", ["funder", "co-funder"]),
                    _connector="OR",
                ),
                name="participation_contribution_only_for_funders",
                violation_error_message="Only a funder or co-funder contributes an amount.",
            ),
        ),
    ]
