from core.sitemaps import SitemapSection, path_builder

from .models import Event


def event_sitemap() -> SitemapSection:
    """Published events, as plain rows: one query a page of the section."""
    path = path_builder("events:event-detail", year=9999, slug="slug-sample")
    return SitemapSection(
        rows=lambda: (
            Event.objects.published().order_by("pk").values_list("start_date", "slug", "updated_at")
        ),
        location=lambda row: path(year=f"{row[0].year:04d}", slug=row[1]),
        lastmod=lambda row: row[2],
        priority=0.7,
    )
