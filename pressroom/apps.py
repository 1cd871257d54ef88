from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _

# How many of its latest releases a project's page shows; it links to the full list.
PROJECT_RELEASES_SHOWN = 6


class PressroomConfig(AppConfig):
    name = "pressroom"
    verbose_name = _("Press")

    def ready(self):
        from django.db.models import Prefetch
        from django.utils import timezone

        from core import publishing, registry, search

        from . import demo
        from .models import Coverage, PressRelease
        from .sitemaps import coverage_sitemap, release_sitemap

        def next_release_goes_live():
            return (
                PressRelease.objects.filter(
                    status=PressRelease.Status.PUBLISHED, publish_at__gt=timezone.now()
                )
                .order_by("publish_at")
                .values_list("publish_at", flat=True)
                .first()
            )

        publishing.register(PressRelease, next_change=next_release_goes_live)
        publishing.register(Coverage)

        # A deleted release or article stays a source of the facts that cite it, without
        # its page (partners.Source).
        post_delete.connect(
            source_orphan, sender=PressRelease, dispatch_uid="lprc-release-source-orphan"
        )
        post_delete.connect(source_orphan, sender=Coverage, dispatch_uid="lprc-coverage-source")

        # The same fields and weights as the search_document column (migration 0002).
        search.register(
            search.Source(
                "releases",
                _("Press releases"),
                {"title": "A", "lead": "B", "dateline_city": "C", "body": "D"},
                lambda: PressRelease.objects.published().for_cards(),
                order=20,
                recency=("-release_date", "-publish_at", "-pk"),
                template="pressroom/search/release.html",
            )
        )
        # The same fields and weights as the search_document column (migration 0010).
        search.register(
            search.Source(
                "coverage",
                _("In the media"),
                {"title": "A", "excerpt": "C"},
                lambda: Coverage.objects.public().select_related("outlet"),
                order=25,
                template="pressroom/search/coverage.html",
            )
        )
        registry.sitemap_register("press", release_sitemap)
        registry.sitemap_register("coverage", coverage_sitemap)

        def releases():
            return PressRelease.objects.published().for_cards()

        def coverage():
            # The main outlet only: the item's own page names the others.
            return Coverage.objects.select_related("outlet")

        def public_coverage():
            return coverage().public()

        registry.page_section_register(
            "events.Event",
            registry.PageSection(
                "releases",
                "pressroom/includes/event_releases.html",
                prefetch=lambda: Prefetch(
                    "press_releases", queryset=releases(), to_attr="public_releases"
                ),
                order=10,
            ),
        )
        registry.page_section_register(
            "events.Event",
            registry.PageSection(
                "coverage",
                "pressroom/includes/event_coverage.html",
                prefetch=lambda: Prefetch(
                    "coverage", queryset=coverage(), to_attr="coverage_items"
                ),
                order=20,
            ),
        )
        registry.page_section_register(
            "partners.Project",
            registry.PageSection(
                "releases",
                "pressroom/includes/project_releases.html",
                prefetch=lambda: Prefetch(
                    "press_releases",
                    queryset=releases().order_by("-release_date", "-publish_at")[
                        :PROJECT_RELEASES_SHOWN
                    ],
                    to_attr="public_releases",
                ),
                order=20,
            ),
        )
        registry.page_section_register(
            "partners.Project",
            registry.PageSection(
                "coverage",
                "pressroom/includes/project_coverage.html",
                prefetch=lambda: Prefetch(
                    "coverage", queryset=public_coverage(), to_attr="coverage_items"
                ),
                order=30,
            ),
        )
        registry.demo_register(registry.DemoContent("pressroom", demo.build, order=30))


def source_orphan(sender, instance, **kwargs):
    from partners.models import Source

    Source.objects.filter(origin=instance.source_origin).update(
        origin=None, page="", public_from=None
    )
