from django.db.models import Prefetch
from django.utils import timezone
from django.views.generic import DetailView, ListView, TemplateView

from core.languages import fallback_value
from core.registry import page_section_prefetches, page_sections

from .models import Organisation, Participation, Project


class ProjectListView(TemplateView):
    template_name = "partners/project_list.html"

    def get_context_data(self, **kwargs):
        # What "current" and "past" mean is ProjectQuerySet's; a card shows no partners.
        today = timezone.localdate()
        return super().get_context_data(
            current_projects=Project.objects.current(today),
            past_projects=Project.objects.past(today),
            **kwargs,
        )


class ProjectDetailView(DetailView):
    template_name = "partners/project_detail.html"
    context_object_name = "project"

    def get_queryset(self):
        # Events, releases and coverage come from the apps above (core.registry).
        return Project.objects.with_participants().prefetch_related(
            "sdg_goals", *page_section_prefetches(Project)
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(sections=page_sections(Project), **kwargs)


class OrganisationListView(ListView):
    template_name = "partners/organisation_list.html"
    context_object_name = "organisations"

    def get_queryset(self):
        # By the name shown, in the visitor's language (core.languages).
        return Organisation.objects.order_by("kind", fallback_value("name"))

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
            *page_section_prefetches(Organisation),
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(sections=page_sections(Organisation), **kwargs)


class FunderListView(TemplateView):
    """Each funder with what it gave, by project and by currency."""

    template_name = "partners/funder_list.html"

    def get_context_data(self, **kwargs):
        rows = (
            Participation.objects.filter(
                role__in=Participation.FUNDING_ROLES, contribution__isnull=False
            )
            .select_related("organisation", "project")
            .order_by(fallback_value("organisation__name"), "-project__start_date")
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
