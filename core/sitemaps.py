"""/sitemap.xml: every public page a search engine should know, and nothing unpublished.

Each section is one query (plus the paginator's count), whatever the number of objects.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class StaticViewSitemap(Sitemap):
    """The home page and the lists."""

    changefreq = "daily"
    priority = 0.8

    def items(self):
        return [
            "core:home",
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


class EventSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.7

    def items(self):
        from events.models import Event

        return Event.objects.published().only("slug", "start_date", "updated_at").order_by("pk")

    def lastmod(self, event):
        return event.updated_at


class PressReleaseSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.7

    def items(self):
        from pressroom.models import PressRelease

        return (
            PressRelease.objects.published()
            .only("slug", "release_date", "updated_at")
            .order_by("pk")
        )

    def lastmod(self, release):
        return release.updated_at


class ProjectSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        from partners.models import Project

        return Project.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, project):
        return project.updated_at


class OrganisationSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        from partners.models import Organisation

        return Organisation.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, organisation):
        return organisation.updated_at


SITEMAPS = {
    "pages": StaticViewSitemap,
    "events": EventSitemap,
    "press": PressReleaseSitemap,
    "projects": ProjectSitemap,
    "partners": OrganisationSitemap,
}
