from django.db.models import Case, F, IntegerField, Prefetch, When
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView, TemplateView

from core.dates import precise_period_html
from core.languages import fallback_value
from core.registry import funding_rows, page_section_prefetches, page_sections

from .models import Organisation, Participation, Person, Project
from .visibility import Output, project_marks, share_card_response

# Roles in the order Participation.Role lists them: a lead before a co-funder.
ROLE_ORDER = Case(
    *(
        When(role=value, then=index)
        for index, (value, _label) in enumerate(Participation.Role.choices)
    ),
    output_field=IntegerField(),
)


class ProjectListView(TemplateView):
    """LPRC's own projects, then the partners' projects it takes part in or reports on;
    each current, past, or with dates no source gives (one query for all of them)."""

    template_name = "partners/project_list.html"

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        sections = {True: ([], [], []), False: ([], [], [])}
        # What "current" and "past" mean is ProjectQuerySet's, said again for one list.
        for project in Project.objects.with_ownership():
            current, past, undated = sections[project.is_ours]
            if project.start_date is None and project.end_date is None:
                undated.append(project)
            elif project.end_date is not None and project.end_date < today:
                past.append(project)
            else:
                current.append(project)
        return super().get_context_data(
            our_projects=sections[True], partner_projects=sections[False], **kwargs
        )


class ProjectDetailView(DetailView):
    template_name = "partners/project_detail.html"
    context_object_name = "project"

    def get_queryset(self):
        # Events, releases and coverage come from the apps above (core.registry).
        return (
            Project.objects.with_participants()
            .select_related("dates_source__publisher", "budget_source__publisher")
            .prefetch_related("sdg_goals", *page_section_prefetches(Project))
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(sections=page_sections(Project), **kwargs)


class OrganisationListView(ListView):
    template_name = "partners/organisation_list.html"
    context_object_name = "organisations"

    def get_queryset(self):
        # By the name shown, in the visitor's language (core.languages).
        return Organisation.objects.order_by(fallback_value("name"))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups: dict[str, list[Organisation]] = {}
        # An organisation of several kinds is listed under each.
        for organisation in context["organisations"]:
            for kind in organisation.kinds:
                groups.setdefault(kind, []).append(organisation)
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
                # One line per project (regrouped), newest first, undated last.
                queryset=Participation.objects.select_related("project").order_by(
                    F("project__start_date").desc(nulls_last=True), "project_id", ROLE_ORDER
                ),
            ),
            Prefetch(
                "people",
                queryset=Person.objects.filter(is_press_contact=True),
                to_attr="press_contacts",
            ),
            *page_section_prefetches(Organisation),
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(sections=page_sections(Organisation), **kwargs)


class FunderListView(TemplateView):
    """Who funds what: each funder with the projects and events it funds (the apps above
    add theirs through core.registry.funding_register), whose they are, and the amounts
    the sources state, totalled by currency."""

    template_name = "partners/funder_list.html"

    def get_context_data(self, **kwargs):
        funders: dict[int, dict] = {}
        for row in funding_rows():
            entry = funders.setdefault(
                row.organisation.pk,
                {"organisation": row.organisation, "rows": [], "totals": {}},
            )
            entry["rows"].append(row)
            if row.amount is not None:
                entry["totals"][row.currency] = entry["totals"].get(row.currency, 0) + row.amount
        for entry in funders.values():
            entry["totals"] = sorted(entry["totals"].items())
        ordered = sorted(funders.values(), key=lambda entry: entry["organisation"].name)
        return super().get_context_data(funders=ordered, **kwargs)


def project_card_kicker(project) -> str:
    """ "Project · 2024 – 2026": the line above the title on the project's share card, its
    dates as precise as the sources give them (core.dates), none when they give none."""
    kicker = gettext("Project")
    if project.is_dated:
        period = precise_period_html(
            project.start_date,
            project.start_precision,
            project.end_date,
            project.end_precision,
            open_end=gettext("ongoing"),
        )
        kicker += f" · {strip_tags(period)}"
    return kicker


@require_safe
def project_card(request, slug):
    """The project's share card (og:image): title, period and its funders' marks."""
    project = get_object_or_404(Project, slug=slug)
    return share_card_response(
        title=project.title,
        kicker=project_card_kicker(project),
        marks=project_marks(project.pk, Output.WEB),
    )
