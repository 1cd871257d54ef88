"""/sitemap.xml: the home page and lists, then each app's own sections (core.registry)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from core.registry import sitemaps


class StaticViewSitemap(Sitemap):
    """The home page and the lists."""

    changefreq = "daily"
    priority = 0.8

    def items(self):
        return [
            "website:home",
            "events:event-list",
            "events:forum-list",
            "events:academy-list",
            "events:steering-meeting-list",
            "pressroom:release-list",
            "partners:project-list",
            "partners:organisation-list",
            "partners:funder-list",
        ]

    def location(self, item):
        return reverse(item)


def site_sitemaps() -> dict[str, type]:
    return {"pages": StaticViewSitemap, **sitemaps()}
