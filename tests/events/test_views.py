import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import (
    DocumentFactory,
    EventFactory,
    EventOrganisationFactory,
    EventSeriesFactory,
    OrganisationFactory,
    PhotoFactory,
    ProjectFactory,
    SessionFactory,
)
from tests.pages import empty_page_cache

pytestmark = pytest.mark.django_db

# "20-21 November 2024" with an en dash, each date machine-readable.
FORUM_DATES = (
    '<time datetime="2024-11-20">20</time>\u2013<time datetime="2024-11-21">21 November 2024</time>'
)


def page(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def forum():
    series = EventSeriesFactory(
        title="Expert Forum on Criminal Justice for Central Asia", slug="expert-forum"
    )
    project = ProjectFactory(title="Rule of Law for All", slug="rule-of-law-for-all")
    event = EventFactory(
        title="Ninth Expert Forum on Criminal Justice for Central Asia",
        slug="ninth-expert-forum",
        series=series,
        edition=9,
        project=project,
        start_date=datetime.date(2024, 11, 20),
        end_date=datetime.date(2024, 11, 21),
        city="Astana",
        country="KZ",
        participant_count=220,
        participant_note="Over 220 participants",
        participating_countries=["KZ", "KG", "UZ", "TJ", "TM", "MN"],
    )
    lprc = OrganisationFactory(name="Legal Policy Research Centre", short_name="LPRC")
    iphr = OrganisationFactory(name="International Partnership for Human Rights", short_name="IPHR")
    odihr = OrganisationFactory(name="OSCE Office for Democratic Institutions", short_name="ODIHR")
    eu = OrganisationFactory(name="European Union", short_name="EU")
    for organisation in (odihr, lprc):
        EventOrganisationFactory(event=event, organisation=organisation, role="organiser")
    EventOrganisationFactory(event=event, organisation=eu, role="funder")
    SessionFactory(
        event=event,
        title="Monitoring criminal justice",
        leading_organisations=[lprc, iphr, odihr],
        order=1,
    )
    SessionFactory(event=event, title="Gender issues in the justice system", order=2)
    return event


@pytest.fixture
def academy():
    return EventFactory(
        title="Rule of Law Academy",
        slug="rule-of-law-academy",
        kind="academy",
        start_date=datetime.date(2024, 8, 19),
        end_date=datetime.date(2024, 8, 21),
        city="Almaty",
    )


@pytest.fixture
def steering():
    return EventFactory(
        title="Third JUST4ALL Steering Committee Meeting",
        slug="just4all-third-steering-committee",
        kind="steering-committee",
        start_date=datetime.date(2023, 10, 5),
        end_date=datetime.date(2023, 10, 5),
        city="",
        country="KG",
    )


@pytest.fixture
def draft():
    return EventFactory(
        title="Secret draft forum", slug="secret-draft", status="draft", kind="forum"
    )


# Lists


def test_event_list_shows_published_events_newest_first(client, forum, academy, steering, draft):
    html = page(client, reverse("events:event-list"))
    assert html.index(forum.title) < html.index(academy.title) < html.index(steering.title)
    assert "Secret draft forum" not in html
    assert "3 events" in html
    assert FORUM_DATES in html
    assert "Ninth Expert Forum on Criminal Justice for Central Asia" in html


@pytest.mark.parametrize(
    ("name", "shown", "hidden"),
    [
        ("events:forum-list", "Ninth Expert Forum", "Rule of Law Academy"),
        ("events:academy-list", "Rule of Law Academy", "Ninth Expert Forum"),
        ("events:steering-meeting-list", "Third JUST4ALL", "Ninth Expert Forum"),
    ],
)
def test_kind_lists(client, forum, academy, steering, draft, name, shown, hidden):
    html = page(client, reverse(name))
    assert shown in html
    assert hidden not in html
    assert "Secret draft forum" not in html
    assert 'name="kind"' not in html  # the kind is the page's own


def test_kind_list_urls():
    assert reverse("events:forum-list") == "/en/events/forums/"
    assert reverse("events:academy-list") == "/en/events/academies/"
    assert reverse("events:steering-meeting-list") == "/en/events/steering-meetings/"
    assert reverse("events:calendar") == "/en/events/calendar.ics"


@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({"kind": "academy"}, {"Rule of Law Academy"}),
        ({"year": "2023"}, {"Third JUST4ALL"}),
        ({"year": "2024", "kind": "forum"}, {"Ninth Expert Forum"}),
        ({"country": "KG"}, {"Third JUST4ALL"}),
        ({"project": "rule-of-law-for-all"}, {"Ninth Expert Forum"}),
        ({"series": "expert-forum"}, {"Ninth Expert Forum"}),
        ({"when": "past"}, {"Ninth Expert Forum", "Rule of Law Academy", "Third JUST4ALL"}),
        ({"when": "upcoming"}, {"Next Conference"}),
    ],
)
def test_filters(client, forum, academy, steering, draft, params, shown):
    EventFactory(
        title="Next Conference",
        kind="conference",
        start_date=datetime.date.today() + datetime.timedelta(days=30),
        end_date=datetime.date.today() + datetime.timedelta(days=31),
    )
    html = page(client, reverse("events:event-list"), **params)
    titles = {"Ninth Expert Forum", "Rule of Law Academy", "Third JUST4ALL", "Next Conference"}
    for title in titles:
        assert (title in html) == (title in shown), title
    assert "could not be used" not in html


