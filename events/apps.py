from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# How many of its latest events a project's or an organisation's page shows; each links
# to the full, filtered list.
PROJECT_EVENTS_SHOWN = 12
ORGANISATION_EVENT_ROLES_SHOWN = 30
ORGANISATION_QUOTES_SHOWN = 20


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from django.db.models import Exists, OuterRef, Prefetch, Q

        from core import publishing, registry, search
        from partners.models import Person

        from . import demo
        from .models import (
            Document,
            Event,
            EventOrganisation,
            EventSeries,
            ParticipantCount,
            Photo,
            Quote,
            Session,
        )
        from .sitemaps import event_sitemap

        for model in (
            EventOrganisation,
            ParticipantCount,
            Quote,
            Session,
            Photo,
            Document,
            EventSeries,
        ):
            publishing.register(model)
        publishing.register(
            Event, follow=("roles", "other_counts", "quotes", "sessions", "photos", "documents")
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
                template="events/search/event.html",
            )
        )
        # The same fields and weights as their search_document columns (migration 0010,
        # and partners' 0010 for people).
        published = Event.Status.PUBLISHED
        search.register(
            search.Source(
                "sessions",
                _("Sessions"),
                {"title": "A", "description": "C"},
                lambda: Session.objects.filter(event__status=published).select_related("event"),
                order=12,
                template="events/search/session.html",
            )
        )
        search.register(
            search.Source(
                "quotes",
                _("Quotes"),
                {"speaker": "A", "words": "B", "title_at_the_time": "C"},
                lambda: Quote.objects.public().for_display(),
                order=14,
                template="events/search/quote.html",
            )
        )
        search.register(
            search.Source(
                "documents",
                _("Documents"),
                {"title": "A"},
                lambda: Document.objects.filter(event__status=published).select_related("event"),
                order=16,
                template="events/search/document.html",
            )
        )

        def public_people():
            # Who the public meets on the site: press contacts, and people quoted (or
            # spoken for) at a published event.
            quoted = Quote.objects.public().filter(
                Q(person=OuterRef("pk")) | Q(on_behalf_of=OuterRef("pk"))
            )
            return Person.objects.filter(Q(is_press_contact=True) | Exists(quoted)).select_related(
                "organisation"
            )

        search.register(
            search.Source(
                "people",
                _("People"),
                {"name": "A", "position": "B"},
                public_people,
                order=45,
                template="events/search/person.html",
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
        registry.page_section_register(
            "partners.Organisation",
            registry.PageSection(
                "quotes",
                "events/includes/organisation_quotes.html",
                prefetch=lambda: Prefetch(
                    "quotes",
                    # What its people said (with the organisation they had then) at
                    # published events, latest first.
                    queryset=Quote.objects.public()
                    .for_display()
                    .order_by("-event__start_date", "event_id", "order", "pk")[
                        :ORGANISATION_QUOTES_SHOWN
                    ],
                    to_attr="public_quotes",
                ),
                order=5,
            ),
        )
        registry.demo_register(registry.DemoContent("events", demo.build, order=20))

        def event_funding():
            rows = (
                EventOrganisation.objects.filter(
                    role=EventOrganisation.Role.FUNDER, event__status=published
                )
                .select_related("organisation", "event")
                .annotate(
                    event_is_ours=Exists(
                        EventOrganisation.objects.filter(
                            event=OuterRef("event"),
                            organisation__is_site_owner=True,
                            role__in=EventOrganisation.ORGANISING_ROLES,
                        )
                    )
                )
                .order_by("-event__start_date", "event_id", "pk")
            )
            seen = set()
            funding = []
            for row in rows:
                # Two accounts may both name the same funder: one line for it.
                if (row.organisation_id, row.event_id) in seen:
                    continue
                seen.add((row.organisation_id, row.event_id))
                funding.append(
                    registry.FundingRow(
                        organisation=row.organisation,
                        item=row.event,
                        title=row.event.title,
                        kind=str(_("Event")),
                        role=row.get_role_display(),
                        ours=row.event_is_ours,
                    )
                )
            return funding

        registry.funding_register("events", event_funding)
