from django.urls import path

from core.cache import cache_public_page
from events.filters import EventFilter

from . import api, views
from .http import open_data
from .resources.organisations import OrganisationFilter

app_name = "opendata"

# Every machine-readable address goes through opendata.http.open_data: cached with the
# pages, CORS-open, rate-limited. Each names the query parameters it reads.
# <year:...> is core.converters.YearConverter: four digits, never year 0.
urlpatterns = [
    path("open-data/", cache_public_page(views.OpenDataView.as_view()), name="open-data"),
    path("open-data/api/", cache_public_page(views.api_reference), name="api-reference"),
    path(
        "open-data/events.csv",
        open_data(views.events_csv, params=list(EventFilter.base_filters)),
        name="event-csv",
    ),
    path("open-data/projects.csv", open_data(views.projects_csv), name="project-csv"),
    path(
        "open-data/organisations.csv",
        open_data(views.organisations_csv, params=list(OrganisationFilter.base_filters)),
        name="organisation-csv",
    ),
    path(
        "open-data/iati/activities.xml",
        open_data(views.iati_activities),
        name="iati-activities",
    ),
    path(
        "open-data/iati/activities/<slug:slug>.xml",
        open_data(views.iati_activity),
        name="iati-activity",
    ),
    path(
        "open-data/iati/organisation.xml",
        open_data(views.iati_organisation),
        name="iati-organisation",
    ),
    path("api/v1/", open_data(api.Root.as_view()), name="api-root"),
    path("api/v1/openapi.json", open_data(views.openapi_json), name="api-schema"),
    path(
        "api/v1/events/",
        open_data(api.EventList.as_view(), params=api.EVENT_PARAMS),
        name="api-event-list",
    ),
    path(
        "api/v1/events/<year:year>/<slug:slug>/",
        open_data(api.EventDetail.as_view()),
        name="api-event-detail",
    ),
    path(
        "api/v1/projects/",
        open_data(api.ProjectList.as_view(), params=api.PROJECT_PARAMS),
        name="api-project-list",
    ),
    path(
        "api/v1/projects/<slug:slug>/",
        open_data(api.ProjectDetail.as_view()),
        name="api-project-detail",
    ),
    path(
        "api/v1/organisations/",
        open_data(api.OrganisationList.as_view(), params=api.ORGANISATION_PARAMS),
        name="api-organisation-list",
    ),
    path(
        "api/v1/organisations/<slug:slug>/",
        open_data(api.OrganisationDetail.as_view()),
        name="api-organisation-detail",
    ),
    path(
        "api/v1/press-releases/",
        open_data(api.ReleaseList.as_view(), params=api.RELEASE_PARAMS),
        name="api-release-list",
    ),
    path(
        "api/v1/press-releases/<year:year>/<slug:slug>/",
        open_data(api.ReleaseDetail.as_view()),
        name="api-release-detail",
    ),
    path(
        "api/v1/coverage/",
        open_data(api.CoverageList.as_view(), params=api.COVERAGE_PARAMS),
        name="api-coverage-list",
    ),
    path(
        "api/v1/coverage/<int:pk>/",
        open_data(api.CoverageDetail.as_view()),
        name="api-coverage-detail",
    ),
]
