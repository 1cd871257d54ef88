from django.contrib.sitemaps import Sitemap

from .models import PressRelease


class PressReleaseSitemap(Sitemap):
    """Public releases: one query (plus the paginator's count), whatever their number."""

    changefreq = "monthly"
    priority = 0.7

    def items(self):
        return (
            PressRelease.objects.published()
            .only("slug", "release_date", "updated_at")
            .order_by("pk")
        )

    def lastmod(self, release):
        return release.updated_at
