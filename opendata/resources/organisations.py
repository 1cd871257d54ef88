"""Organisations (partners, funders, outlets) as open data.

One module per resource (see events.py): querysets, the API's filters and serialisers, and
the CSV columns.
"""

import django_filters
from django.db.models import Count, Prefetch
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from partners.models import Organisation, Participation, Person

from .common import CountryField, LabelField, LinkField, ProjectRefSerializer, absolute, paths


def list_queryset(queryset=None):
    queryset = Organisation.objects.all() if queryset is None else queryset
    return queryset.order_by("name")


def detail_queryset():
    return Organisation.objects.prefetch_related(
        Prefetch(
            "participations",
            queryset=Participation.objects.select_related("project").order_by(
                "-project__start_date", "project__title", "role"
            ),
        ),
        Prefetch(
            "people",
            queryset=Person.objects.filter(is_press_contact=True).order_by("name"),
            to_attr="press_contacts",
        ),
    )


class OrganisationFilter(django_filters.FilterSet):
    """The partners page groups organisations by kind; the API filters by it."""

    kind = django_filters.ChoiceFilter(choices=Organisation.Kind.choices, label=_("Kind"))

    class Meta:
        model = Organisation
        fields = ["kind"]


# --- API -------------------------------------------------------------------------------


class ProjectRoleSerializer(serializers.ModelSerializer):
    project = ProjectRefSerializer(read_only=True)
    role_label = LabelField("role")
    currency = serializers.CharField(source="project.currency", read_only=True)

    class Meta:
        model = Participation
        fields = ["project", "role", "role_label", "contribution", "currency", "committed_on"]


class PressContactSerializer(serializers.ModelSerializer):
    class Meta:
        model = Person
        fields = ["name", "position", "phone", "email"]


# The fields of an organisation in a list, and those its detail adds.
ORGANISATION_FIELDS = [
    "url",
    "api_url",
    "slug",
    "name",
    "short_name",
    "kind",
    "kind_label",
    "country",
    "website",
    "logo_url",
    "is_european_union",
    "updated_at",
]
ORGANISATION_DETAIL_FIELDS = [
    *ORGANISATION_FIELDS,
    "description_html",
    "projects",
    "press_contacts",
]


class OrganisationSerializer(serializers.ModelSerializer):
    url = LinkField(lambda o: paths.organisation(slug=o.slug), help_text="Its page on the site.")
    api_url = LinkField(lambda o: paths.organisation_api(slug=o.slug))
    kind_label = LabelField("kind")
    country = CountryField(help_text="Where it is based.")
    logo_url = LinkField(lambda o: o.logo.url if o.logo else None)

    class Meta:
        model = Organisation
        fields = ORGANISATION_FIELDS


class OrganisationDetailSerializer(OrganisationSerializer):
    projects = ProjectRoleSerializer(
        source="participations",
        many=True,
        read_only=True,
        help_text="Projects it takes part in, with its role and contribution.",
    )
    press_contacts = PressContactSerializer(many=True, read_only=True)

    class Meta(OrganisationSerializer.Meta):
        fields = ORGANISATION_DETAIL_FIELDS


# --- CSV -------------------------------------------------------------------------------


def csv_rows(queryset, request):
    """One row per organisation, with the number of projects it takes part in."""
    yield ["name", "short_name", "kind", "country", "website", "projects", "url"]
    kinds = dict(Organisation.Kind.choices)
    rows = list_queryset(queryset).annotate(project_count=Count("projects", distinct=True))
    for organisation in rows.order_by("name"):
        yield [
            organisation.name,
            organisation.short_name,
            str(kinds.get(organisation.kind, organisation.kind)),
            organisation.country.code if organisation.country else "",
            organisation.website,
            organisation.project_count,
            absolute(request, paths.organisation(slug=organisation.slug)),
        ]
