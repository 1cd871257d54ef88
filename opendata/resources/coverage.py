"""Coverage (articles by others about our events and projects) as open data.

One module per resource (see events.py). An article about an event that is not published
waits with it: it is left out until the event is public.
"""

import django_filters
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from pressroom.models import Coverage

from .common import (
    EventRefSerializer,
    LinkField,
    OrganisationRefSerializer,
    ProjectRefSerializer,
    paths,
)


def public_coverage():
    return Coverage.objects.public()


def list_queryset(queryset=None):
    queryset = public_coverage() if queryset is None else queryset
    return (
        queryset.select_related("outlet", "project", "event")
        .defer("event__body", "event__body_html", "project__description_html")
        .order_by(F("published_on").desc(nulls_last=True), "title", "pk")
    )


def detail_queryset():
    return list_queryset()


class CoverageFilter(django_filters.FilterSet):
    """As on a project's page: the coverage of one project."""

    project = django_filters.CharFilter(field_name="project__slug", label=_("Project"))

    class Meta:
        model = Coverage
        fields = ["project"]


COVERAGE_FIELDS = [
    "id",
    "api_url",
    "title",
    "link",
    "outlet",
    "published_on",
    "published_precision",
    "excerpt_html",
    "event",
    "project",
    "updated_at",
]


class CoverageSerializer(serializers.ModelSerializer):
    api_url = LinkField(lambda c: paths.coverage_api(pk=c.pk))
    link = serializers.URLField(
        source="url",
        read_only=True,
        allow_blank=True,
        help_text="The article; empty for print or broadcast coverage.",
    )
    outlet = OrganisationRefSerializer(read_only=True, help_text="Who published it.")
    event = EventRefSerializer(read_only=True, allow_null=True)
    project = ProjectRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Coverage
        fields = COVERAGE_FIELDS
