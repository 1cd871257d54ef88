from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from core.languages import fallback_value
from core.search import MAX_QUERY_LENGTH, site_search
from events.models import Event
from partners.models import Organisation, Project
from pressroom.models import PressRelease


class HomeView(TemplateView):
    template_name = "website/home.html"

    def get_context_data(self, **kwargs):
        projects = Project.objects.current().with_participants()[:6]
        events = Event.objects.published().for_cards()
        return super().get_context_data(
            current_projects=projects,
            # Annotated, not only ordered: funders() is DISTINCT, whose ORDER BY must be selected.
            funders=Organisation.objects.funders()
            .annotate(shown_name=fallback_value("name"))
            .order_by("shown_name"),
            upcoming_events=events.upcoming()[:3],
            recent_events=events.past()[:3],
            latest_releases=PressRelease.objects.published().for_cards()[:3],
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
