"""Every release and coverage item is a source others cite (partners.Source); from now on
their save() keeps it up to date, and this makes those of the items already stored."""

from django.db import migrations
from django.urls import reverse


def create_sources(apps, schema_editor):
    Source = apps.get_model("partners", "Source")
    Organisation = apps.get_model("partners", "Organisation")
    PressRelease = apps.get_model("pressroom", "PressRelease")
    Coverage = apps.get_model("pressroom", "Coverage")
    owner = Organisation.objects.filter(is_site_owner=True).first()
    for release in PressRelease.objects.all():
        page = reverse(
            "pressroom:release-detail",
            kwargs={"year": release.release_date.year, "slug": release.slug},
        )
        Source.objects.get_or_create(
            origin=f"release:{release.pk}",
            defaults={
                "kind": "release",
                "title": release.title,
                "publisher": owner,
                "date": release.release_date,
                "date_precision": "day",
                "page": page,
                "public_from": release.publish_at if release.status == "published" else None,
            },
        )
    for item in Coverage.objects.all():
        Source.objects.get_or_create(
            origin=f"coverage:{item.pk}",
            defaults={
                "kind": "article",
                "title": item.title,
                "publisher_id": item.outlet_id,
                "date": item.published_on,
                "date_precision": item.published_precision,
                "page": reverse("pressroom:coverage-detail", kwargs={"pk": item.pk}),
                "url": item.url,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0008_sources"),
        ("pressroom", "0008_coverage_outlets_and_dates"),
    ]

    operations = [migrations.RunPython(create_sources, migrations.RunPython.noop)]
