"""One draft preview for events and releases: an address of its own, for staff only, and
the admin's "View on site" goes there while the item is not public."""

import datetime

import pytest
from django.urls import reverse

from tests.factories import EventFactory, PressReleaseFactory
from tests.roles import EDITORS, client_as

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("make", "change"),
    [
        (lambda status: EventFactory(status=status), "admin:events_event_change"),
        (lambda status: PressReleaseFactory(status=status), "admin:pressroom_pressrelease_change"),
    ],
)
def test_view_on_site_is_the_preview_for_a_draft_and_the_page_once_public(make, change):
    editor = client_as(EDITORS)
    draft, public = make("draft"), make("published")

    draft_form = editor.get(reverse(change, args=[draft.pk])).content.decode()
    assert f'href="{draft.get_preview_url()}"' in draft_form
    preview = editor.get(draft.get_preview_url())
    assert preview.status_code == 200
    assert draft.title in preview.content.decode()
    assert "private" in preview["Cache-Control"]

    public_form = editor.get(reverse(change, args=[public.pk])).content.decode()
    assert f'href="{public.get_absolute_url()}"' in public_form


@pytest.mark.parametrize("make", [EventFactory, PressReleaseFactory])
def test_a_preview_is_for_staff_only(client, make):
    draft = make(status="draft")
    response = client.get(draft.get_preview_url())
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize(
    "url",
    ["/en/events/preview/999999/", "/en/press/preview/999999/", "/en/events/preview/abc/"],
)
def test_an_unknown_preview_is_404_for_staff(url):
    assert client_as(EDITORS).get(url).status_code == 404


@pytest.mark.parametrize(
    "url", ["/en/press/0000/some-release/", "/en/press/0000/some-release.pdf", "/en/events/0000/x/"]
)
def test_year_zero_is_no_address_in_either_app(client, url):
    assert client.get(url).status_code == 404


def test_both_apps_build_years_the_same_way():
    event = EventFactory(start_date=datetime.date(2024, 5, 1))
    release = PressReleaseFactory(release_date=event.start_date)
    assert event.get_absolute_url().startswith("/en/events/2024/")
    assert release.get_absolute_url().startswith("/en/press/2024/")
