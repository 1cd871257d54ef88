import datetime

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from events import views
from events.calendar import CONTENT_TYPE
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8" == CONTENT_TYPE
    return Calendar.from_ical(response.content)


def vevents(calendar):
    return list(calendar.walk("VEVENT"))


def test_event_ics_is_an_all_day_event_with_exclusive_end(client):
    event = EventFactory(
        title="Ninth Expert Forum on Criminal Justice for Central Asia",
        slug="ninth-forum",
        start_date=datetime.date(2024, 11, 20),
        end_date=datetime.date(2024, 11, 21),
        city="Astana",
        country="KZ",
    )
    response = client.get(reverse("events:event-ics", kwargs={"year": 2024, "slug": "ninth-forum"}))
    calendar = parse(response)
    assert str(calendar["VERSION"]) == "2.0"
    assert "PRODID" in calendar
    (entry,) = vevents(calendar)
    # DATE values (not date-times): an all-day event in every calendar program.
    assert entry.decoded("DTSTART") == datetime.date(2024, 11, 20)
    assert entry.decoded("DTEND") == datetime.date(2024, 11, 22)  # the day after the last day
    assert entry["DTSTART"].params.get("VALUE") == "DATE"
    assert str(entry["UID"]) == f"event-{event.pk}@lprc.kz"
    assert str(entry["SUMMARY"]) == event.title
    assert str(entry["LOCATION"]) == "Astana, Kazakhstan"
    assert str(entry["URL"]) == f"{settings.SITE_ORIGIN}/en/events/2024/ninth-forum/"
    assert "DTSTAMP" in entry
    assert 'filename="2024-ninth-forum.ics"' in response["Content-Disposition"]
    assert b"\r\n" in response.content  # RFC 5545 lines end in CRLF


def test_one_day_event_ends_the_next_day(client):
    event = EventFactory(start_date=datetime.date(2023, 10, 5), end_date=datetime.date(2023, 10, 5))
    (entry,) = vevents(parse(client.get(event.get_ics_url())))
    assert entry.decoded("DTSTART") == datetime.date(2023, 10, 5)
    assert entry.decoded("DTEND") == datetime.date(2023, 10, 6)


def test_text_is_escaped_and_round_trips(client):
    title = "Forum; justice, rule of law\\reform"
    summary = "Line one, with commas; and semicolons.\nLine two: «Rule of Law» — Астана"
    event = EventFactory(title=title, summary=summary, city="Nur-Sultan, Astana", venue="")
    response = client.get(event.get_ics_url())
    raw = response.content.decode()
    assert "SUMMARY:Forum\\; justice\\, rule of law\\\\reform" in raw
    assert "\\n" in raw  # the newline in the description is escaped, not literal
    (entry,) = vevents(parse(response))
    assert str(entry["SUMMARY"]) == title
    assert str(entry["DESCRIPTION"]) == summary
    assert str(entry["LOCATION"]) == "Nur-Sultan, Astana, Kazakhstan"
    # Long lines are folded at 75 octets.
    assert all(len(line) <= 75 for line in response.content.split(b"\r\n"))


def test_uid_is_stable_across_edits_and_feeds(client):
    soon = timezone.localdate() + datetime.timedelta(days=20)
    event = EventFactory(title="Rule of Law Academy", start_date=soon, end_date=soon)
    first = vevents(parse(client.get(event.get_ics_url())))[0]["UID"]
    event.title = "Rule of Law Academy for Civil Society Representatives"
    event.save()
    second = vevents(parse(client.get(event.get_ics_url())))[0]
    assert second["UID"] == first
    assert str(second["SUMMARY"]) == event.title
    in_feed = {
        str(entry["UID"]): entry for entry in vevents(parse(client.get(reverse("events:calendar"))))
    }
    assert str(first) in in_feed


def test_subscribable_calendar_has_published_events_to_come_and_of_the_past_year(
    client, monkeypatch
):
    monkeypatch.setattr(views, "CALENDAR_PAST_AT_LEAST", 3)  # the year holds more than that
    today = timezone.localdate()
    days = datetime.timedelta
    events = [
        EventFactory(start_date=today + days(n), end_date=today + days(n))
        for n in (-365, -200, -1, 0, 30, 400)
    ]
    # Began before the window, ended inside it: still in.
    long_ago_start = EventFactory(start_date=today - days(400), end_date=today - days(360))
    too_old = EventFactory(start_date=today - days(366), end_date=today - days(366))
    draft = EventFactory(title="Secret draft forum", status="draft", start_date=today)
    calendar = parse(client.get(reverse("events:calendar")))
    uids = {str(entry["UID"]) for entry in vevents(calendar)}
    assert uids == {f"event-{event.pk}@lprc.kz" for event in [*events, long_ago_start]}
    assert f"event-{too_old.pk}@lprc.kz" not in uids
    assert f"event-{draft.pk}@lprc.kz" not in uids
    assert str(calendar["X-WR-CALNAME"]) == "LPRC events"
    assert str(calendar["METHOD"]) == "PUBLISH"
    # The older event is still on the site, with its own calendar file.
    assert client.get(too_old.get_ics_url()).status_code == 200


def test_after_a_quiet_year_the_calendar_still_holds_the_latest_past_events(client, monkeypatch):
    monkeypatch.setattr(views, "CALENDAR_PAST_AT_LEAST", 2)
    today = timezone.localdate()

    def ended(days_ago):
        day = today - datetime.timedelta(days=days_ago)
        return EventFactory(start_date=day, end_date=day)

    oldest, older, latest = ended(800), ended(700), ended(600)
    uids = {str(entry["UID"]) for entry in vevents(parse(client.get(reverse("events:calendar"))))}
    assert uids == {f"event-{older.pk}@lprc.kz", f"event-{latest.pk}@lprc.kz"}
    assert f"event-{oldest.pk}@lprc.kz" not in uids


def test_with_few_events_the_calendar_holds_them_all(client):
    long_ago = EventFactory(
        start_date=datetime.date(2019, 5, 6), end_date=datetime.date(2019, 5, 7)
    )
    (entry,) = vevents(parse(client.get(reverse("events:calendar"))))
    assert str(entry["UID"]) == f"event-{long_ago.pk}@lprc.kz"


def test_draft_and_unknown_ics_are_404(client):
    draft = EventFactory(status="draft")
    assert client.get(draft.get_ics_url()).status_code == 404
    assert client.get("/en/events/2024/no-such-event.ics").status_code == 404
    assert client.post(reverse("events:calendar")).status_code == 405


def test_calendar_is_linked_from_the_pages(client):
    event = EventFactory()
    assert reverse("events:calendar") in client.get(reverse("events:event-list")).content.decode()
    assert event.get_ics_url() in client.get(event.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    "title",
    [
        "Line one\nline two",
        "Semicolons; commas, back\\slashes",
        "Control \x07\x1b characters",  # (PostgreSQL refuses a NUL in any text column)
        "Қазақстандағы құқық үстемдігі форумы " * 4,  # multi-byte letters across folds
    ],
)
def test_any_stored_title_makes_a_valid_calendar(client, title):
    event = EventFactory(title=title, status="published")
    response = client.get(event.get_ics_url())
    assert response.status_code == 200
    for line in response.content.split(b"\r\n"):
        assert len(line) <= 75, line
    (entry,) = vevents(parse(response))
    expected = title.replace("\x07", "").replace("\x1b", "")
    assert str(entry["SUMMARY"]) == expected
