"""The open-data page, the API's reference page and OpenAPI document, the CSV downloads and
the IATI files. The JSON API's views are in api.py."""

from django.db.models import Max
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.generic import TemplateView

from events.filters import EventFilter
from events.models import Event
from partners.models import Organisation, Project
from pressroom.models import PressRelease

from . import iati, openapi
from .csv import csv_response
from .resources import coverage, events, organisations, projects

LICENCE = {
    "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "short": "CC BY 4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}
XML = "application/xml; charset=utf-8"


class OpenDataView(TemplateView):
    """/open-data/: every machine-readable source, its licence and when it last changed."""

    template_name = "opendata/open_data.html"

    def get_context_data(self, **kwargs):
        events_at = Event.objects.published().aggregate(at=Max("updated_at"))["at"]
        releases = PressRelease.objects.published().aggregate(
            updated=Max("updated_at"), published=Max("publish_at")
        )
        releases_at = _latest(releases["updated"], releases["published"])
        projects_at = Project.objects.aggregate(at=Max("updated_at"))["at"]
        organisations_at = Organisation.objects.aggregate(at=Max("updated_at"))["at"]
        coverage_at = coverage.public_coverage().aggregate(at=Max("updated_at"))["at"]
        return super().get_context_data(
            licence=LICENCE,
            updated={
                "events": events_at,
                "releases": releases_at,
                "projects": projects_at,
                "organisations": organisations_at,
                "api": _latest(events_at, releases_at, projects_at, organisations_at, coverage_at),
                "iati": _latest(projects_at, events_at, releases_at),
            },
            iati_placeholder=iati.identifier_is_placeholder(),
            **kwargs,
        )


def _latest(*moments):
    known = [moment for moment in moments if moment is not None]
    return timezone.localtime(max(known)) if known else None


def api_reference(request):
    """/open-data/api/: the OpenAPI document as a page people read."""
    return render(
        request,
        "opendata/api_reference.html",
        {"reference": openapi.reference(), "licence": LICENCE},
    )


def openapi_json(request):
    """/api/v1/openapi.json: the API described in OpenAPI 3."""
    return HttpResponse(openapi.openapi_json(), content_type="application/vnd.oai.openapi+json")


# --- CSV -------------------------------------------------------------------------------


def events_csv(request):
    """Published events with the event list's filters; a value the list would ignore is
    ignored here too (core.views.FilteredListMixin)."""
    published = Event.objects.published()
    filterset = EventFilter(request.GET or None, queryset=published, published=published)
    return csv_response(events.csv_rows(filterset.qs, request), filename="lprc-events.csv")


def projects_csv(request):
    return csv_response(
        projects.csv_rows(Project.objects.all(), request), filename="lprc-projects.csv"
    )


def organisations_csv(request):
    filterset = organisations.OrganisationFilter(
        request.GET or None, queryset=Organisation.objects.all()
    )
    return csv_response(
        organisations.csv_rows(filterset.qs, request), filename="lprc-organisations.csv"
    )


# --- IATI ------------------------------------------------------------------------------


def _xml(document: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(document, content_type=XML)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def iati_activities(request):
    """Every project IATI can take, as one iati-activities file."""
    document = iati.activities_document(iati.projects_queryset(), request=request)
    if document is None:
        raise Http404("No project can be reported to IATI yet.")
    return _xml(document, "lprc-iati-activities.xml")


def iati_activity(request, slug):
    """One project as an iati-activities file of its own."""
    document = iati.activities_document(iati.projects_queryset().filter(slug=slug), request=request)
    if document is None:
        raise Http404("No such project, or IATI cannot take it yet.")
    return _xml(document, f"lprc-iati-{slug}.xml")


def iati_organisation(request):
    """LPRC as an IATI organisation."""
    return _xml(iati.organisation_document(request=request), "lprc-iati-organisation.xml")