def test_filter_choices_come_from_published_events_only(client, forum, steering, draft):
    draft.country = "TJ"
    draft.start_date = draft.end_date = datetime.date(2019, 1, 1)
    draft.save()
    html = page(client, reverse("events:event-list"))
    assert '<option value="KG">Kyrgyzstan</option>' in html
    assert "Tajikistan" not in html
    assert '<option value="2019">' not in html
    assert '<option value="rule-of-law-for-all">' in html


@pytest.mark.parametrize(
    "query",
    [
        {"year": "abc", "kind": "zzz", "page": "999999", "project": "-1"},
        {"country": "XX", "series": "nope", "when": "tomorrow"},
        {"year": "99999999999999999999", "page": "abc"},
        {"year": "2024\x00", "project": "'; drop table events_event; --"},
        {"page": "-1"},
        {"page": "0"},
    ],
)
def test_junk_parameters_give_the_page_with_a_message(client, forum, academy, query):
    response = client.get(reverse("events:event-list"), query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Some filters could not be used and were ignored" in html
    # Ignoring the junk shows every event rather than none.
    assert forum.title in html and academy.title in html


def test_junk_messages_say_what_was_wrong(client, forum):
    html = page(
        client,
        reverse("events:event-list"),
        year="abc",
        kind="zzz",
        page="999999",
        project="-1",
    )
    assert "Year: Select a valid choice. abc is not one of the available choices." in html
    assert "Kind: Select a valid choice. zzz is not one of the available choices." in html
    assert "Project: Select a valid choice." in html
    assert "There is no page 999999; showing the last page." in html


def test_junk_on_a_kind_list(client, forum):
    html = page(client, reverse("events:forum-list"), kind="academy", year="x", page="x")
    assert forum.title in html
    assert "The page number was not a number; showing page 1." in html


def test_pagination(client):
    start = datetime.date(2020, 1, 1)
    for n in range(30):
        day = start + datetime.timedelta(days=n)
        EventFactory(title=f"Paged event {n:02d}", start_date=day, end_date=day)
    first = page(client, reverse("events:event-list"))
    assert "Paged event 29" in first and "Paged event 18" in first
    assert "Paged event 17" not in first
    assert "Page 1 of 3" in first
    third = page(client, reverse("events:event-list"), page=3, year="2020")
    assert "Paged event 00" in third and "Paged event 05" in third
    assert "Paged event 06" not in third
    # The filters survive in the page links.
    assert "year=2020" in page(client, reverse("events:event-list"), year="2020")


# Detail


def test_detail_shows_everything_a_visitor_looks_for(client, forum):
    PhotoFactory(event=forum, caption="Opening plenary", credit="LPRC press office")
    DocumentFactory(event=forum, title="Forum agenda")
    html = page(client, forum.get_absolute_url())
    assert "<h1>Ninth Expert Forum on Criminal Justice for Central Asia</h1>" in html
    assert FORUM_DATES in html
    assert "Astana, Kazakhstan" in html
    assert "Ninth edition of the" in html
    assert "Over 220 participants" in html
    assert "Kazakhstan, Kyrgyzstan, Mongolia, Tajikistan, Turkmenistan, Uzbekistan" in html
    organisers, funders = html.split("<dt>Organiser</dt>")[1].split("<dt>Funder</dt>")
    assert "Legal Policy Research Centre" in organisers
    assert "OSCE Office for Democratic Institutions" in organisers
    assert "European Union" in funders and "European Union" not in organisers
    monitoring = html.split("<h3>Monitoring criminal justice</h3>")[1].split("</li>")[0]
    assert "Led by" in monitoring
    for short in ("IPHR", "LPRC", "ODIHR"):
        assert short in monitoring
    assert "Gender issues in the justice system" in html
    assert "Opening plenary" in html and "Photo: LPRC press office" in html
    assert 'alt="Opening plenary"' in html
    assert "Photo 1, larger version" in html
    assert "Forum agenda" in html and "(Agenda, PDF" in html
    assert forum.get_ics_url() in html
    assert "Rule of Law for All" in html


def test_detail_with_the_wrong_year_is_404(client, forum):
    response = client.get(reverse("events:event-detail", kwargs={"year": 2023, "slug": forum.slug}))
    assert response.status_code == 404


def test_same_slug_in_two_years_gives_two_pages(client):
    day = datetime.date(2024, 8, 1)
    first = EventFactory(title="Academy 2024", slug="academy", start_date=day)
    second = EventFactory(title="Academy 2025", slug="academy", start_date=day.replace(year=2025))
    assert "Academy 2024" in page(client, first.get_absolute_url())
    assert "Academy 2025" in page(client, second.get_absolute_url())


def test_steering_meeting_without_a_city_shows_the_country(client, steering):
    html = page(client, steering.get_absolute_url())
    assert "Kyrgyzstan" in html
    assert "5 October 2023" in html


# Drafts


def test_drafts_are_invisible_to_visitors(client, draft, forum):
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(draft.get_ics_url()).status_code == 404
    for name in ("events:event-list", "events:forum-list"):
        assert "Secret draft forum" not in page(client, reverse(name))
    assert "Secret draft forum" not in page(client, reverse("website:home"))
    # Both within the calendar's window, so that only the status keeps the draft out.
    for event in (draft, forum):
        event.start_date = event.end_date = timezone.localdate()
        event.save()
    calendar = client.get(reverse("events:calendar")).content.decode()
    assert "Secret draft forum" not in calendar
    assert forum.title in calendar


def test_drafts_are_invisible_on_the_project_page(client, draft, forum):
    draft.project = forum.project
    draft.save()
    html = page(client, forum.project.get_absolute_url())
    assert forum.title in html
    assert "Secret draft forum" not in html


def test_staff_preview_a_draft_at_its_preview_address(draft):
    from tests.roles import EDITORS, client_as

    editor = client_as(EDITORS)
    response = editor.get(draft.get_preview_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Preview. This event is a draft: the public cannot see it." in html
    assert "Secret draft forum" in html
    assert 'content="noindex, nofollow"' in html
    assert 'rel="canonical"' not in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    # Its public address stays public-only, even for staff (so no cached copy holds it),
    # and so does the calendar file.
    assert editor.get(draft.get_absolute_url()).status_code == 404
    assert editor.get(draft.get_ics_url()).status_code == 404


def test_the_public_cannot_preview_an_event(client, draft):
    response = client.get(draft.get_preview_url())
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert "Secret draft forum" not in client.get(draft.get_absolute_url()).content.decode()


# Home page and project page


def test_home_page_shows_upcoming_and_recent_events(client, forum, academy, draft):
    soon = datetime.date.today() + datetime.timedelta(days=10)
    EventFactory(title="Tenth Expert Forum", start_date=soon, end_date=soon)
    html = page(client, reverse("website:home"))
    # The next event leads the page (issue 18), before the recent ones.
    upcoming, recent = html.split("Next event")[1].split("Recent events")
    assert "Tenth Expert Forum" in upcoming
    assert forum.title in recent and academy.title in recent
    assert "Secret draft forum" not in html


def test_project_page_lists_its_published_events(client, forum, academy):
    html = page(client, forum.project.get_absolute_url())
    section = html.split('id="project-events"')[1]
    assert forum.title in section
    assert academy.title not in section
    assert "/en/events/?project=rule-of-law-for-all" in section


# Query counts: the same at a few events and at ~150


def make_events(count, project, series):
    start = datetime.date(2021, 1, 1)
    organisations = [OrganisationFactory() for _ in range(3)]
    events = []
    for n in range(count):
        day = start + datetime.timedelta(days=7 * n)
        in_series = n % 5 == 0
        event = EventFactory(
            kind=["forum", "academy", "steering-committee"][n % 3],
            start_date=day,
            end_date=day,
            project=project,
            series=series if in_series else None,
            edition=n + 1 if in_series else None,
            country=["KZ", "KG", "UZ"][n % 3],
        )
        events.append(event)
    target = events[0]
    for organisation in organisations:
        EventOrganisationFactory(event=target, organisation=organisation)
    for n in range(min(count, 20)):
        SessionFactory(event=target, leading_organisations=organisations[: 1 + n % 3])
        PhotoFactory(event=target)
        DocumentFactory(event=target)
    return target


def count_queries(client, url, **params):
    empty_page_cache()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(context.captured_queries)


PAGES = [
    ("events:event-list", {}),
    ("events:event-list", {"kind": "forum", "year": "2022", "country": "KZ"}),
    ("events:event-list", {"project": "counted", "when": "past", "page": "2"}),
    ("events:event-list", {"year": "abc", "page": "999"}),
    ("events:forum-list", {}),
    ("events:academy-list", {}),
    ("events:steering-meeting-list", {}),
    ("events:calendar", {}),
    ("website:home", {}),
]


@pytest.mark.parametrize(("name", "params"), PAGES)
def test_list_pages_run_a_constant_number_of_queries(
    client, django_assert_max_num_queries, name, params
):
    project = ProjectFactory(slug="counted")
    series = EventSeriesFactory()
    make_events(4, project, series)
    few = count_queries(client, reverse(name), **params)
    make_events_more = make_events(150, project, EventSeriesFactory())
    assert make_events_more
    many = count_queries(client, reverse(name), **params)
    assert few == many
    empty_page_cache()
    with django_assert_max_num_queries(few):
        client.get(reverse(name), params)


def test_detail_page_runs_a_constant_number_of_queries(client, django_assert_max_num_queries):
    small = make_events(1, ProjectFactory(), EventSeriesFactory())
    large = make_events(150, ProjectFactory(), EventSeriesFactory())
    assert large.sessions.count() == 20 and small.sessions.count() == 1
    few = count_queries(client, small.get_absolute_url())
    many = count_queries(client, large.get_absolute_url())
    assert few == many
    empty_page_cache()
    with django_assert_max_num_queries(few):
        client.get(large.get_ics_url())


def test_project_page_runs_a_constant_number_of_queries(client):
    small, large = ProjectFactory(), ProjectFactory()
    make_events(2, small, EventSeriesFactory())
    make_events(150, large, EventSeriesFactory())
    assert count_queries(client, small.get_absolute_url()) == count_queries(
        client, large.get_absolute_url()
    )


@pytest.mark.parametrize(
    "url",
    [
        "/en/events/99999999999/some-event/",
        "/en/events/0/some-event/",
        "/en/events/0000/some-event/",
        "/en/events/10000/some-event/",
        "/en/events/99999999999/some-event.ics",
        "/en/events/2024/some-event/",
        "/en/events/2024/some-event.ics",
        "/en/events/abcd/some-event/",
    ],
)
def test_impossible_years_and_unknown_slugs_are_404(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("year", ["99999", "0", "-1", "1e3", "\uff12\uff10\uff12\uff14"])
def test_impossible_year_filters_give_a_message(client, forum, year):
    html = page(client, reverse("events:event-list"), year=year)
    assert "Some filters could not be used" in html
    assert forum.title in html


def test_organisation_page_lists_its_published_events_with_roles(client, forum, draft):
    unodc = OrganisationFactory(name="UN Office on Drugs and Crime", short_name="UNODC")
    EventOrganisationFactory(event=forum, organisation=unodc, role="organiser")
    EventOrganisationFactory(event=forum, organisation=unodc, role="funder")
    EventOrganisationFactory(event=draft, organisation=unodc, role="organiser")
    html = page(client, unodc.get_absolute_url())
    section = html.split('id="org-events"')[1].split("</section>")[0]
    assert forum.title in section
    assert "Organiser, Funder" in section
    assert section.count(forum.get_absolute_url()) == 1
    assert "Secret draft forum" not in section


def test_organisation_page_runs_a_constant_number_of_queries(client):
    few, many = OrganisationFactory(), OrganisationFactory()
    for organisation, count in ((few, 2), (many, 60)):
        for event in (EventFactory(start_date=datetime.date(2022, 1, 1)) for _ in range(count)):
            EventOrganisationFactory(event=event, organisation=organisation)
    assert count_queries(client, few.get_absolute_url()) == count_queries(
        client, many.get_absolute_url()
    )


def test_a_series_link_presents_the_series(client, forum, academy, django_assert_max_num_queries):
    forum.series.description = "Held every year since 2016 with ODIHR and UNODC."
    forum.series.save()
    unfiltered = count_queries(client, reverse("events:event-list"))
    html = page(client, forum.series.get_absolute_url())
    assert "<h1>Expert Forum on Criminal Justice for Central Asia</h1>" in html
    assert "Held every year since 2016 with ODIHR and UNODC." in html
    assert "<title>Expert Forum on Criminal Justice for Central Asia" in html
    assert "Ninth Expert Forum" in html and "Rule of Law Academy" not in html
    # One more query than the plain list: the filter's check that the series exists. The
    # series shown is the object that check loaded, so presenting it costs nothing more.
    empty_page_cache()
    with django_assert_max_num_queries(unfiltered + 1):
        client.get(forum.series.get_absolute_url())


def test_an_unknown_series_keeps_the_plain_list_and_says_why(client, forum):
    html = page(client, reverse("events:event-list"), series="no-such-series")
    assert "<h1>Events</h1>" in html
    assert "Select a valid choice" in html
