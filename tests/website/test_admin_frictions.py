"""Smaller frictions staff met in the admin (issue 16): each one as staff would check it."""

import pytest
from django.contrib.admin.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from partners.models import Organisation
from tests.events.test_admin import event_post
from tests.factories import OrganisationFactory, png_bytes

pytestmark = pytest.mark.django_db


def organisation_post(organisation=None, **overrides):
    data = {
        "name": "Academy of the Ministry of Justice",
        "short_name": "",
        "slug": "academy-ministry-justice",
        "kind": "academic",
        "other_kinds": ["government"],
        "country": "KZ",
        "website": "",
        "description": "",
        "funder_statement": "",
        "people-TOTAL_FORMS": "0",
        "people-INITIAL_FORMS": "0",
        "people-MIN_NUM_FORMS": "0",
        "people-MAX_NUM_FORMS": "1000",
        "_save": "Save",
    }
    data.update(overrides)
    return data


def test_slugs_fill_from_the_name_not_the_short_name(staff_client):
    html = staff_client.get(reverse("admin:partners_organisation_add")).content.decode()
    assert "&quot;dependency_ids&quot;: [&quot;#id_name_en&quot;]" in html
    html = staff_client.get(reverse("admin:partners_project_add")).content.decode()
    assert "&quot;dependency_ids&quot;: [&quot;#id_title_en&quot;]" in html


def test_an_organisation_of_two_kinds_is_listed_under_both(publisher_client):
    response = publisher_client.post(
        reverse("admin:partners_organisation_add"), organisation_post()
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    academy = Organisation.objects.get(slug="academy-ministry-justice")
    assert academy.kinds == ["academic", "government"]
    listing = Client().get(reverse("partners:organisation-list")).content.decode()
    academic, government = (
        listing.split("Academic institution</h2>")[1].split("</section>")[0],
        listing.split("Government body</h2>")[1].split("</section>")[0],
    )
    assert "Academy of the Ministry of Justice" in academic
    assert "Academy of the Ministry of Justice" in government
    page = Client().get(academy.get_absolute_url()).content.decode()
    assert "Academic institution, Government body" in page


def test_line_endings_alone_are_no_change_in_the_history(publisher_client):
    organisation = OrganisationFactory(
        name="Dignity Public Association",
        slug="dignity",
        kind="civil-society",
        description="First paragraph.\n\nSecond paragraph.",
    )
    data = organisation_post(
        name=organisation.name,
        short_name=organisation.short_name,
        slug="dignity",
        kind="civil-society",
        other_kinds=[],
        description="First paragraph.\r\n\r\nSecond paragraph.",
        _save="Save",
    )
    response = publisher_client.post(
        reverse("admin:partners_organisation_change", args=[organisation.pk]), data
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = LogEntry.objects.filter(object_id=str(organisation.pk)).latest("action_time")
    assert entry.get_change_message() == "No fields changed."
    organisation.refresh_from_db()
    assert organisation.description == "First paragraph.\n\nSecond paragraph."


def test_a_form_with_errors_says_which_files_to_choose_again(publisher_client):
    data = event_post(start_date="not a date")
    data.update(
        {
            "photos-TOTAL_FORMS": "1",
            "photos-0-image": SimpleUploadedFile("plenary.png", png_bytes(), "image/png"),
            "photos-0-caption": "Plenary",
            "photos-0-alt_text": "",
            "photos-0-credit": "",
            "photos-0-order": "0",
        }
    )
    response = publisher_client.post(reverse("admin:events_event_add"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "the file you chose (plenary.png) is not kept" in html
    assert "choose it again before saving" in html


def test_date_boxes_carry_no_time_zone_warning(staff_client):
    html = staff_client.get(reverse("admin:events_event_add")).content.decode()
    assert "/static/css/admin.css" in html
    from django.contrib.staticfiles import finders

    css = open(finders.find("css/admin.css")).read()  # noqa: SIM115 - read once, closed by gc
    assert ".timezonewarning { display: none; }" in css
    assert ".datetime .timezonewarning { display: block; }" in css
