"""iCalendar (RFC 5545) files for events.

Events are all-day: DTSTART and DTEND are DATE values and DTEND is the day *after* the
last day (RFC 5545 §3.6.1: the end is exclusive). UIDs depend only on the primary key, so
a calendar that subscribed once updates the same entries instead of duplicating them.

Written here rather than with the icalendar library: the subscribable calendar holds a
few hundred events and is rebuilt after every content change, and building it through
icalendar's component objects took 0.4 s for 400 events. What a VEVENT needs is small:
TEXT escaping (§3.3.11), no control characters, and lines folded at 75 octets (§3.1).
The tests read every file back with icalendar.
"""

import datetime
import re

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

from core.formatting import html_to_text
from core.origin import absolute_url, site_origin
from core.sitemaps import path_builder

from .models import Event
from .visibility import event_marks

CONTENT_TYPE = "text/calendar; charset=utf-8"
UID_DOMAIN = "lprc.kz"
PRODID = "-//Legal Policy Research Centre//lprc.kz events//EN"
LINE_OCTETS = 75

# Control characters are not allowed in TEXT values (HTAB is; line breaks become "\n").
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def event_uid(event) -> str:
    return f"event-{event.pk}@{UID_DOMAIN}"


def escape_text(value) -> str:
    text = _CONTROL.sub("", str(value))
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into lines of at most 75 octets, never inside a UTF-8 character."""
    if line.isascii():
        if len(line) <= LINE_OCTETS:
            return line
        rest = line[LINE_OCTETS:]
        step = LINE_OCTETS - 1
        return "\r\n ".join(
            [line[:LINE_OCTETS], *(rest[i : i + step] for i in range(0, len(rest), step))]
        )
    if len(line.encode()) <= LINE_OCTETS:
        return line
    parts = []
    current, size, limit = [], 0, LINE_OCTETS
    for char in line:
        width = len(char.encode())
        if size + width > limit:
            parts.append("".join(current))
            # Continuation lines start with a space, which counts towards their 75 octets.
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _detail_url_builder(request):
    """Event addresses without a reverse() per event: the pattern is reversed once."""
    path = path_builder("events:event-detail", year=9999, slug="slug-sample")
    origin = site_origin()
    return lambda event: origin + path(year=f"{event.start_date.year:04d}", slug=event.slug)


def _description(marks, event) -> str:
    """The summary, then what the event's funders require on event material: each
    statement and disclaimer (the emblem goes in an IMAGE property, RFC 7986)."""
    parts = [html_to_text(event.summary_html)]
    for mark in marks:
        parts += [text for text in (mark.statement, mark.disclaimer) if text]
    return "\n\n".join(parts)


def _images(marks) -> list[str]:
    return [
        f"IMAGE;VALUE=URI;DISPLAY=BADGE:{absolute_url(mark.emblem.url)}"
        for mark in marks
        if mark.emblem is not None
    ]


def _vevent(event, url: str, now: datetime.datetime, kinds: dict[str, str]) -> list[str]:
    stamp = _utc(event.updated_at or now)
    marks = event_marks(event, "event-material")
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event_uid(event)}",
        f"DTSTAMP:{stamp}",
        f"LAST-MODIFIED:{stamp}",
        f"DTSTART;VALUE=DATE:{event.start_date:%Y%m%d}",
        f"DTEND;VALUE=DATE:{event.end_date + datetime.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(event.title)}",
        f"DESCRIPTION:{escape_text(_description(marks, event))}",
        *_images(marks),
    ]
    place = event.place
    if place:
        lines.append(f"LOCATION:{escape_text(place)}")
    lines += [
        f"URL:{url}",
        f"CATEGORIES:{escape_text(kinds.get(event.kind, event.kind))}",
        "TRANSP:TRANSPARENT",  # an all-day forum does not block a whole day
        # Dates announced but not final (RFC 5545 §3.8.1.11).
        "STATUS:TENTATIVE" if event.dates_to_be_confirmed else "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return lines


def calendar_text(*, events, request, name: str) -> str:
    now = timezone.now()
    url_of = _detail_url_builder(request)
    # Translated once per calendar, not once per event.
    kinds = {value: str(label) for value, label in Event.Kind.choices}
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{settings.TIME_ZONE}",
    ]
    for event in events:
        lines += _vevent(event, url_of(event), now, kinds)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def calendar_response(*, events, request, name: str, filename: str) -> HttpResponse:
    response = HttpResponse(
        calendar_text(events=events, request=request, name=name), content_type=CONTENT_TYPE
    )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
