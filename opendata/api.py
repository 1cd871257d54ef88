"""The read-only JSON API, /api/v1/ (Django REST framework; described by drf-spectacular).

Lists are paginated and filtered with the same FilterSets as the site's HTML lists
(events.filters.EventFilter, pressroom.filters.PressReleaseFilter); an unknown filter
value is a 400 saying which, a page past the end a 404. Every list and detail costs a
constant number of queries (opendata.resources). Caching, CORS and rate limits are
opendata.http's, applied in opendata.urls.
"""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import urlencode
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import generics
from rest_framework.response import Response
from rest_framework.views import APIView

from events.filters import EventFilter
from pressroom.filters import PressReleaseFilter

from .resources import coverage, events, organisations, projects, releases
from .resources.common import absolute

# What each list reads from the query string (core.cache drops everything else).
PAGE_PARAMS = ["page", "page_size"]
EVENT_PARAMS = [*EventFilter.base_filters, *PAGE_PARAMS]
RELEASE_PARAMS = [*PressReleaseFilter.base_filters, *PAGE_PARAMS]
ORGANISATION_PARAMS = [*organisations.OrganisationFilter.base_filters, *PAGE_PARAMS]
COVERAGE_PARAMS = [*coverage.CoverageFilter.base_filters, *PAGE_PARAMS]
PROJECT_PARAMS = PAGE_PARAMS

# The filters whose choices come from the published content (EventFilter and
# PressReleaseFilter make them per request): described here, as what they take.
EVENT_FILTER_PARAMETERS = [
    OpenApiParameter("year", int, description="Events starting in this year."),
    OpenApiParameter(
        "country", str, description="Where they take place: an ISO 3166-1 code such as KZ."
    ),
    OpenApiParameter("project", str, description="A project's slug."),
    OpenApiParameter("series", str, description="A series' slug."),
]
RELEASE_FILTER_PARAMETERS = [
    OpenApiParameter("year", int, description="Releases dated in this year."),
    OpenApiParameter("project", str, description="A project's slug."),
    OpenApiParameter("event", int, description="The id of the event they are about."),
]
FILTER_NOTE = (
    "Filters take values that name published content (a year with events in it, a "
    "project with events); any other value is answered with 400 saying which."
)

YEAR_SLUG = [
    OpenApiParameter("year", int, OpenApiParameter.PATH, description="The year it starts in."),
    OpenApiParameter("slug", str, OpenApiParameter.PATH),
]


class EventList(generics.ListAPIView):
    """Published events, newest first, filtered as on /events/."""

    serializer_class = events.EventSerializer
    filterset_class = EventFilter

    def get_queryset(self):
        return events.list_queryset()

    @extend_schema(
        summary="List events",
        description=FILTER_NOTE,
        tags=["events"],
        parameters=EVENT_FILTER_PARAMETERS,
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class EventDetail(generics.RetrieveAPIView):
    """One published event with its sessions, documents, photos, releases and coverage."""

    serializer_class = events.EventDetailSerializer

    def get_object(self):
        return get_object_or_404(
            events.detail_queryset(),
            start_date__year=self.kwargs["year"],
            slug=self.kwargs["slug"],
        )

    @extend_schema(summary="One event", tags=["events"], parameters=YEAR_SLUG)
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class ProjectList(generics.ListAPIView):
    """Every project with its budget, funders and partners, newest first."""

    serializer_class = projects.ProjectSerializer

    def get_queryset(self):
        return projects.list_queryset()

    @extend_schema(summary="List projects", tags=["projects"])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class ProjectDetail(generics.RetrieveAPIView):
    serializer_class = projects.ProjectDetailSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return projects.detail_queryset()

    @extend_schema(summary="One project", tags=["projects"])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class OrganisationList(generics.ListAPIView):
    """Partners, funders and outlets, by name."""

    serializer_class = organisations.OrganisationSerializer
    filterset_class = organisations.OrganisationFilter

    def get_queryset(self):
        return organisations.list_queryset()

    @extend_schema(summary="List organisations", tags=["organisations"])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class OrganisationDetail(generics.RetrieveAPIView):
    serializer_class = organisations.OrganisationDetailSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return organisations.detail_queryset()

    @extend_schema(summary="One organisation", tags=["organisations"])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class ReleaseList(generics.ListAPIView):
    """Public press releases, newest first, filtered as on /press/."""

    serializer_class = releases.ReleaseSerializer
    filterset_class = PressReleaseFilter

    def get_queryset(self):
        return releases.list_queryset()

    @extend_schema(
        summary="List press releases",
        description=FILTER_NOTE,
        tags=["press releases"],
        parameters=RELEASE_FILTER_PARAMETERS,
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class ReleaseDetail(generics.RetrieveAPIView):
    serializer_class = releases.ReleaseDetailSerializer

    def get_object(self):
        return get_object_or_404(
            releases.detail_queryset(),
            release_date__year=self.kwargs["year"],
            slug=self.kwargs["slug"],
        )

    @extend_schema(summary="One press release", tags=["press releases"], parameters=YEAR_SLUG)
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class CoverageList(generics.ListAPIView):
    """Articles by others about our events and projects, newest first."""

    serializer_class = coverage.CoverageSerializer
    filterset_class = coverage.CoverageFilter

    def get_queryset(self):
        return coverage.list_queryset()

    @extend_schema(summary="List coverage", tags=["coverage"])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class CoverageDetail(generics.RetrieveAPIView):
    serializer_class = coverage.CoverageSerializer

    def get_queryset(self):
        return coverage.detail_queryset()

    @extend_schema(summary="One coverage item", tags=["coverage"])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


@extend_schema_view(get=extend_schema(exclude=True))
class Root(APIView):
    """/api/v1/: where everything is."""

    def get(self, request):
        def link(name, **query):
            path = reverse(name) + (f"?{urlencode(query)}" if query else "")
            return absolute(request, path)

        return Response(
            {
                "events": link("opendata:api-event-list"),
                "projects": link("opendata:api-project-list"),
                "organisations": link("opendata:api-organisation-list"),
                "press_releases": link("opendata:api-release-list"),
                "coverage": link("opendata:api-coverage-list"),
                "openapi": link("opendata:api-schema"),
                "reference": link("opendata:api-reference"),
                "open_data": link("opendata:open-data"),
                "licence": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
            }
        )
