"""The public page cache (core.cache) as the public meets it: a fresh anonymous Client,
the production cache settings, the content version read from the database."""

import datetime

import pytest
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from core import cache as page_cache
from core.cache import cache_public_page
from core.models import ContentState
from tests.factories import OrganisationFactory, PressReleaseFactory, ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    """Someone who has never been here: no cookies, nothing shared with staff clients."""
    return Client()


@pytest.fixture
def stored_pages(monkeypatch):
    """The keys of the pages the cache stores from now on."""
    keys = []
    real_set = cache.set

    def spy(key, *args, **kwargs):
        if key.startswith(page_cache.PAGE_KEY_PREFIX):
            keys.append(key)
        return real_set(key, *args, **kwargs)

    monkeypatch.setattr(cache, "set", spy)
    return keys


def only_the_version_read(queries) -> bool:
    """No query through Django: the content version is read through the driver's own
    cursor (core.cache.content_version), which Django's query log does not see."""
    return len(queries) == 0


@pytest.fixture
def version_reads(monkeypatch):
    reads = []
    real = page_cache.content_version

    def spy(*args, **kwargs):
        reads.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(page_cache, "content_version", spy)
    return reads


def test_a_second_visit_costs_one_read_of_the_content_version(visitor, version_reads):
    project = ProjectFactory(title="Cached project")
    url = project.get_absolute_url()
    first = visitor.get(url)
    assert "Cached project" in first.content.decode()
    with CaptureQueriesContext(connection) as queries:
        second = visitor.get(url)
    assert second.status_code == 200
    assert second.content == first.content
    assert only_the_version_read(queries), queries.captured_queries
    assert version_reads == [1, 1]  # one read for each request, none kept in between


def test_a_cached_answer_carries_the_headers_the_full_stack_gave_it(visitor):
    url = ProjectFactory().get_absolute_url().replace("/en/", "/ru/", 1)
    first = visitor.get(url)
    second = visitor.get(url)
    assert dict(second.headers) == dict(first.headers)
    assert second["Content-Language"] == "ru"
    # The address names the language: no browser's preference changes the page.
    assert "Accept-Language" not in second.get("Vary", "")
    assert second["X-Frame-Options"] == "DENY"
    assert second["Cache-Control"] == "public, max-age=60"
    assert "default-src 'self'" in second["Content-Security-Policy"]


def test_each_language_is_a_page_of_its_own(visitor, settings):
    """The language is in the address: each is cached apart, whatever the visitor's
    browser or cookie says; an address without a language redirects by them."""
    url = ProjectFactory().get_absolute_url()
    assert url.startswith("/en/")
    bare = url.removeprefix("/en")
    for language in ("ru", "kk", "en"):
        page = visitor.get(f"/{language}{bare}", headers={"Accept-Language": "kk"})
        assert page["Content-Language"] == language
        assert f'<html lang="{language}">' in page.content.decode()
    assert visitor.get(url)["Content-Language"] == "en"
    silent = Client(headers={"Accept-Language": ""})
    assert silent.get(bare).headers["Location"] == f"/ru{bare}"  # nothing asks: Russian
    by_header = visitor.get(bare, headers={"Accept-Language": "kk"})
    assert by_header.headers["Location"] == f"/kk{bare}"
    chooser = Client()
    chooser.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert chooser.get(bare, headers={"Accept-Language": "kk"}).headers["Location"] == url


def test_saving_content_renews_every_cached_page(visitor):
    project = ProjectFactory(title="Old title")
    visitor.get(project.get_absolute_url())
    visitor.get(reverse("partners:project-list"))
    project.title = "New title"
    project.save()
    assert "New title" in visitor.get(project.get_absolute_url()).content.decode()
    assert "New title" in visitor.get(reverse("partners:project-list")).content.decode()


def test_deleting_content_renews_cached_pages(visitor):
    organisation = OrganisationFactory(name="Soon gone")
    assert "Soon gone" in visitor.get(reverse("partners:organisation-list")).content.decode()
    organisation.delete()
    assert "Soon gone" not in visitor.get(reverse("partners:organisation-list")).content.decode()


