from django.urls import path

from core.cache import cache_public_page

from . import views
from .filters import EventFilter

app_name = "events"

# <year:...> is core.converters.YearConverter: four digits, never year 0.

# The query parameters the lists read: their filters and the page number.
LIST_PARAMS = [*EventFilter.base_filters, "page"]

urlpatterns = [
    path(
        "",
        cache_public_page(views.EventListView.as_view(), params=LIST_PARAMS),
        name="event-list",
    ),
    path(
        "forums/",
        cache_public_page(views.ForumListView.as_view(), params=LIST_PARAMS),
        name="forum-list",
    ),
    path(
        "academies/",
        cache_public_page(views.AcademyListView.as_view(), params=LIST_PARAMS),
        name="academy-list",
    ),
    path(
        "presentations/",
        cache_public_page(views.PresentationListView.as_view(), params=LIST_PARAMS),
        name="presentation-list",
    ),
    path(
        "steering-meetings/",
        cache_public_page(views.SteeringMeetingListView.as_view(), params=LIST_PARAMS),
        name="steering-meeting-list",
    ),
    path("calendar.ics", cache_public_page(views.calendar_ics), name="calendar"),
    path("preview/<int:pk>/", views.EventPreviewView.as_view(), name="event-preview"),
    path(
        "<year:year>/<slug:slug>/",
        cache_public_page(views.EventDetailView.as_view()),
        name="event-detail",
    ),
    path("<year:year>/<slug:slug>.ics", cache_public_page(views.event_ics), name="event-ics"),
    path(
        "<year:year>/<slug:slug>/card.png",
        cache_public_page(views.event_card),
        name="event-card",
    ),
]
