"""Dates as precise as the sources give them: an event known only by its month is entered
as "2025-03", shown as "March 2025", and kept out of calendars (its page says so); an
event whose dates are to be confirmed can be published and is tentative in calendars."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from events.models import Event
from tests.events.test_admin import event_post
from tests.factories import EventFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def public(url):
    return Client().get(url)


def test_staff_enter_an_event_known_only_by_its_month(publisher_client):
    response = publisher_client.post(
        reverse("admin:events_event_add"),
        event_post(
            title="Regional forum in Osh",
            slug="regional-forum-osh",
            start_date="2025-03",
            end_date="",
            city="Osh",
            country="KG",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    event = Event.objects.get(slug="regional-forum-osh")
    assert (event.start_date, event.end_date, event.date_precision) == (
        datetime.date(2025, 3, 1),
        datetime.date(2025, 3, 31),
        "month",
    )

    page = public(event.get_absolute_url()).content.decode()
    assert '<time datetime="2025-03">March 2025</time>' in page
    assert "1 March" not in page and "31 March" not in page
    assert "Our sources give only the month, so this event is not in the calendar feed." in page
    assert event.get_ics_url() not in page

    calendar = Calendar.from_ical(public("/en/events/calendar.ics").content)
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == []
    assert public(event.get_ics_url()).status_code == 404
    # The list shows the month too.
    assert "March 2025" in public("/en/events/").content.decode()

    # Opened again, the form shows what staff typed, not a made-up day.
    form = publisher_client.get(reverse("admin:events_event_change", args=[event.pk]))
    assert 'value="2025-03"' in form.content.decode()
    changelist = publisher_client.get(reverse("admin:events_event_changelist"))
    assert "March 2025" in changelist.content.decode()


def test_the_admin_says_how_to_enter_each_precision(staff_client):
    form = staff_client.get(reverse("admin:events_event_add")).content.decode()
    assert "2025-03 (or March 2025) when only the month is known" in form
    assert "/events/2024/ninth-expert-forum/" in form  # the slug's help text, whole
    response = staff_client.post(
        reverse("admin:events_event_add"), event_post(start_date="2025-03", end_date="2025-03-20")
    )
    assert response.status_code == 200
    assert "Give the end as precisely as the start" in response.content.decode()
    assert not Event.objects.exists()


def test_a_period_of_months_and_a_year(publisher_client):
    publisher_client.post(
        reverse("admin:events_event_add"),
        event_post(slug="spring", start_date="March 2025", end_date="2025-04"),
    )
    publisher_client.post(
        reverse("admin:events_event_add"),
        event_post(slug="some-time", start_date="2026", end_date=""),
    )
    spring = Event.objects.get(slug="spring")
    assert (spring.end_date, spring.date_precision) == (datetime.date(2025, 4, 30), "month")
    year = Event.objects.get(slug="some-time")
    assert (year.start_date, year.end_date) == (
        datetime.date(2026, 1, 1),
        datetime.date(2026, 12, 31),
    )
    assert (
        'March</time> \u2013 <time datetime="2025-04">April 2025'
        in public(spring.get_absolute_url()).content.decode()
    )
    page = public(year.get_absolute_url()).content.decode()
    assert '<time datetime="2026">2026</time>' in page
    assert "Our sources give only the year" in page


def test_a_month_only_event_must_cover_its_whole_month():
    event = EventFactory.build(
        start_date=datetime.date(2025, 3, 5),
        end_date=datetime.date(2025, 3, 31),
        date_precision="month",
    )
    with pytest.raises(Exception) as error:
        event.full_clean(exclude=["slug", "project", "series"])
    assert "starts on the first day" in str(error.value)


def test_dates_to_be_confirmed_can_be_published_and_are_tentative_in_calendars(publisher_client):
    today = datetime.date.today()
    start = today + datetime.timedelta(days=40)
    response = publisher_client.post(
        reverse("admin:events_event_add"),
        event_post(
            slug="tenth-forum",
            start_date=start.isoformat(),
            end_date=(start + datetime.timedelta(days=1)).isoformat(),
            dates_to_be_confirmed="on",
        ),
    )
    assert response.status_code == 302
    event = Event.objects.get(slug="tenth-forum")
    assert event.status == "published" and event.dates_to_be_confirmed
    page = public(event.get_absolute_url()).content.decode()
    assert "(to be confirmed)" in page
    assert "Calendars show it as tentative until the dates are confirmed." in page
    for url in ("/en/events/calendar.ics", event.get_ics_url()):
        (entry,) = Calendar.from_ical(public(url).content).walk("VEVENT")
        assert str(entry["STATUS"]) == "TENTATIVE"
    assert "(to be confirmed)" in public("/en/events/").content.decode()

    confirmed = EventFactory(start_date=start, slug="confirmed")
    entries = Calendar.from_ical(public("/en/events/calendar.ics").content).walk("VEVENT")
    statuses = {str(e["SUMMARY"]): str(e["STATUS"]) for e in entries}
    assert statuses[confirmed.title] == "CONFIRMED"


def test_project_dates_known_to_the_year_or_only_as_a_length(publisher_client):
    data = {
        "title": "Coordinated Civil Society Action to Promote the Rule of Law for All",
        "short_name": "",
        "slug": "rule-of-law-for-all",
        "summary": "Civil society and the rule of law.",
        "description": "",
        "start_date": "2024",
        "end_date": "2026",
        "duration_months": "36",
        "countries": ["KZ"],
        "total_budget": "777895",
        "currency": "EUR",
        "participations-TOTAL_FORMS": "0",
        "participations-INITIAL_FORMS": "0",
        "participations-MIN_NUM_FORMS": "0",
        "participations-MAX_NUM_FORMS": "1000",
        "_save": "Save",
    }
    response = publisher_client.post(reverse("admin:partners_project_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    response = publisher_client.post(
        reverse("admin:partners_project_add"),
        {
            **data,
            "title": "Justice for All",
            "short_name": "JUST4ALL",
            "slug": "just4all",
            "start_date": "",
            "end_date": "",
            "duration_months": "48",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]

    page = public("/en/projects/rule-of-law-for-all/").content.decode()
    assert '<time datetime="2024">2024</time> \u2013 <time datetime="2026">2026</time>' in page
    assert "(3 years)" in page
    assert "January 2024" not in page and "December 2026" not in page
    page = public("/en/projects/just4all/").content.decode()
    assert "4 years; our sources do not give the dates" in page
    listing = public("/en/projects/").content.decode()
    assert "Projects whose dates our sources do not give" in listing
    assert "Justice for All" in listing


def test_a_project_with_no_dates_is_neither_current_nor_past():
    from partners.models import Project

    undated = ProjectFactory(start_date=None, end_date=None, duration_months=48)
    ongoing = ProjectFactory(end_date=None)
    assert undated not in Project.objects.current() and undated not in Project.objects.past()
    assert list(Project.objects.undated()) == [undated]
    assert ongoing in Project.objects.current()
    assert not undated.is_current and ongoing.is_current
