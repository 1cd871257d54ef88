from django.urls import path

from core.cache import cache_public_page

from . import feeds, views
from .filters import PressReleaseFilter

app_name = "pressroom"

# Pages and the PDF are cached until content changes (core.cache), each with the query
# parameters it reads; the PDF's downloads are counted on every answer, cached or not.
# <year:...> is core.converters.YearConverter: four digits, never year 0.
urlpatterns = [
    path(
        "",
        cache_public_page(
            views.ReleaseListView.as_view(), params=[*PressReleaseFilter.base_filters, "page"]
        ),
        name="release-list",
    ),
    path("feed/", cache_public_page(feeds.LatestReleasesFeed()), name="release-feed"),
    path(
        "feed/atom/",
        cache_public_page(feeds.LatestReleasesAtomFeed()),
        name="release-feed-atom",
    ),
    path(
        "coverage/",
        cache_public_page(views.CoverageListView.as_view(), params=["page"]),
        name="coverage-list",
    ),
    path(
        "coverage/<int:pk>/",
        cache_public_page(views.CoverageDetailView.as_view()),
        name="coverage-detail",
    ),
    path("preview/<int:pk>/", views.ReleasePreviewView.as_view(), name="release-preview"),
    path("preview/<int:pk>.pdf", views.release_preview_pdf_view, name="release-preview-pdf"),
    path(
        "<year:year>/<slug:slug>/",
        cache_public_page(views.ReleaseDetailView.as_view()),
        name="release-detail",
    ),
    path(
        "<year:year>/<slug:slug>/card.png",
        cache_public_page(views.release_card),
        name="release-card",
    ),
    path(
        "<year:year>/<slug:slug>.pdf",
        cache_public_page(views.release_pdf_view, on_serve=views.release_pdf_served),
        name="release-pdf",
    ),
]
