import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def test_a_second_visit_is_served_from_the_cache_without_queries(client):
    project = ProjectFactory(title="Cached project")
    url = project.get_absolute_url()
    first = client.get(url)
    assert "Cached project" in first.content.decode()
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second.status_code == 200
    assert second.content == first.content
    assert len(queries) == 0


def test_saving_content_renews_every_cached_page(client):
    project = ProjectFactory(title="Old title")
    client.get(project.get_absolute_url())
    client.get(reverse("partners:project-list"))
    project.title = "New title"
    project.save()
    assert "New title" in client.get(project.get_absolute_url()).content.decode()
    assert "New title" in client.get(reverse("partners:project-list")).content.decode()


def test_deleting_content_renews_cached_pages(client):
    organisation = OrganisationFactory(name="Soon gone")
    assert "Soon gone" in client.get(reverse("partners:organisation-list")).content.decode()
    organisation.delete()
    assert "Soon gone" not in client.get(reverse("partners:organisation-list")).content.decode()


def test_etag_lets_a_browser_revalidate_for_free(client):
    url = ProjectFactory().get_absolute_url()
    etag = client.get(url)["ETag"]
    assert etag
    response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""


def test_signed_in_staff_always_get_a_fresh_page(staff_client):
    project = ProjectFactory(title="Staff view")
    staff_client.get(project.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        staff_client.get(project.get_absolute_url())
    assert len(queries) > 0


def test_404_is_never_cached(client):
    assert client.get("/projects/not-yet/").status_code == 404
    ProjectFactory(slug="not-yet")
    assert client.get("/projects/not-yet/").status_code == 200


def test_a_scheduled_change_passing_renews_the_cache(client, monkeypatch):
    from core import cache as page_cache

    moment = timezone.now() + datetime.timedelta(minutes=5)
    monkeypatch.setattr(page_cache, "next_scheduled_change", lambda: moment)
    url = reverse("partners:project-list")
    client.get(url)
    version = page_cache.content_version()
    assert page_cache.content_version() == version
    later = moment + datetime.timedelta(seconds=1)
    monkeypatch.setattr(page_cache.timezone, "now", lambda: later)
    assert page_cache.content_version() != version
