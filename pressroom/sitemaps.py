from core.sitemaps import SitemapSection, path_builder

from .models import Coverage, PressRelease


def release_sitemap() -> SitemapSection:
    """Public releases (published and past their publish time), as plain rows."""
    path = path_builder("pressroom:release-detail", year=9999, slug="slug-sample")
    return SitemapSection(
        rows=lambda: (
            PressRelease.objects.published()
            .order_by("pk")
            .values_list("release_date", "slug", "updated_at")
        ),
        location=lambda row: path(year=f"{row[0].year:04d}", slug=row[1]),
        lastmod=lambda row: row[2],
        priority=0.7,
    )


def coverage_sitemap() -> SitemapSection:
    """Coverage pages: each article the public may see (not those of a draft event)."""
    path = path_builder("pressroom:coverage-detail", pk=987654321)
    return SitemapSection(
        rows=lambda: Coverage.objects.public().order_by("pk").values_list("pk", "updated_at"),
        location=lambda row: path(pk=row[0]),
        lastmod=lambda row: row[1],
        priority=0.4,
    )
