from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# How many of its latest events a project's or an organisation's page shows; each links
# to the full, filtered list.
PROJECT_EVENTS_SHOWN = 12
ORGANISATION_EVENT_ROLES_SHOWN = 30


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from django.db.models import Prefetch

        from core import publishing, registry, search

        from . import demo
        from .models import (
            Document,
            Event,
            EventOrganisation,
            EventSeries,
            ParticipantCount,
            Photo,
            Session,
        )
        from .sitemaps import event_sitemap

        for model in (EventOrganisation, ParticipantCount, Session, Photo, Document, EventSeries):
            publishing.register(model)
        publishing.register(
            Event, follow=("roles", "other_counts", "sessions", "photos", "documents")
        )

        # The same fields and weights as the search_document column (migration 0004).
        search.register(
            search.Source(
                "events",
                _("Events"),
                {"title": "A", "summary": "B", "city": "C", "venue": "C", "body": "D"},
                lambda: Event.objects.published().for_cards(),
                order=10,
                recency=("-start_date", "-pk"),
            )
        )
        registry.sitemap_register("events", event_sitemap)

        registry.page_section_register(
            "partners.Project",
            registry.PageSection(
                "events",
                "events/includes/project_events.html",
                prefetch=lambda: Prefetch(
                    "events",
                    queryset=Event.objects.published()
                    .for_cards()
                    .order_by("-start_date")[:PROJECT_EVENTS_SHOWN],
                    to_attr="published_events",
                ),
                order=10,
            ),
        )
        registry.page_section_register(
            "partners.Organisation",
            registry.PageSection(
                "events",
                "events/includes/organisation_events.html",
                prefetch=lambda: Prefetch(
                    "event_roles",
                    # The latest published events the organisation had a role in.
                    queryset=EventOrganisation.objects.filter(event__status=Event.Status.PUBLISHED)
                    .select_related("event")
                    .order_by("-event__start_date", "event_id", "order", "pk")[
                        :ORGANISATION_EVENT_ROLES_SHOWN
                    ],
                    to_attr="public_event_roles",
                ),
                order=10,
            ),
        )
        registry.demo_register(registry.DemoContent("events", demo.build, order=20))
