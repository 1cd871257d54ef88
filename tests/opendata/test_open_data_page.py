"""/en/open-data/: linked from every page's footer, every source listed with its licence and
when it last changed, and every link on it answers."""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.dateformat import format as date_format

from core.publishing import content_set_status, public_change
from events.models import Event
from partners.models import Organisation, Project
from pressroom.models import Coverage, PressRelease
from tests.factories import staff_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/en/", "/en/events/", "/en/projects/just4all/", "/en/press/", "/en/search/"]
)
def test_every_page_links_open_data_in_its_footer(demo, url):
    html = Client().get(url).content.decode()
    footer = html.split('<footer class="site-footer">', 1)[1]
    assert 'href="/en/open-data/"' in footer


def test_the_page_lists_every_source_with_licence_and_date(demo, generous_rate):
    client = Client()
    response = client.get("/en/open-data/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "CC BY 4.0" in html and "https://creativecommons.org/licenses/by/4.0/" in html
    links = set(
        re.findall(
            r'href="((?:/en)?/(?:api|open-data|press/feed|events/calendar|sitemap)[^"]*)"', html
        )
    )
    expected = {
        "/en/api/v1/",
        "/en/open-data/api/",
        "/en/api/v1/openapi.json",
        "/en/open-data/iati/activities.xml",
        "/en/open-data/iati/organisation.xml",
        "/en/open-data/events.csv",
        "/en/open-data/projects.csv",
        "/en/open-data/organisations.csv",
        "/en/press/feed/",
        "/en/press/feed/atom/",
        "/en/events/calendar.ics",
        "/sitemap.xml",
    }
    assert expected <= links
    for link in links:
        assert client.get(link).status_code == 200, link
    latest = Event.objects.published().latest("updated_at").updated_at
    assert date_format(timezone.localtime(latest), "j F Y") in html
    # The placeholder identifier is said, not hidden.
    assert "not registered on this site yet" in html


def test_the_dates_follow_publishing(demo):
    client = Client()
    long_ago = datetime.datetime(2024, 12, 2, 12, tzinfo=datetime.UTC)
    with public_change():
        for model in (Event, Project, Organisation, PressRelease, Coverage):
            model.objects.update(updated_at=long_ago)
        PressRelease.objects.update(publish_at=long_ago)
        Event.objects.filter(kind="academy").update(status="draft")
    html = client.get("/en/open-data/").content.decode()
    assert html.count("2 December 2024") >= 6
    today = date_format(timezone.localdate(), "j F Y")
    assert today not in html

    event = Event.objects.get(kind="academy")
    content_set_status(objs=[event], user=staff_user("publishers"), status="published")
    html = client.get("/en/open-data/").content.decode()
    assert today in html  # publishing renewed the cached page


def test_a_project_page_links_its_data(demo):
    html = Client().get("/en/projects/just4all/").content.decode()
    assert 'href="/en/api/v1/projects/just4all/"' in html
    assert 'href="/en/open-data/iati/activities/just4all.xml"' in html
