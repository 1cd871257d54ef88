"""iCalendar (RFC 5545) files for events, built with the icalendar library.

Events are all-day: DTSTART and DTEND are DATE values and DTEND is the day *after* the
last day (RFC 5545 §3.6.1: the end is exclusive). UIDs depend only on the primary key, so
a calendar that subscribed once updates the same entries instead of duplicating them.
"""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as ICalEvent

from core.formatting import html_to_text

CONTENT_TYPE = "text/calendar; charset=utf-8"
UID_DOMAIN = "lprc.kz"
PRODID = "-//Legal Policy Research Centre//lprc.kz events//EN"


def event_uid(event) -> str:
    return f"event-{event.pk}@{UID_DOMAIN}"


def _ical_event(event, request) -> ICalEvent:
    entry = ICalEvent()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", event.updated_at or timezone.now())
    entry.add("last-modified", event.updated_at or timezone.now())
    entry.add("dtstart", event.start_date)
    entry.add("dtend", event.end_date + datetime.timedelta(days=1))
    entry.add("summary", event.title)
    entry.add("description", html_to_text(event.summary_html))
    if event.place:
        entry.add("location", event.place)
    entry.add("url", request.build_absolute_uri(event.get_absolute_url()))
    entry.add("categories", [event.get_kind_display()])
    entry.add("transp", "TRANSPARENT")  # an all-day forum does not block a whole day
    entry.add("status", "CONFIRMED")
    return entry


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def calendar_response(*, events, request, name: str, filename: str) -> HttpResponse:
    calendar = _calendar(name)
    for event in events:
        calendar.add_component(_ical_event(event, request))
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
