from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners and projects")

    def ready(self):
        from django.db.models import Exists, F, OuterRef

        from core import publishing, registry, search

        from . import demo
        from .models import (
            Organisation,
            Participation,
            Person,
            Project,
            Source,
            SustainableDevelopmentGoal,
        )
        from .sitemaps import organisation_sitemap, project_sitemap
        from .visibility import FunderVisibility

        publishing.register(Organisation, follow=("people", "visibility"))
        publishing.register(FunderVisibility)
        publishing.register(Person)
        publishing.register(Project, follow=("participations",))
        publishing.register(Participation)
        publishing.register(SustainableDevelopmentGoal)
        publishing.register(Source)

        # The same fields and weights as the search_document column (migration 0003).
        search.register(
            search.Source(
                "projects",
                _("Projects"),
                {"title": "A", "short_name": "A", "summary": "B", "description": "D"},
                lambda: Project.objects.with_ownership(),
                order=30,
                recency=("-start_date", "-pk"),
                template="partners/search/project.html",
            )
        )
        search.register(
            search.Source(
                "organisations",
                _("Partners"),
                {"name": "A", "short_name": "A", "description": "C"},
                Organisation.objects.all,
                order=40,
                template="partners/search/organisation.html",
            )
        )
        registry.sitemap_register("projects", project_sitemap)
        registry.sitemap_register("partners", organisation_sitemap)
        registry.demo_register(registry.DemoContent("partners", demo.build, order=10))

        def project_funding():
            rows = (
                Participation.objects.filter(role__in=Participation.FUNDING_ROLES)
                .select_related("organisation", "project")
                .annotate(
                    project_is_ours=Exists(
                        Participation.objects.filter(
                            project=OuterRef("project"),
                            organisation__is_site_owner=True,
                            role__in=Participation.IMPLEMENTING_ROLES,
                        )
                    )
                )
                .order_by(F("project__start_date").desc(nulls_last=True), "project_id")
            )
            return [
                registry.FundingRow(
                    organisation=row.organisation,
                    item=row.project,
                    title=row.project.title,
                    kind=str(_("Project")),
                    role=row.get_role_display(),
                    amount=row.contribution,
                    currency=row.project.currency,
                    ours=row.project_is_ours,
                )
                for row in rows
            ]

        registry.funding_register("projects", project_funding)