def test_a_many_to_many_change_renews_cached_pages(visitor):
    from tests.factories import PersonFactory

    release = PressReleaseFactory()
    version = page_cache.content_version()
    release.contacts.add(PersonFactory())
    assert page_cache.content_version() != version


def test_the_version_is_read_from_the_database_at_every_request(visitor):
    """What another worker or app server does is a write to the shared row; this process
    keeps no copy of the version, so its next request sees the new one."""
    project = ProjectFactory(title="Shown everywhere")
    url = project.get_absolute_url()
    visitor.get(url)
    # Another process changes the title and writes a new version; this process's cache
    # still holds the old page.
    type(project).objects.filter(pk=project.pk).update(title="Changed elsewhere")
    ContentState.objects.filter(pk=ContentState.SINGLETON_PK).update(version="f" * 32)
    assert "Changed elsewhere" in visitor.get(url).content.decode()


def test_the_version_changes_in_the_same_transaction_as_the_content(visitor):
    from django.db import transaction

    project = ProjectFactory()
    before = page_cache.content_version()
    try:
        with transaction.atomic():
            project.title = "Never committed"
            project.save()
            assert page_cache.content_version() != before
            raise RuntimeError("roll back")
    except RuntimeError:
        pass
    assert page_cache.content_version() == before


def test_a_flushed_state_row_is_made_again_with_a_new_version():
    before = page_cache.content_version()
    ContentState.objects.all().delete()
    after = page_cache.content_version()
    assert after != before
    assert ContentState.objects.get().version == after


def test_etag_lets_a_browser_revalidate_for_free(visitor):
    url = ProjectFactory().get_absolute_url()
    etag = visitor.get(url)["ETag"]
    assert etag
    response = visitor.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    cache.clear()  # as on a worker that never served this page
    with CaptureQueriesContext(connection) as queries:
        response = visitor.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert only_the_version_read(queries)


