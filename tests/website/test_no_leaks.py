"""Nothing unpublished leaks: with drafts, scheduled and embargoed content present, every
public channel (home, lists with and without filters, details, calendars, PDFs, feeds,
sitemap, search, the open-data API, CSV downloads and IATI files) shows the published
titles only, and the unpublished addresses are 404.

Every title carries a made-up word that appears nowhere else on the site, so finding the
word anywhere in a response (HTML, XML, iCalendar or the PDF's text) is a leak. Then time
moves past the publish moments and the scheduled and embargoed releases appear, through the
same page cache (core.cache), which is deliberately not cleared between the walks.
"""

import datetime
import io
from unittest import mock

import pytest
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from tests.factories import (
    CoverageFactory,
    EventFactory,
    EventOrganisationFactory,
    EventSeriesFactory,
    OrganisationFactory,
    ParticipationFactory,
    PressReleaseFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

# Public: must show where such content is listed.
EVENT_PAST = "Zephyrine"
EVENT_UPCOMING = "Yarrowfield"
RELEASE_PUBLIC = "Albatrossia"
# Never public: must show nowhere.
EVENT_DRAFT = "Quillback"
EVENT_DRAFT_PAST = "Marzipane"
SERIES_DRAFT_ONLY = "Hushwing"
RELEASE_DRAFT = "Brambleton"
# Public later: hidden until their moment, then shown.
RELEASE_SCHEDULED = "Cobaltine"
RELEASE_EMBARGOED = "Dulcimera"

NEVER = [EVENT_DRAFT, EVENT_DRAFT_PAST, SERIES_DRAFT_ONLY, RELEASE_DRAFT]
LATER = [RELEASE_SCHEDULED, RELEASE_EMBARGOED]


@pytest.fixture(autouse=True)
def _open_data_rate(settings):
    """The walks ask the open-data addresses more often than a visitor's rate allows."""
    settings.OPEN_DATA_RATE = "100000/min"


@pytest.fixture
def site():
    now = timezone.now()
    today = timezone.localdate()
    project = ProjectFactory(slug="leak-project", title="Leak test project")
    partner = OrganisationFactory(slug="leak-partner", name="Leak test partner")
    ParticipationFactory(project=project, organisation=partner)
    public_series = EventSeriesFactory(slug="leak-series", title="Leak test forum series")
    hidden_series = EventSeriesFactory(
        slug="hushwing-series", title=f"{SERIES_DRAFT_ONLY} series of drafts"
    )

    def event(word, status, start, **extra):
        made = EventFactory(
            title=f"{word} forum on criminal justice",
            slug=f"{word.lower()}-forum",
            summary=f"{word} summary line.",
            status=status,
            start_date=start,
            end_date=start + datetime.timedelta(days=1),
            project=project,
            **extra,
        )
        EventOrganisationFactory(event=made, organisation=partner)
        return made

    events = {
        EVENT_PAST: event(
            EVENT_PAST, "published", datetime.date(2024, 11, 20), series=public_series, edition=1
        ),
        EVENT_UPCOMING: event(
            EVENT_UPCOMING, "published", today + datetime.timedelta(days=40), kind="academy"
        ),
        # A draft in the future, in a year and a country no published event has, in a
        # series of its own: its year, country and series must not become filter choices.
        EVENT_DRAFT: event(
            EVENT_DRAFT,
            "draft",
            datetime.date(2031, 5, 4),
            country="MN",
            series=hidden_series,
            edition=1,
        ),
        # A draft next edition of the public event's series: no "other editions" may show it.
        EVENT_DRAFT_PAST: event(
            EVENT_DRAFT_PAST,
            "draft",
            datetime.date(2023, 3, 3),
            kind="steering-committee",
            series=public_series,
            edition=2,
        ),
    }

    def release(word, **extra):
        values = {
            "title": f"{word} press release on reforms",
            "slug": f"{word.lower()}-release",
            "lead": f"{word} lead paragraph.",
            "body": f"{word} body text.",
            "project": project,
            "release_date": today,
            **extra,
        }
        return PressReleaseFactory(**values)

    releases = {
        # Public, about a published event and, separately, mentioning nothing hidden.
        RELEASE_PUBLIC: release(
            RELEASE_PUBLIC,
            event=events[EVENT_PAST],
            release_date=datetime.date(2024, 11, 21),
            publish_at=now - datetime.timedelta(days=2),
        ),
        # Draft about a draft event, in a year nothing public has.
        RELEASE_DRAFT: release(
            RELEASE_DRAFT,
            status="draft",
            event=events[EVENT_DRAFT],
            release_date=datetime.date(2019, 6, 1),
        ),
        # Scheduled: published, goes live in two days, dated then.
        RELEASE_SCHEDULED: release(
            RELEASE_SCHEDULED,
            event=events[EVENT_PAST],
            release_date=today + datetime.timedelta(days=2),
            publish_at=now + datetime.timedelta(days=2),
        ),
        # Embargoed: dated today, but not to be seen for three more hours.
        RELEASE_EMBARGOED: release(
            RELEASE_EMBARGOED,
            event=events[EVENT_UPCOMING],
            publish_at=now + datetime.timedelta(hours=3),
        ),
    }
    # Coverage of the draft event waits with it; coverage of the public one shows.
    CoverageFactory(
        title=f"{EVENT_DRAFT} coverage article", event=events[EVENT_DRAFT], project=project
    )
    CoverageFactory(title="Public coverage article", event=events[EVENT_PAST], project=project)
    # A public release about a draft event must not name the event.
    release(
        "Publicabout",
        event=events[EVENT_DRAFT],
        release_date=datetime.date(2024, 10, 1),
        publish_at=now - datetime.timedelta(days=3),
    )
    return {"events": events, "releases": releases, "project": project, "partner": partner}


def read(response) -> str:
    """What a person (or a feed reader, calendar or search engine) gets, as text."""
    if response["Content-Type"].startswith("application/pdf"):
        data = b"".join(response.streaming_content) if response.streaming else response.content
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    text = response.content.decode()
    if response["Content-Type"].startswith("text/calendar"):
        text = text.replace("\r\n ", "")  # unfold long iCalendar lines
    return text


def public_channels(site) -> list[str]:
    """Every public address that could show a title, filters included."""
    events, releases = site["events"], site["releases"]
    past, upcoming, public = events[EVENT_PAST], events[EVENT_UPCOMING], releases[RELEASE_PUBLIC]
    draft_event = events[EVENT_DRAFT]
    urls = [
        "/en/",
        "/en/events/",
        "/en/events/forums/",
        "/en/events/academies/",
        "/en/events/steering-meetings/",
        "/en/events/?when=upcoming",
        "/en/events/?when=past",
        "/en/events/?kind=forum",
        "/en/events/?kind=academy",
        "/en/events/?kind=steering-committee",
        "/en/events/?year=2031",
        "/en/events/?year=2023",
        "/en/events/?country=MN",
        "/en/events/?project=leak-project",
        "/en/events/?series=hushwing-series",
        "/en/events/?series=leak-series",
        "/en/events/?page=2",
        "/en/events/forums/?when=upcoming",
        "/en/events/academies/?when=upcoming",
        "/en/events/steering-meetings/?when=past",
        "/en/events/calendar.ics",
        past.get_absolute_url(),
        upcoming.get_absolute_url(),
        f"/en/events/{past.start_date:%Y}/{past.slug}.ics",
        f"/en/events/{upcoming.start_date:%Y}/{upcoming.slug}.ics",
        "/en/press/",
        "/en/press/?page=1",
        "/en/press/?project=leak-project",
        f"/en/press/?year={timezone.localdate():%Y}",
        "/en/press/?year=2019",
        "/en/press/?year=2024",
        f"/en/press/?event={past.pk}",
        f"/en/press/?event={upcoming.pk}",
        f"/en/press/?event={draft_event.pk}",
        public.get_absolute_url(),
        public.get_pdf_url(),
        "/en/press/2024/publicabout-release/",
        "/en/press/2024/publicabout-release.pdf",
        "/en/press/feed/",
        "/en/press/feed/atom/",
        "/en/projects/",
        site["project"].get_absolute_url(),
        "/en/partners/",
        site["partner"].get_absolute_url(),
        "/en/funders/",
        "/sitemap.xml",
        "/sitemap-events.xml",
        "/sitemap-press.xml",
        # Open data: the API's lists (filtered too) and details, CSV and IATI files.
        "/en/open-data/",
        "/en/api/v1/events/",
        "/en/api/v1/events/?when=upcoming",
        "/en/api/v1/events/?when=past",
        "/en/api/v1/events/?kind=forum",
        "/en/api/v1/events/?project=leak-project",
        "/en/api/v1/events/?series=leak-series",
        f"/en/api/v1/events/{past.start_date:%Y}/{past.slug}/",
        f"/en/api/v1/events/{upcoming.start_date:%Y}/{upcoming.slug}/",
        "/en/api/v1/press-releases/",
        "/en/api/v1/press-releases/?project=leak-project",
        f"/en/api/v1/press-releases/?year={timezone.localdate():%Y}",
        "/en/api/v1/press-releases/?year=2024",
        f"/en/api/v1/press-releases/?event={past.pk}",
        f"/en/api/v1/press-releases/{public.release_date:%Y}/{public.slug}/",
        "/en/api/v1/press-releases/2024/publicabout-release/",
        "/en/api/v1/projects/",
        "/en/api/v1/projects/leak-project/",
        "/en/api/v1/organisations/",
        "/en/api/v1/organisations/leak-partner/",
        "/en/api/v1/coverage/",
        "/en/open-data/events.csv",
        "/en/open-data/events.csv?kind=forum",
        "/en/open-data/events.csv?project=leak-project",
        "/en/open-data/projects.csv",
        "/en/open-data/organisations.csv",
        "/en/open-data/iati/activities.xml",
        "/en/open-data/iati/activities/leak-project.xml",
    ]
    words = [EVENT_PAST, EVENT_UPCOMING, RELEASE_PUBLIC, *NEVER, *LATER]
    # Searched in lower case: the page repeats the query, and the check is for the
    # capitalised title word, which only a result can show.
    urls += [f"/en/search/?q={word.lower()}" for word in words]
    urls += ["/en/search/?q=forum", "/en/search/?q=press+release", "/en/search/?q=summary"]
    return urls


def walk(client, urls) -> dict[str, str]:
    pages = {}
    for url in urls:
        response = client.get(url)
        # The API answers a filter value that names nothing public (yet) with a 400
        # saying so, where the HTML lists show the list with a message; both are read.
        allowed = {200, 400} if url.startswith("/en/api/") and "?" in url else {200}
        assert response.status_code in allowed, f"{url} answered {response.status_code}"
        pages[url] = read(response)
    return pages


def leaks(pages: dict[str, str], words) -> list[tuple[str, str]]:
    return [(url, word) for url, text in pages.items() for word in words if word in text]


def hidden_addresses(site, words) -> list[str]:
    events, releases = site["events"], site["releases"]
    urls = []
    for word in words:
        if word in events:
            event = events[word]
            urls += [
                event.get_absolute_url(),
                f"/en/events/{event.start_date:%Y}/{event.slug}.ics",
                f"/en/api/v1/events/{event.start_date:%Y}/{event.slug}/",
            ]
        if word in releases:
            release = releases[word]
            urls += [
                release.get_absolute_url(),
                release.get_pdf_url(),
                f"/en/api/v1/press-releases/{release.release_date:%Y}/{release.slug}/",
            ]
    return urls


def assert_not_found(client, urls):
    for url in urls:
        for method in (client.get, client.head):
            response = method(url)
            assert response.status_code == 404, f"{method.__name__} {url}"
            assert not any(word in response.content.decode() for word in NEVER + LATER), url


def test_only_published_content_is_seen_anywhere_until_its_moment(site):
    client = Client()
    urls = public_channels(site)

    pages = walk(client, urls)
    assert leaks(pages, NEVER + LATER) == []
    assert_not_found(client, hidden_addresses(site, NEVER + LATER))

    # What is public does show, so the walk above looked at real pages.
    shown = {
        EVENT_PAST: [
            "/en/events/",
            "/en/events/forums/",
            "/en/events/calendar.ics",
            "/en/search/?q=forum",
            site["partner"].get_absolute_url(),
            site["project"].get_absolute_url(),
        ],
        EVENT_UPCOMING: ["/en/", "/en/events/academies/", "/en/events/?when=upcoming"],
        RELEASE_PUBLIC: ["/en/", "/en/press/", "/en/press/feed/", "/en/press/feed/atom/"],
    }
    for word, where in shown.items():
        for url in [*where, f"/en/search/?q={word.lower()}"]:
            assert word in pages[url], f"{word} missing from {url}"
    for url in [
        "/en/api/v1/events/",
        "/en/open-data/events.csv",
        "/en/open-data/iati/activities.xml",
    ]:
        assert EVENT_PAST in pages[url], url
    for url in ["/en/api/v1/press-releases/", "/en/open-data/iati/activities.xml"]:
        assert RELEASE_PUBLIC in pages[url], url
    assert "Public coverage article" in pages["/en/api/v1/coverage/"]
    release = site["releases"][RELEASE_PUBLIC]
    assert RELEASE_PUBLIC in pages[release.get_pdf_url()]
    assert RELEASE_PUBLIC in pages[site["events"][EVENT_PAST].get_absolute_url()]
    assert RELEASE_PUBLIC in pages[site["project"].get_absolute_url()]
    assert "/sitemap-events.xml" in pages["/sitemap.xml"]
    assert "/sitemap-press.xml" in pages["/sitemap.xml"]
    assert release.slug in pages["/sitemap-press.xml"]
    assert site["events"][EVENT_PAST].slug in pages["/sitemap-events.xml"]
    for word in NEVER + LATER:  # the slugs are the words in lower case
        assert word.lower() not in pages["/sitemap-events.xml"] + pages["/sitemap-press.xml"]

    # Three hours and a bit later: the embargo is over, the scheduled one still waits.
    later = timezone.now() + datetime.timedelta(hours=3, minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        pages = walk(client, urls)
        assert leaks(pages, [*NEVER, RELEASE_SCHEDULED]) == []
        assert_not_found(client, hidden_addresses(site, [*NEVER, RELEASE_SCHEDULED]))
        for url in ["/en/", "/en/press/", "/en/press/feed/", "/en/press/feed/atom/"]:
            assert RELEASE_EMBARGOED in pages[url], url
        embargoed = site["releases"][RELEASE_EMBARGOED]
        assert client.get(embargoed.get_absolute_url()).status_code == 200
        assert client.get(embargoed.get_pdf_url()).status_code == 200

    # Two days and a bit later: the scheduled one is out too; drafts never are.
    later = timezone.now() + datetime.timedelta(days=2, minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        pages = walk(client, urls)
        assert leaks(pages, NEVER) == []
        assert_not_found(client, hidden_addresses(site, NEVER))
        scheduled = site["releases"][RELEASE_SCHEDULED]
        for url in [
            "/en/",
            "/en/press/",
            "/en/press/feed/",
            "/en/press/feed/atom/",
            "/en/search/?q=cobaltine",
            "/en/api/v1/press-releases/",
            "/en/open-data/iati/activities.xml",
        ]:
            assert RELEASE_SCHEDULED in pages[url], url
        assert RELEASE_SCHEDULED in pages[site["events"][EVENT_PAST].get_absolute_url()]
        assert client.get(scheduled.get_absolute_url()).status_code == 200
        assert RELEASE_SCHEDULED in read(client.get(scheduled.get_pdf_url()))
        assert scheduled.slug in pages["/sitemap-press.xml"]


def test_staff_previews_are_not_public(site):
    """The preview addresses exist for drafts; anonymous visitors are sent to log in."""
    client = Client()
    for word in [RELEASE_DRAFT, RELEASE_SCHEDULED, RELEASE_EMBARGOED]:
        release = site["releases"][word]
        for url in [release.get_preview_url(), release.get_preview_pdf_url()]:
            response = client.get(url)
            assert response.status_code == 302, url
            assert response["Location"].startswith("/admin/login/")
            assert word not in response.content.decode()
