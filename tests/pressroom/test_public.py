import datetime
from unittest import mock

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from pressroom.models import PressRelease
from tests.factories import (
    CoverageFactory,
    EventFactory,
    PersonFactory,
    PressReleaseFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

LIST = reverse("pressroom:release-list")
RSS = reverse("pressroom:release-feed")
ATOM = reverse("pressroom:release-feed-atom")


def page(client, url, **params):
    response = client.get(url, params)
    return response.status_code, response.content.decode()


def everywhere(client, release):
    """What the public gets for a release: list, page, PDF and both feeds."""
    return {
        "list": release.title in page(client, LIST)[1],
        "detail": client.get(release.get_absolute_url()).status_code,
        "pdf": client.get(release.get_pdf_url()).status_code,
        "rss": release.title in page(client, RSS)[1],
        "atom": release.title in page(client, ATOM)[1],
        "home": release.title in page(client, reverse("website:home"))[1],
        "project": release.title in page(client, release.project.get_absolute_url())[1],
    }


HIDDEN = {
    "list": False,
    "detail": 404,
    "pdf": 404,
    "rss": False,
    "atom": False,
    "home": False,
    "project": False,
}
VISIBLE = {
    "list": True,
    "detail": 200,
    "pdf": 200,
    "rss": True,
    "atom": True,
    "home": True,
    "project": True,
}


class TestVisibility:
    def test_a_published_release_is_everywhere(self, client):
        release = PressReleaseFactory(title="Rule of Law Academy concludes")
        assert everywhere(client, release) == VISIBLE

    def test_a_draft_is_nowhere(self, client):
        release = PressReleaseFactory(title="A draft release", status="draft")
        assert everywhere(client, release) == HIDDEN

    def test_an_embargoed_release_appears_once_its_time_has_come(self, client):
        publish_at = timezone.now() + datetime.timedelta(hours=2)
        release = PressReleaseFactory(title="Embargoed until noon", publish_at=publish_at)
        assert everywhere(client, release) == HIDDEN
        # Two hours later, without anybody saving anything (the page cache must notice too).
        later = publish_at + datetime.timedelta(minutes=1)
        with mock.patch("django.utils.timezone.now", return_value=later):
            assert everywhere(client, release) == VISIBLE

    def test_a_draft_with_a_past_publish_time_stays_hidden(self, client):
        release = PressReleaseFactory(
            status="draft", publish_at=timezone.now() - datetime.timedelta(days=3)
        )
        assert everywhere(client, release) == HIDDEN

    def test_unpublishing_hides_it_again(self, client):
        release = PressReleaseFactory(title="Soon withdrawn")
        assert everywhere(client, release) == VISIBLE
        release.status = PressRelease.Status.DRAFT
        release.save()
        assert everywhere(client, release) == HIDDEN

    def test_the_published_queryset(self):
        now = timezone.now()
        public = PressReleaseFactory(publish_at=now - datetime.timedelta(seconds=1))
        PressReleaseFactory(publish_at=now + datetime.timedelta(seconds=60))
        PressReleaseFactory(status="draft")
        assert list(PressRelease.objects.published(now=now)) == [public]


class TestDetail:
    def test_the_page_shows_the_release(self, client):
        contact = PersonFactory(name="Olga Miroshnichenko", phone="+77017444429")
        event = EventFactory(title="Ninth Expert Forum")
        release = PressReleaseFactory(
            title="Ninth Expert Forum Concludes in Astana",
            dateline_city="Astana",
            lead="Over **220** participants.",
            body="## Results\n\nThe forum ended.\n\n- one\n- two",
            event=event,
            contacts=[contact],
        )
        status, html = page(client, release.get_absolute_url())
        assert status == 200
        assert "<h1>Ninth Expert Forum Concludes in Astana</h1>" in html
        assert "ASTANA" in html
        assert "<strong>220</strong>" in html
        assert "<h2>Results</h2>" in html
        assert "<li>one</li>" in html
        assert "Olga Miroshnichenko" in html
        assert 'href="tel:+77017444429"' in html
        assert f'href="{release.get_pdf_url()}"' in html
        assert f'href="{event.get_absolute_url()}"' in html
        assert f'href="{release.project.get_absolute_url()}"' in html

    def test_a_draft_event_is_not_linked(self, client):
        event = EventFactory(status="draft")
        release = PressReleaseFactory(event=event)
        assert event.get_absolute_url() not in page(client, release.get_absolute_url())[1]

    def test_a_script_in_the_markdown_never_reaches_the_page(self, client):
        release = PressReleaseFactory(
            lead="Lead <script>alert('lead')</script> text",
            body=(
                "Hello <script>alert('body')</script>\n\n"
                '<img src="x" onerror="alert(1)">\n\n'
                '[click](javascript:alert(2)) and <a href="https://ok.example" '
                'onclick="alert(3)">ok</a>\n\n<iframe src="https://evil.example"></iframe>'
            ),
        )
        html = page(client, release.get_absolute_url())[1]
        assert "alert(" not in html
        assert "<script>alert" not in html
        assert "onerror" not in html
        assert "javascript:" not in html
        assert "<iframe" not in html
        assert 'href="https://ok.example"' in html
        # The feeds carry the lead, sanitised as well.
        assert "alert(" not in page(client, RSS)[1]

    def test_a_wrong_year_is_404(self, client):
        release = PressReleaseFactory(release_date=datetime.date(2024, 11, 21))
        assert client.get(f"/en/press/2023/{release.slug}/").status_code == 404
        assert client.get(f"/en/press/20245/{release.slug}/").status_code == 404
        assert client.get(f"/en/press/0000/{release.slug}/").status_code == 404  # found by fuzzing


class TestList:
    def test_filters_by_year_project_and_event(self, client):
        project = ProjectFactory(title="JUST4ALL", slug="just4all")
        event = EventFactory(title="Steering Committee Meeting")
        a = PressReleaseFactory(title="Release of 2023", release_date=datetime.date(2023, 10, 5))
        b = PressReleaseFactory(title="Release on JUST4ALL", project=project)
        c = PressReleaseFactory(title="Release on the meeting", event=event)
        html = page(client, LIST, year="2023")[1]
        assert a.title in html and b.title not in html and c.title not in html
        html = page(client, LIST, project="just4all")[1]
        assert b.title in html and a.title not in html and c.title not in html
        html = page(client, LIST, event=str(event.pk))[1]
        assert c.title in html and a.title not in html and b.title not in html
        assert "1 release" in html

    def test_the_event_menu_is_bounded_and_narrowed_by_year(self, client):
        from pressroom.filters import EVENT_CHOICES

        old = EventFactory(title="Forum of long ago", start_date=datetime.date(2015, 5, 5))
        PressReleaseFactory(event=old, release_date=datetime.date(2015, 5, 6))
        for n in range(EVENT_CHOICES + 2):
            day = datetime.date(2024, 1, 1) + datetime.timedelta(days=n)
            PressReleaseFactory(event=EventFactory(title=f"Meeting {n}", start_date=day))
        html = page(client, LIST)[1]
        menu = html[
            html.index('name="event"') : html.index("</select>", html.index('name="event"'))
        ]
        assert menu.count("<option") == EVENT_CHOICES + 1  # with "All events"
        assert f"Meeting {EVENT_CHOICES + 1} (2024)" in menu and "Forum of long ago" not in menu
        assert "choose a year to see" in html
        html = page(client, LIST, year="2015")[1]
        assert "Forum of long ago (2015)" in html and "Meeting 1 (2024)" not in html
        # A bookmarked ?event= link works although the menu no longer lists that event.
        status, html = page(client, LIST, event=str(old.pk))
        assert status == 200 and "Select a valid choice" not in html
        assert "1 release" in html and "Forum of long ago (2015)" in html

    def test_a_short_event_menu_needs_no_hint(self, client):
        PressReleaseFactory(event=EventFactory())
        assert "choose a year to see" not in page(client, LIST)[1]

    def test_a_draft_is_not_a_filter_choice(self, client):
        PressReleaseFactory(project=ProjectFactory(title="Secret project"), status="draft")
        assert "Secret project" not in page(client, LIST)[1]

    @pytest.mark.parametrize(
        "params",
        [
            {"year": "abc"},
            {"year": "99999999999999999999"},
            {"project": "no-such-project"},
            {"event": "'; DROP TABLE x;--"},
            {"event": "999999999999999999999999"},
            {"event": "²"},
            {"page": "abc"},
            {"page": "999"},
            {"year": ["2024", "x"], "unknown": "1"},
        ],
    )
    def test_junk_gives_the_list_with_a_message_as_on_the_event_lists(self, client, params):
        release = PressReleaseFactory()
        response = client.get(LIST, params)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Some filters could not be used and were ignored" in html
        # Ignoring the junk shows the releases rather than none.
        assert release.title in html

    def test_junk_messages_say_what_was_wrong(self, client):
        PressReleaseFactory(release_date=datetime.date(2024, 1, 2))
        status, html = page(client, LIST, year="1999", page="abc")
        assert status == 200
        assert "Year: Select a valid choice. 1999 is not one of the available choices." in html
        assert 'href="#id_year"' in html  # the summary links to the field
        assert "The page number was not a number; showing page 1." in html

    @pytest.mark.parametrize(
        ("number", "message", "shown"),
        [
            ("999", "There is no page 999; showing the last page.", "Page 2 of 2"),
            ("0", "There is no page 0; showing page 1.", "Page 1 of 2"),
            ("-3", "There is no page -3; showing page 1.", "Page 1 of 2"),
        ],
    )
    def test_a_page_out_of_range_is_repaired(self, client, number, message, shown):
        PressReleaseFactory.create_batch(25)
        status, html = page(client, LIST, page=number)
        assert status == 200
        assert message in html and shown in html

    def test_the_list_uses_the_same_filter_form_as_the_event_lists(self, client):
        PressReleaseFactory(release_date=datetime.date(2024, 1, 2))
        press = page(client, LIST, year="2024")[1]
        events = page(client, reverse("events:event-list"), year="2024")[1]
        for html, label in [(press, "Filter releases"), (events, "Filter events")]:
            assert f'role="search" aria-label="{label}"' in html
            assert ">Clear</a>" in html
            assert '<meta name="robots" content="noindex, follow">' in html

    def test_pagination(self, client):
        PressReleaseFactory.create_batch(25)
        html = page(client, LIST)[1]
        assert "25 releases" in html
        assert "Page 1 of 2" in html
        assert client.get(LIST, {"page": 2}).status_code == 200


class TestFeeds:
    def test_rss_and_atom(self, client):
        PressReleaseFactory(title="Rule of Law Academy concludes", lead="42 participants.")
        rss = client.get(RSS)
        assert rss["Content-Type"].startswith("application/rss+xml")
        assert "<title>Rule of Law Academy concludes</title>" in rss.content.decode()
        assert "42 participants." in rss.content.decode()
        atom = client.get(ATOM)
        assert atom["Content-Type"].startswith("application/atom+xml")
        assert "<title>Rule of Law Academy concludes</title>" in atom.content.decode()


class TestEventAndProjectPages:
    def test_event_page_lists_its_releases_and_coverage(self, client):
        event = EventFactory(title="Third JUST4ALL Steering Committee Meeting")
        PressReleaseFactory(title="Steering meeting release", event=event)
        PressReleaseFactory(title="Draft about the meeting", event=event, status="draft")
        CoverageFactory(
            title="EU, UNODC and partners discuss probation",
            event=event,
            outlet__short_name="UNODC",
        )
        html = page(client, event.get_absolute_url())[1]
        assert "Steering meeting release" in html
        assert "Draft about the meeting" not in html
        assert "EU, UNODC and partners discuss probation" in html
        assert "UNODC" in html

    def test_project_page_lists_its_releases_and_coverage(self, client):
        project = ProjectFactory()
        PressReleaseFactory(title="Project release", project=project)
        CoverageFactory(title="An article about the project", project=project)
        html = page(client, project.get_absolute_url())[1]
        assert "Project release" in html
        assert "An article about the project" in html
        assert f"?project={project.slug}" in html


def make_releases(count):
    project = ProjectFactory()
    event = EventFactory(project=project)
    contacts = PersonFactory.create_batch(2)
    for _ in range(count):
        PressReleaseFactory(project=project, event=event, contacts=contacts)
        CoverageFactory(project=project, event=event)
    return PressRelease.objects.filter(project=project).first()


def count_queries(django_assert_max_num_queries, client, url, bound):
    cache.clear()  # measure a page rendered from the database, not from the page cache
    with django_assert_max_num_queries(bound) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "url_of",
    [
        pytest.param(lambda r: LIST, id="list"),
        pytest.param(lambda r: LIST + f"?year=2024&project={r.project.slug}", id="list-filtered"),
        pytest.param(lambda r: r.get_absolute_url(), id="detail"),
        pytest.param(lambda r: r.get_pdf_url(), id="pdf"),
        pytest.param(lambda r: RSS, id="rss"),
        pytest.param(lambda r: ATOM, id="atom"),
        pytest.param(lambda r: reverse("website:home"), id="home"),
        pytest.param(lambda r: r.project.get_absolute_url(), id="project"),
        pytest.param(lambda r: r.event.get_absolute_url(), id="event"),
    ],
)
def test_queries_stay_the_same_at_two_sizes(client, django_assert_max_num_queries, url_of):
    release = make_releases(3)
    small = count_queries(django_assert_max_num_queries, client, url_of(release), 30)
    make_releases(150)
    large = count_queries(django_assert_max_num_queries, client, url_of(release), small)
    print(f"queries: {small} → {large}")
    assert large == small


def test_the_sitemap_lists_public_releases_only():
    from pressroom.sitemaps import release_sitemap

    public = PressReleaseFactory()
    PressReleaseFactory(status="draft")
    PressReleaseFactory(publish_at=timezone.now() + datetime.timedelta(days=1))
    section = release_sitemap()
    (row,) = section.page(1)
    assert section.location(row) == public.get_absolute_url()
    assert section.lastmod(row) == public.updated_at
