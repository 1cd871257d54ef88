"""What every open-data address does besides its content: 304s on ETag and on
Last-Modified, CORS for scripts on other sites (the preflight too), and a rate limit per
client address that answers 429 with Retry-After, cached answers included."""

import json

import pytest
from django.test import Client
from django.utils.http import http_date, parse_http_date

from core.publishing import public_change
from partners.models import Organisation
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

OPEN_DATA = [
    "/en/api/v1/",
    "/en/api/v1/projects/",
    "/en/api/v1/openapi.json",
    "/en/open-data/projects.csv",
    "/en/open-data/iati/activities.xml",
    "/en/open-data/iati/organisation.xml",
]


@pytest.fixture
def project(db):
    from tests.factories import OrganisationFactory, ParticipationFactory

    made = ProjectFactory(slug="http-project", title="HTTP project")
    ParticipationFactory(project=made, organisation=OrganisationFactory(), role="lead")
    return made


@pytest.mark.parametrize("url", OPEN_DATA)
def test_etag_and_last_modified_give_304(project, url, generous_rate):
    client = Client()
    first = client.get(url)
    assert first.status_code == 200
    assert first["Access-Control-Allow-Origin"] == "*"
    etag, modified = first["ETag"], first["Last-Modified"]
    assert parse_http_date(modified)

    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["Access-Control-Allow-Origin"] == "*"  # a script may read the 304

    since = client.get(url, HTTP_IF_MODIFIED_SINCE=modified)
    assert since.status_code == 304
    earlier = http_date(parse_http_date(modified) - 60)
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200


def test_a_change_gives_a_new_etag_and_a_later_last_modified(project, generous_rate, settings):
    client = Client()
    first = client.get("/en/api/v1/projects/")
    with public_change():
        Organisation.objects.update(name="Renamed")  # no signal: the publishing path renews
    second = client.get("/en/api/v1/projects/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert second["ETag"] != first["ETag"]
    assert "Renamed" in second.content.decode()
    assert parse_http_date(second["Last-Modified"]) >= parse_http_date(first["Last-Modified"])


def test_a_304_from_another_process_still_carries_cors(project, generous_rate):
    """The cache is empty (another worker served the page): the ETag alone answers."""
    from django.core.cache import cache

    client = Client()
    etag = client.get("/en/api/v1/projects/")["ETag"]
    cache.clear()
    again = client.get("/en/api/v1/projects/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"


def test_preflight_lets_a_script_send_if_none_match(project):
    response = Client().options(
        "/en/api/v1/projects/",
        HTTP_ORIGIN="https://partner.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_nothing_but_reading(project):
    client = Client(enforce_csrf_checks=False)
    for method in (client.post, client.put, client.delete):
        response = method("/en/api/v1/projects/")
        assert response.status_code in {403, 405}, method
    assert Client().put("/en/open-data/projects.csv").status_code in {403, 405}


def test_rate_limit_per_address_with_retry_after(project, settings):
    settings.OPEN_DATA_RATE = "3/min"
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(3):
        assert client.get("/en/api/v1/projects/").status_code == 200  # the last two from the cache
    refused = client.get("/en/api/v1/projects/")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused["Access-Control-Allow-Origin"] == "*"
    assert "try again" in json.loads(refused.content)["detail"]
    assert client.get("/en/open-data/projects.csv").status_code == 429  # one limit for all
    # Another address is counted on its own; the site's pages are not limited at all.
    assert Client(REMOTE_ADDR="203.0.113.8").get("/en/api/v1/projects/").status_code == 200
    assert client.get("/en/projects/").status_code == 200


def test_behind_our_proxy_the_visitor_is_counted_not_the_proxy(project, settings):
    settings.OPEN_DATA_RATE = "2/min"
    settings.TRUSTED_PROXIES = 1

    def from_visitor(address):
        return Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=address)

    for _ in range(2):
        assert from_visitor("198.51.100.1").get("/en/api/v1/").status_code == 200
    assert from_visitor("198.51.100.1").get("/en/api/v1/").status_code == 429
    assert from_visitor("198.51.100.2").get("/en/api/v1/").status_code == 200
