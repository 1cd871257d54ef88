from django.db import transaction
from django.db.models import prefetch_related_objects
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from core.search import MAX_QUERY_LENGTH, site_search
from events.models import Event, EventOrganisation, marking_roles_prefetch
from partners.models import Project
from pressroom.models import PressRelease


class HomeView(TemplateView):
    template_name = "website/home.html"

    def get_context_data(self, **kwargs):
        projects = list(Project.objects.current().with_ownership().with_participants()[:6])
        events = Event.objects.published().for_cards(marks=False)
        upcoming, recent = list(events.upcoming()[:3]), list(events.past()[:3])
        # The funders' marks of both lists' cards in one query.
        prefetch_related_objects([*upcoming, *recent], marking_roles_prefetch())
        releases = list(PressRelease.objects.published().for_cards()[:3])
        # What is happening now leads (issue 18): the programme LPRC itself carries out,
        # the next event (or the latest), the latest release.
        programme = next((p for p in projects if p.is_ours), None)
        return super().get_context_data(
            programme=programme,
            programme_partners=[
                org
                for org in (programme.implementers() if programme else [])
                if not org.is_site_owner
            ],
            now_event=(upcoming or recent or [None])[0],
            now_event_upcoming=bool(upcoming),
            now_release=releases[0] if releases else None,
            current_projects=projects,
            who_funds_what=who_funds_what(projects, [*upcoming, *recent]),
            upcoming_events=upcoming,
            recent_events=recent,
            latest_releases=releases,
            **kwargs,
        )


def who_funds_what(projects, events) -> list[dict]:
    """The funders of the projects and events the home page shows, each with what it
    funds there (one query, for the events' funders; the projects' are prefetched)."""
    funders: dict[int, dict] = {}

    def add(organisation, item, amount=None, currency=""):
        entry = funders.setdefault(organisation.pk, {"organisation": organisation, "funds": []})
        if all(existing["item"] != item for existing in entry["funds"]):
            entry["funds"].append({"item": item, "amount": amount, "currency": currency})

    for project in projects:
        for share in project.funding_split():
            add(share.organisation, project, share.amount, share.currency)
    roles = EventOrganisation.objects.filter(
        event__in=[event.pk for event in events], role=EventOrganisation.Role.FUNDER
    ).select_related("organisation")
    by_pk = {event.pk: event for event in events}
    for role in roles.order_by("event__start_date", "pk"):
        add(role.organisation, by_pk[role.event_id])
    return sorted(funders.values(), key=lambda entry: entry["organisation"].name)


@never_cache
@transaction.non_atomic_requests
def healthz(request):
    """For load balancers and the benchmark's baseline: answers without touching the database."""
    return HttpResponse("ok", content_type="text/plain")


# Read-only: no transaction (and no savepoint queries) around it.
@transaction.non_atomic_requests
def search(request):
    """/search/?q=: every kind of published content, grouped by kind; never an error."""
    outcome = site_search(request.GET.get("q"))
    return render(
        request,
        "website/search.html",
        {"outcome": outcome, "max_query_length": MAX_QUERY_LENGTH},
    )
