from django.urls import path, register_converter

from core.cache import cache_public_page

from . import views
from .filters import EventFilter

app_name = "events"


class YearConverter:
    """Four digits, 1000-9999: what a date can hold, so a year lookup never overflows."""

    regex = "[1-9][0-9]{3}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


register_converter(YearConverter, "event_year")

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
        "steering-meetings/",
        cache_public_page(views.SteeringMeetingListView.as_view(), params=LIST_PARAMS),
        name="steering-meeting-list",
    ),
    path("calendar.ics", cache_public_page(views.calendar_ics), name="calendar"),
    path(
        "<event_year:year>/<slug:slug>/",
        cache_public_page(views.EventDetailView.as_view()),
        name="event-detail",
    ),
    path("<event_year:year>/<slug:slug>.ics", cache_public_page(views.event_ics), name="event-ics"),
]
