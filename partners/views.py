from django.db.models import Prefetch
from django.utils import timezone
from django.views.generic import DetailView, ListView, TemplateView

from events.models import Event, EventOrganisation
from pressroom.models import Coverage, PressRelease

from .models import Organisation, Participation, Project

PROJECT_EVENTS_SHOWN = 12
ORGANISATION_EVENT_ROLES_SHOWN = 30
PROJECT_RELEASES_SHOWN = 6


class ProjectListView(TemplateView):
    template_name = "partners/project_list.html"

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        projects = list(Project.objects.with_participants().order_by("-start_date", "title"))
        current = [p for p in projects if p.end_date is None or p.end_date >= today]
        past = [p for p in projects if p.end_date is not None and p.end_date < today]
        return super().get_context_data(current_projects=current, past_projects=past, **kwargs)


class ProjectDetailView(DetailView):
    template_name = "partners/project_detail.html"
    context_object_name = "project"

    def get_queryset(self):
        return Project.objects.with_participants().prefetch_related(
            "sdg_goals",
            Prefetch(
                "events",
                # The latest few; the page links to the full, filtered list.
                queryset=Event.objects.published()
                .for_cards()
                .order_by("-start_date")[:PROJECT_EVENTS_SHOWN],
                to_attr="published_events",
            ),
            Prefetch(
                "press_releases",
                queryset=PressRelease.objects.published()
                .for_cards()
                .order_by("-release_date", "-publish_at")[:PROJECT_RELEASES_SHOWN],
                to_attr="public_releases",
            ),
            Prefetch(
                "coverage",
                queryset=Coverage.objects.select_related("outlet"),
                to_attr="coverage_items",
            ),
        )


class OrganisationListView(ListView):
    template_name = "partners/organisation_list.html"
    context_object_name = "organisations"
    queryset = Organisation.objects.order_by("kind", "name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups: dict[str, list[Organisation]] = {}
        for organisation in context["organisations"]:
            groups.setdefault(organisation.kind, []).append(organisation)
        context["groups"] = [
            (label, groups[value]) for value, label in Organisation.Kind.choices if value in groups
        ]
        return context


class OrganisationDetailView(DetailView):
    template_name = "partners/organisation_detail.html"
    context_object_name = "organisation"

    def get_queryset(self):
        return Organisation.objects.prefetch_related(
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related("project").order_by(
                    "-project__start_date"
                ),
            ),
            "people",
            Prefetch(
                "event_roles",
                # The latest published events the organisation had a role in.
                queryset=EventOrganisation.objects.filter(event__status=Event.Status.PUBLISHED)
                .select_related("event")
                .order_by("-event__start_date", "event_id", "order", "pk")[
                    :ORGANISATION_EVENT_ROLES_SHOWN
                ],
                to_attr="public_event_roles",
            ),
        )


class FunderListView(TemplateView):
    """Each funder with what it gave, by project and by currency."""

    template_name = "partners/funder_list.html"

    def get_context_data(self, **kwargs):
        rows = (
            Participation.objects.filter(
                role__in=Participation.FUNDING_ROLES, contribution__isnull=False
            )
            .select_related("organisation", "project")
            .order_by("organisation__name", "-project__start_date")
        )
        funders: dict[int, dict] = {}
        for row in rows:
            entry = funders.setdefault(
                row.organisation_id,
                {"organisation": row.organisation, "contributions": [], "totals": {}},
            )
            entry["contributions"].append(row)
            currency = row.project.currency
            entry["totals"][currency] = entry["totals"].get(currency, 0) + row.contribution
        for entry in funders.values():
            entry["totals"] = sorted(entry["totals"].items())
        return super().get_context_data(funders=list(funders.values()), **kwargs)
