"""Projects as open data: budget, funders and their contributions, partners by role.

One module per resource (see events.py): querysets, API serialisers, CSV columns, and the
texts the IATI file takes from a project (``texts``), which is where a project's other
languages will come in.
"""

from django.conf import settings
from django.db.models import F, Prefetch
from django.urls import reverse
from django.utils.http import urlencode
from rest_framework import serializers

from core.formatting import html_to_text
from partners.models import Participation, Project

from .common import (
    CountryField,
    LabelField,
    LinkField,
    OrganisationRefSerializer,
    SourceRefSerializer,
    absolute,
    paths,
)


def _participations():
    return Prefetch(
        "participations",
        queryset=Participation.objects.select_related("organisation", "source__publisher").order_by(
            "role", "organisation__name"
        ),
    )


def list_queryset(queryset=None):
    """Every project is public; partners and goals in two more queries."""
    queryset = Project.objects.all() if queryset is None else queryset
    return (
        queryset.select_related("dates_source__publisher", "budget_source__publisher")
        .prefetch_related(_participations(), "sdg_goals")
        .order_by(F("start_date").desc(nulls_last=True), "title")
    )


def detail_queryset():
    return list_queryset()


def texts(project) -> list[tuple[str, str, str]]:
    """(language, title, plain description) for each language the project is written in:
    today the site's one language; issue 19 leaves the others to the languages work."""
    description = html_to_text(project.description_html) or html_to_text(project.summary_html)
    return [(settings.LANGUAGE_CODE, project.title, description)]


# --- API -------------------------------------------------------------------------------


class ParticipantSerializer(serializers.ModelSerializer):
    organisation = OrganisationRefSerializer(read_only=True)
    role_label = LabelField("role")

    source = SourceRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Participation
        fields = ["organisation", "role", "role_label", "contribution", "committed_on", "source"]


class FundingShareSerializer(serializers.Serializer):
    organisation = OrganisationRefSerializer(read_only=True)
    role = serializers.CharField(read_only=True, help_text="Funder or co-funder, as a label.")
    amount = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        read_only=True,
        allow_null=True,
        help_text="null when no source states the amount.",
    )
    currency = serializers.CharField(read_only=True)
    share = serializers.DecimalField(
        max_digits=5,
        decimal_places=1,
        read_only=True,
        allow_null=True,
        help_text="Per cent of the total budget.",
    )


class SDGSerializer(serializers.Serializer):
    number = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)


# The fields of a project in a list, and those its detail adds: the one place to add one.
PROJECT_FIELDS = [
    "url",
    "api_url",
    "iati_url",
    "slug",
    "title",
    "short_name",
    "summary_html",
    "start_date",
    "start_precision",
    "end_date",
    "end_precision",
    "duration_months",
    "dates_source",
    "is_current",
    "countries",
    "sdg_goals",
    "total_budget",
    "currency",
    "budget_source",
    "eu_share",
    "funding",
    "participants",
    "updated_at",
]
PROJECT_DETAIL_FIELDS = [*PROJECT_FIELDS, "description_html", "events_api_url", "releases_api_url"]


class ProjectSerializer(serializers.ModelSerializer):
    url = LinkField(lambda p: paths.project(slug=p.slug), help_text="Its page on the site.")
    api_url = LinkField(lambda p: paths.project_api(slug=p.slug))
    iati_url = LinkField(
        lambda p: paths.project_iati(slug=p.slug), help_text="The project as an IATI 2.03 file."
    )
    is_current = serializers.BooleanField(read_only=True)
    dates_source = SourceRefSerializer(read_only=True, allow_null=True)
    budget_source = SourceRefSerializer(read_only=True, allow_null=True)
    countries = serializers.SerializerMethodField()
    sdg_goals = SDGSerializer(many=True, read_only=True)
    eu_share = serializers.DecimalField(
        max_digits=5,
        decimal_places=1,
        read_only=True,
        allow_null=True,
        help_text="Per cent of the budget the European Union gives, if it funds the project.",
    )
    funding = FundingShareSerializer(
        source="funding_split",
        many=True,
        read_only=True,
        help_text="Funders, largest contribution first.",
    )
    participants = ParticipantSerializer(
        source="participations",
        many=True,
        read_only=True,
        help_text="Every organisation in the project with its role.",
    )

    class Meta:
        model = Project
        fields = PROJECT_FIELDS

    def get_countries(self, project) -> list[dict]:
        field = CountryField()
        return [field.to_representation(country) for country in project.countries]


class ProjectDetailSerializer(ProjectSerializer):
    events_api_url = serializers.SerializerMethodField()
    releases_api_url = serializers.SerializerMethodField()

    class Meta(ProjectSerializer.Meta):
        fields = PROJECT_DETAIL_FIELDS

    def _filtered(self, name, project) -> str:
        path = reverse(name) + "?" + urlencode({"project": project.slug})
        return absolute(self.context["request"], path)

    def get_events_api_url(self, project) -> str:
        return self._filtered("opendata:api-event-list", project)

    def get_releases_api_url(self, project) -> str:
        return self._filtered("opendata:api-release-list", project)


# --- CSV -------------------------------------------------------------------------------


def csv_rows(queryset, request):
    """One row per project with its budget and funders (three queries in all)."""
    yield [
        "title",
        "short_name",
        "start_date",
        "start_precision",
        "end_date",
        "end_precision",
        "duration_months",
        "countries",
        "total_budget",
        "currency",
        "eu_share_percent",
        "funders",
        "implementers",
        "partners",
        "url",
    ]
    for project in list_queryset(queryset):
        funders = [
            f"{share.organisation.name} ({share.role}): "
            + (f"{share.amount}" if share.amount is not None else "amount not stated")
            for share in project.funding_split()
        ]
        partners = [
            p.organisation.name
            for p in project.participations.all()
            if p.role == Participation.Role.PARTNER
        ]
        yield [
            project.title,
            project.short_name,
            project.start_date,
            project.start_precision if project.start_date else "",
            project.end_date,
            project.end_precision if project.end_date else "",
            project.duration_months,
            " ".join(country.code for country in project.countries),
            project.total_budget,
            project.currency,
            project.eu_share,
            "; ".join(funders),
            "; ".join(org.name for org in project.implementers()),
            "; ".join(partners),
            absolute(request, paths.project(slug=project.slug)),
        ]
