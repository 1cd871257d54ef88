from django.db import transaction
from django.db.models import prefetch_related_objects
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from core.search import MAX_QUERY_LENGTH, site_search
from events.models import Event, marking_roles_prefetch
from partners.models import Organisation, Project
from partners.visibility import site_runs
from pressroom.models import PressRelease


class HomeView(TemplateView):
    template_name = "website/home.html"

    def get_context_data(self, **kwargs):
        projects = list(Project.objects.current().with_participants()[:6])
        events = Event.objects.published().for_cards(marks=False)
        upcoming, recent = list(events.upcoming()[:3]), list(events.past()[:3])
        # The funders' marks of both lists' cards in one query.
        prefetch_related_objects([*upcoming, *recent], marking_roles_prefetch())
        releases = list(PressRelease.objects.published().for_cards()[:3])
        # What is happening now leads (issue 18): the programme LPRC itself carries out,
        # the next event (or the latest), the latest release.
        programme = next((p for p in projects if site_runs(p.implementers())), None)
        return super().get_context_data(
            programme=programme,
            programme_partners=[
                org
                for org in (programme.implementers() if programme else [])
                if not site_runs([org])
            ],
            now_event=(upcoming or recent or [None])[0],
            now_event_upcoming=bool(upcoming),
            now_release=releases[0] if releases else None,
            current_projects=projects,
            funders=Organisation.objects.funders().order_by("name"),
            upcoming_events=upcoming,
            recent_events=recent,
            latest_releases=releases,
            **kwargs,
        )


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
