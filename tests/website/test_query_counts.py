"""Every public page runs the same small number of SQL queries with 10 objects of each
kind and with 10,000 events and releases (issue 7), in each of the three languages (issue
17: the languages are columns of the same rows): one test walks them all twice."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Event
from partners.models import Organisation, Project
from pressroom.models import PressRelease
from tests.pages import empty_page_cache, in_language, language_url

LANGUAGES = ("ru", "kk", "en")

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

MAX_QUERIES = 10


def public_pages():
    event = Event.objects.published().filter(slug__startswith="small-").order_by("pk").first()
    release = (
        PressRelease.objects.published().filter(slug__startswith="small-").order_by("pk").first()
    )
    project = Project.objects.filter(slug__startswith="small-").order_by("pk").first()
    organisation = Organisation.objects.filter(slug__startswith="small-").order_by("pk").first()
    forum = Event.objects.published().filter(kind="forum", slug__startswith="small-").first()
    return {
        "home": "/",
        "events": "/events/",
        "events in my language": "/events/?available=1",
        "events filtered": (
            f"/events/?kind=forum&year={forum.start_date.year}&country={forum.country.code}"
        ),
        "forums": "/events/forums/",
        "academies": "/events/academies/",
        "steering meetings": "/events/steering-meetings/",
        "event": event.get_absolute_url(),
        "event ics": event.get_ics_url(),
        "calendar": "/events/calendar.ics",
        "press": "/press/",
        "press in my language": "/press/?available=1",
        "press filtered": f"/press/?year={release.release_date.year}&project={project.slug}",
        "release": release.get_absolute_url(),
        "release pdf": release.get_pdf_url(),
        "rss": "/press/feed/",
        "atom": "/press/feed/atom/",
        "projects": "/projects/",
        "project": project.get_absolute_url(),
        "partners": "/partners/",
        "partner": organisation.get_absolute_url(),
        "funders": "/funders/",
        "search": "/search/?q=justice+reform",
        "sitemap": "/sitemap.xml",
        "sitemap events": "/sitemap-events.xml",
        "sitemap releases": "/sitemap-press.xml?p=1",
    }


def count_queries(client, pages):
    """Queries per page and language: {(page, language): count}."""
    counts = {}
    for language in LANGUAGES:
        in_language(client, language)
        for name, url in pages.items():
            empty_page_cache()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(language_url(url, language))
            assert response.status_code == 200, (name, language, url, response.status_code)
            counts[name, language] = len(queries)
    return counts


def test_every_public_page_runs_the_same_queries_with_ten_and_ten_thousand(client):
    call_command(
        "bench_data",
        label="small",
        organisations=10,
        projects=10,
        events=10,
        releases=10,
        stdout=open("/dev/null", "w"),  # noqa: SIM115 - closed with the process, output unwanted
    )
    pages = public_pages()
    small = count_queries(client, pages)

    call_command(
        "bench_data",
        label="big",
        organisations=300,
        projects=100,
        events=10_000,
        releases=10_000,
        force=True,
        stdout=open("/dev/null", "w"),  # noqa: SIM115 - as above
    )
    assert Event.objects.count() == 10_010
    large = count_queries(client, pages)

    assert large == small, {
        name: (small[name], large[name]) for name in small if small[name] != large[name]
    }
    # The same in every language: a text in another language is a column of the same row.
    for name in pages:
        assert len({large[name, language] for language in LANGUAGES}) == 1, (
            name,
            {language: large[name, language] for language in LANGUAGES},
        )
    print("queries per page:", large)  # shown with -s, for the record
    too_many = {name: count for name, count in large.items() if count > MAX_QUERIES}
    assert not too_many, too_many
