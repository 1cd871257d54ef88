from django.urls import path

from core.cache import cache_public_page

from . import feeds, views

app_name = "pressroom"

# Pages are cached until content changes (core.cache); the PDF is not, because each
# download is counted, and its bytes are cached by services.release_pdf instead.
# <year:...> is core.converters.YearConverter: four digits, never year 0.
urlpatterns = [
    path("", cache_public_page(views.ReleaseListView.as_view()), name="release-list"),
    path("feed/", cache_public_page(feeds.LatestReleasesFeed()), name="release-feed"),
    path(
        "feed/atom/",
        cache_public_page(feeds.LatestReleasesAtomFeed()),
        name="release-feed-atom",
    ),
    path("preview/<int:pk>/", views.ReleasePreviewView.as_view(), name="release-preview"),
    path("preview/<int:pk>.pdf", views.release_preview_pdf_view, name="release-preview-pdf"),
    path(
        "<year:year>/<slug:slug>/",
        cache_public_page(views.ReleaseDetailView.as_view()),
        name="release-detail",
    ),
    path("<year:year>/<slug:slug>.pdf", views.release_pdf_view, name="release-pdf"),
]
