from django.contrib.sitemaps import Sitemap

from .models import PressRelease


class ReleaseSitemap(Sitemap):
    """Public releases for /sitemap.xml (wired in config/urls.py with the other apps')."""

    changefreq = "yearly"
    priority = 0.6
    limit = 5000

    def items(self):
        return (
            PressRelease.objects.published()
            .only("slug", "release_date", "updated_at")
            .order_by("-release_date", "pk")
        )

    def lastmod(self, release):
        return release.updated_at
