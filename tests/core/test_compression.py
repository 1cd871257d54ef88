"""Public pages, feeds and calendars go out gzipped; pages with a secret never (issue 18)."""

import datetime
import gzip

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import EventFactory, PressReleaseFactory

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def test_public_pages_feeds_and_calendars_are_compressed_and_unchanged_inside(client):
    EventFactory(title="Ninth Expert Forum")
    PressReleaseFactory(title="Forum concludes in Astana")
    for path in ["/en/", "/en/events/", "/en/press/", "/en/press/feed/", "/en/events/calendar.ics"]:
        plain = client.get(path)
        packed = client.get(path, **GZIP)
        assert "Content-Encoding" not in plain, path
        assert packed["Content-Encoding"] == "gzip", path
        assert "Accept-Encoding" in packed["Vary"] and "Accept-Encoding" in plain["Vary"]
        assert gzip.decompress(packed.content) == plain.content, path
        assert int(packed["Content-Length"]) == len(packed.content) < len(plain.content)


def test_the_subscribable_calendar_shrinks_to_a_fraction(client):
    start = datetime.date.today() - datetime.timedelta(days=200)
    for n in range(150):
        day = start + datetime.timedelta(days=n)
        EventFactory(title=f"Round table {n} on probation reform", start_date=day, end_date=day)
    plain = client.get("/en/events/calendar.ics")
    packed = client.get("/en/events/calendar.ics", **GZIP)
    ratio = len(packed.content) / len(plain.content)
    print(f"calendar: {len(plain.content)} -> {len(packed.content)} bytes ({ratio:.0%})")
    assert ratio < 0.25


def test_a_revalidation_with_the_compressed_copys_tag_gets_a_304(client):
    EventFactory()
    packed = client.get("/en/events/", **GZIP)
    assert packed["ETag"].startswith('W/"')
    again = client.get("/en/events/", HTTP_IF_NONE_MATCH=packed["ETag"], **GZIP)
    assert again.status_code == 304


def test_nothing_with_a_secret_is_compressed(staff_client):
    # The sign-in page carries a CSRF token; a signed-in editor's pages are their own.
    login = Client().get(reverse("admin:login"), **GZIP)
    assert "csrfmiddlewaretoken" in login.content.decode()
    assert "Content-Encoding" not in login
    EventFactory()
    for path in ["/en/events/", reverse("admin:index")]:
        response = staff_client.get(path, **GZIP)
        assert response.status_code == 200
        assert "Content-Encoding" not in response, path


def test_pdfs_and_pictures_are_sent_as_they_are(client):
    release = PressReleaseFactory()
    for path in [release.get_pdf_url(), release.get_card_url()]:
        response = client.get(path, **GZIP)
        assert response.status_code == 200
        assert "Content-Encoding" not in response, path