def test_signed_in_staff_always_get_a_fresh_page(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("someone", is_staff=True))
    project = ProjectFactory(title="Staff view")
    client.get(project.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        client.get(project.get_absolute_url())
    assert len(queries) > 1


def test_a_visitor_with_a_message_waiting_gets_a_fresh_page(visitor, stored_pages):
    url = ProjectFactory().get_absolute_url()
    visitor.cookies["messages"] = "something waiting"
    assert visitor.get(url).status_code == 200
    assert stored_pages == []


def test_404_is_never_cached(visitor):
    assert visitor.get("/en/projects/not-yet/").status_code == 404
    ProjectFactory(slug="not-yet")
    assert visitor.get("/en/projects/not-yet/").status_code == 200


def test_a_scheduled_change_passing_renews_the_cache(monkeypatch):
    moment = timezone.now() + datetime.timedelta(minutes=5)

    def next_scheduled_change():  # one release, going live at `moment`
        return moment if page_cache.timezone.now() < moment else None

    monkeypatch.setattr(page_cache, "next_scheduled_change", next_scheduled_change)
    page_cache.content_changed()  # a change records the next moment in the shared row
    version = page_cache.content_version()
    assert page_cache.content_version() == version
    later = moment + datetime.timedelta(seconds=1)
    monkeypatch.setattr(page_cache.timezone, "now", lambda: later)
    renewed = page_cache.content_version()
    assert renewed != version
    # Renewed once, in the shared row, for every process: not again at each request.
    assert page_cache.content_version() == renewed
    assert ContentState.objects.get().version == renewed


def test_a_scheduled_release_appears_on_its_moment(visitor, monkeypatch):
    moment = timezone.now() + datetime.timedelta(hours=2)
    release = PressReleaseFactory(title="Embargoed until noon", publish_at=moment)
    press = reverse("pressroom:release-list")
    assert "Embargoed until noon" not in visitor.get(press).content.decode()
    later = moment + datetime.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Embargoed until noon" in visitor.get(press).content.decode()
    assert visitor.get(release.get_absolute_url()).status_code == 200


# The key: host, scheme and only the parameters a view reads ---------------------------------


def test_an_unknown_query_parameter_is_answered_from_the_cached_page(visitor, stored_pages):
    ProjectFactory(title="Tracked link")
    url = reverse("partners:project-list")
    first = visitor.get(url)
    assert len(stored_pages) == 1
    for junk in ({"utm_source": "x"}, {"cb": "12345"}, {"utm_source": "y", "fbclid": "z"}):
        with CaptureQueriesContext(connection) as queries:
            response = visitor.get(url, junk)
        assert response.content == first.content
        assert only_the_version_read(queries)
    assert len(stored_pages) == 1


def test_a_list_sees_only_the_parameters_it_reads(visitor, stored_pages):
    from tests.factories import EventFactory

    EventFactory(title="A forum", kind="forum")
    url = reverse("events:event-list")
    plain = visitor.get(url)
    with CaptureQueriesContext(connection) as queries:
        tracked = visitor.get(url, {"utm_campaign": "newsletter"})
    assert only_the_version_read(queries)
    assert tracked.content == plain.content
    # A filter the view reads is a page of its own, whatever the order of the parameters.
    filtered = visitor.get(url + "?kind=forum&utm_source=x&year=2024")
    same = visitor.get(url + "?year=2024&kind=forum")
    assert filtered.content == same.content
    assert filtered.content != plain.content
    assert len(stored_pages) == 2


def test_no_host_or_scheme_reaches_a_cached_page(visitor, settings):
    """Absolute addresses start at SITE_ORIGIN (core.origin), so a page first made for one
    accepted host name or scheme is right for every other (issue 15, finding 4)."""
    settings.ALLOWED_HOSTS = ["testserver", "mirror.example"]
    url = ProjectFactory().get_absolute_url()
    other_host = visitor.get(url, headers={"Host": "mirror.example"}).content.decode()
    plain = visitor.get(url).content.decode()
    secure = visitor.get(url, secure=True).content.decode()
    for page in (other_host, plain, secure):
        assert f'href="{settings.SITE_ORIGIN}{url}"' in page
        assert "mirror.example" not in page and "testserver" not in page
    assert plain == other_host == secure


def test_a_disallowed_host_is_refused_not_cached(stored_pages):
    url = ProjectFactory().get_absolute_url()
    visitor = Client(raise_request_exception=False)
    # Refused (Django's DisallowedHost); the error page itself is the templates' business.
    assert visitor.get(url, headers={"Host": "evil.example"}).status_code >= 400
    assert stored_pages == []


def test_a_database_outage_gives_the_503_page_not_a_500(visitor, monkeypatch):
    url = reverse("partners:project-list")

    def unreachable(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(page_cache, "content_version", unreachable)
    # The page is rendered as if there were no cache; the view reaches the database.
    assert visitor.get(url).status_code == 200


def test_a_cache_that_is_down_costs_a_render_not_a_page(visitor, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache host unreachable")

    monkeypatch.setattr(cache, "get", broken)
    monkeypatch.setattr(cache, "set", broken)
    ProjectFactory(title="Still served")
    assert "Still served" in visitor.get(reverse("partners:project-list")).content.decode()


# A view's own declarations --------------------------------------------------------------------


def echo(request):
    """Shows what the view was given of the query string, and how often it ran."""
    echo.calls += 1
    return HttpResponse(f"{sorted(request.GET.lists())} call {echo.calls}")


def private(request):
    private.calls += 1
    return HttpResponse(f"call {private.calls}")


echo.calls = private.calls = 0
urlpatterns = [
    path("echo/", cache_public_page(echo, params=["q", "page"])),
    path("private/", cache_public_page(never_cache(private))),
]


@pytest.mark.urls(__name__)
def test_a_view_is_given_only_the_parameters_it_declared(visitor):
    first = visitor.get("/echo/?utm_source=mail&page=2&q=law&q=court").content.decode()
    assert first == "[('page', ['2']), ('q', ['law', 'court'])] call 1"
    again = visitor.get("/echo/?q=law&fbclid=x&q=court&page=2").content.decode()
    assert again == first  # the same page, from the cache: the view did not run again


@pytest.mark.urls(__name__)
def test_an_answer_its_view_marked_private_is_never_stored(visitor):
    assert visitor.get("/private/").content == b"call 1"
    response = visitor.get("/private/")
    assert response.content == b"call 2"
    assert "public" not in response["Cache-Control"]
