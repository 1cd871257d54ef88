from core.sitemaps import SitemapSection, path_builder

from .models import Organisation, Project


def project_sitemap() -> SitemapSection:
    path = path_builder("partners:project-detail", slug="slug-sample")
    return SitemapSection(
        rows=lambda: Project.objects.order_by("pk").values_list("slug", "updated_at"),
        location=lambda row: path(slug=row[0]),
        lastmod=lambda row: row[1],
        priority=0.6,
    )


def organisation_sitemap() -> SitemapSection:
    path = path_builder("partners:organisation-detail", slug="slug-sample")
    return SitemapSection(
        rows=lambda: Organisation.objects.order_by("pk").values_list("slug", "updated_at"),
        location=lambda row: path(slug=row[0]),
        lastmod=lambda row: row[1],
        priority=0.4,
    )
