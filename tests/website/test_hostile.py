"""Hostile input and staff mistakes never break the site (issue 15).

Each test below protects against one of the ten findings of the issue, named after what it
keeps working; each failed on a60c948. Tests that go deeper into one mechanism live beside
it (tests/core/test_uploads.py, tests/core/test_login_lockout.py, tests/website/test_backup.py
...); the fuzzing of every admin form and of the Host header is in tests/website/test_fuzz.py.
"""

import logging
import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.factories import (
    EventFactory,
    OrganisationFactory,
    PressReleaseFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db


# --- 3. a request naming a host the site does not serve is a plain 400 -----------------


@pytest.fixture
def public_pages():
    event = EventFactory(slug="forum")
    release = PressReleaseFactory(slug="release")
    project = ProjectFactory(slug="project")
    organisation = OrganisationFactory(slug="partner")
    return [
        "/",
        "/healthz/",
        "/admin/",
        "/admin/login/",
        event.get_absolute_url(),
        event.get_ics_url(),
        release.get_absolute_url(),
        release.get_pdf_url(),
        project.get_absolute_url(),
        organisation.get_absolute_url(),
        "/press/feed/",
        "/events/calendar.ics",
        "/sitemap.xml",
        "/robots.txt",
        "/no-such-page/",
    ]


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "[::2]", "a" * 300])
def test_an_unknown_host_gets_a_plain_400_and_no_traceback(public_pages, host, caplog):
    visitor = Client(raise_request_exception=False)
    with caplog.at_level(logging.INFO):
        for url in public_pages:
            for answer in (
                visitor.get(url, headers={"Host": host}),
                visitor.post(url, {"q": "x"}, headers={"Host": host}),
            ):
                assert answer.status_code == 400, url
                page = answer.content.decode()
                assert "We could not understand that request" in page
                assert host not in page
    # No server error logged. (The refusal itself goes nowhere in production, see the
    # next test; pytest's own capture handlers sit on every logger, so it shows here.)
    assert not [
        record
        for record in caplog.records
        if record.levelno >= logging.ERROR and record.name != "django.security.DisallowedHost"
    ]


def test_refused_host_names_are_not_logged_as_errors():
    """Bots send them all day; Django logs each with a traceback unless told otherwise."""
    config = settings.LOGGING["loggers"]["django.security.DisallowedHost"]
    assert config["propagate"] is False
    assert [settings.LOGGING["handlers"][name]["class"] for name in config["handlers"]] == [
        "logging.NullHandler"
    ]


def test_an_unknown_host_behind_the_https_redirect_is_a_400_too(public_pages, settings):
    settings.SECURE_SSL_REDIRECT = True
    visitor = Client(raise_request_exception=False)
    answer = visitor.get("/", headers={"Host": "evil.example"})
    assert answer.status_code == 400
    assert "We could not understand that request" in answer.content.decode()


def test_the_bad_request_page_needs_neither_the_host_nor_the_database(rf):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.views.defaults import bad_request

    request = rf.get("/", HTTP_HOST="evil.example")
    with CaptureQueriesContext(connection) as queries:
        answer = bad_request(request, exception=None)
    assert answer.status_code == 400
    assert queries.captured_queries == []


# --- 4. absolute addresses come from the configured origin, never from Host ------------


def absolute_addresses(text: str) -> set[str]:
    return set(re.findall(r"https?://[^\s\"'<>]+", text))


def test_a_cached_page_never_carries_another_accepted_host(settings):
    """Asked first with an accepted but wrong host name (a mirror, localhost) and then
    without: every address in every answer starts at SITE_ORIGIN."""
    settings.ALLOWED_HOSTS = ["testserver", "localhost", "mirror.example"]
    settings.SITE_ORIGIN = "https://lprc.example"
    event = EventFactory(slug="forum")
    release = PressReleaseFactory(slug="release", event=event)
    urls = [
        "/",
        event.get_absolute_url(),
        event.get_ics_url(),
        release.get_absolute_url(),
        "/press/feed/",
        "/press/feed/?p=3",
        "/press/feed/atom/",
        "/events/calendar.ics",
        "/sitemap.xml",
        "/sitemap-events.xml",
        "/robots.txt",
        "/projects/",
    ]
    for host in ("localhost", "mirror.example:8443"):
        for url in urls:
            Client().get(url, headers={"Host": host})  # fills the page cache
    for url in urls:
        for answer in (
            Client().get(url),
            Client().get(url, headers={"Host": "localhost"}),
            Client().get(url, secure=True),
        ):
            assert answer.status_code == 200, url
            text = answer.content.decode()
            assert "localhost" not in text and "mirror.example" not in text, url
            ours = {a for a in absolute_addresses(text) if not _foreign(a)}
            assert ours, url
            assert all(a.startswith(settings.SITE_ORIGIN + "/") for a in ours), (url, ours)


def _foreign(address: str) -> bool:
    """Addresses that are not ours by design: XML namespaces, feed and calendar formats."""
    return address.startswith(
        ("http://www.w3.org/", "http://www.sitemaps.org/", "http://purl.org/", "http://www.")
    ) and not address.startswith(settings.SITE_ORIGIN)


def test_the_site_origin_is_a_setting_with_a_refusal_of_anything_but_an_origin():
    from django.core.exceptions import ImproperlyConfigured

    from core.origin import default_origin, parse_origin

    assert parse_origin("https://lprc.kz/") == "https://lprc.kz"
    assert parse_origin("http://127.0.0.1:8000") == "http://127.0.0.1:8000"
    for wrong in ("lprc.kz", "ftp://lprc.kz", "https://lprc.kz/ru/", "https://u:p@lprc.kz", ""):
        with pytest.raises(ImproperlyConfigured):
            parse_origin(wrong)
    assert default_origin(allowed_hosts=[".lprc.kz", "lprc.kz"], debug=False) == "https://lprc.kz"
    assert default_origin(allowed_hosts=[], debug=True) == "http://127.0.0.1:8000"


def test_absolute_urls_keep_media_on_another_host_and_encode_paths(settings):
    from core.origin import absolute_url

    settings.SITE_ORIGIN = "https://lprc.kz"
    assert absolute_url("/press/") == "https://lprc.kz/press/"
    assert absolute_url("/events/2024/ё/") == "https://lprc.kz/events/2024/%D1%91/"
    assert absolute_url("https://cdn.example/m/a.png") == "https://cdn.example/m/a.png"
    assert absolute_url("//cdn.example/m/a.png") == "https://cdn.example/m/a.png"


def test_the_canonical_link_follows_the_setting(client, settings):
    settings.SITE_ORIGIN = "https://lprc.kz"
    html = client.get(reverse("partners:project-list")).content.decode()
    assert '<link rel="canonical" href="https://lprc.kz/projects/">' in html
    assert '<meta property="og:url" content="https://lprc.kz/projects/">' in html
