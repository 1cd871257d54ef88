from django.urls import path

from . import views

app_name = "partners"

urlpatterns = [
    path("projects/", views.ProjectListView.as_view(), name="project-list"),
    path("projects/<slug:slug>/", views.ProjectDetailView.as_view(), name="project-detail"),
    path("partners/", views.OrganisationListView.as_view(), name="organisation-list"),
    path(
        "partners/<slug:slug>/",
        views.OrganisationDetailView.as_view(),
        name="organisation-detail",
    ),
    path("funders/", views.FunderListView.as_view(), name="funder-list"),
]
