from django.urls import path

from core.cache import cache_public_page

from . import views

app_name = "partners"

urlpatterns = [
    path("projects/", cache_public_page(views.ProjectListView.as_view()), name="project-list"),
    path(
        "projects/<slug:slug>/",
        cache_public_page(views.ProjectDetailView.as_view()),
        name="project-detail",
    ),
    path(
        "projects/<slug:slug>/card.png",
        cache_public_page(views.project_card),
        name="project-card",
    ),
    path(
        "partners/",
        cache_public_page(views.OrganisationListView.as_view()),
        name="organisation-list",
    ),
    path(
        "partners/<slug:slug>/",
        cache_public_page(views.OrganisationDetailView.as_view()),
        name="organisation-detail",
    ),
    path("funders/", cache_public_page(views.FunderListView.as_view()), name="funder-list"),
]
