from django.contrib.sitemaps import Sitemap

from .models import Organisation, Project


class ProjectSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return Project.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, project):
        return project.updated_at


class OrganisationSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return Organisation.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, organisation):
        return organisation.updated_at
