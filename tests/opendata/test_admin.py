"""Staff check what they publish: the admin's project page shows the project's IATI file,
whether it validates, and what IATI needs that the project lacks (opendata registers the
panel through core.registry; partners' admin does not import opendata)."""

import datetime
import html

import pytest
from django.urls import reverse

from partners.models import Participation, Project

pytestmark = pytest.mark.django_db


def change_page(client, project) -> str:
    response = client.get(reverse("admin:partners_project_change", args=[project.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("role", ["staff_client", "publisher_client"])
def test_the_project_page_shows_its_iati_file_and_what_it_lacks(demo, role, request):
    client = request.getfixturevalue(role)
    project = Project.objects.get(slug="rule-of-law-for-all")
    page = change_page(client, project)
    panel = page.split('id="panel-iati"', 1)[1].split("</fieldset>", 1)[0]
    assert "IATI (open data)" in page
    assert "The file validates against the official IATI 2.03 schema." in panel
    # The XML itself, escaped.
    assert (
        "&lt;iati-identifier&gt;XX-LPRC-NOT-SET-rule-of-law-for-all&lt;/iati-identifier&gt;"
        in panel
    )
    assert "777895.00" in panel
    text = html.unescape(panel)
    assert "LPRC's IATI organisation identifier is not set" in text
    assert "No IATI activity identifier" in text
    assert "The contribution of European Union (739,000.00 EUR) has no date" in text
    assert "No sector" not in text  # legal and judicial development, by default


def test_what_staff_add_clears_the_findings(demo, publisher_client, settings):
    settings.IATI_ORGANISATION_IDENTIFIER = "XM-TEST-000"  # a test's value, not LPRC's
    project = Project.objects.get(slug="rule-of-law-for-all")
    project.iati_identifier = "XM-TEST-000-ROL4ALL"
    project.save()
    Participation.objects.filter(project=project, organisation__slug="eu").update(
        committed_on=datetime.date(2023, 12, 15)  # a test's date, not a fact
    )
    text = html.unescape(change_page(publisher_client, project))
    assert "identifier is not set" not in text
    assert "No IATI activity identifier" not in text
    assert "has no date" not in text
    assert "<iati-identifier>XM-TEST-000-ROL4ALL</iati-identifier>" in text
    assert '<transaction-type code="11"/>' in text
    # What is left is advice, not a lack: one budget over three years.
    assert "a budget per year at most" in text


def test_a_project_without_sector_or_partners_is_flagged(db, publisher_client):
    from tests.factories import ProjectFactory

    project = ProjectFactory(dac_sector="", countries=[])
    text = html.unescape(change_page(publisher_client, project))
    assert "No sector" in text
    assert "No participating organisation" in text
    assert "No recipient country" in text


def test_a_commitment_date_needs_its_amount(demo, publisher_client):
    from django.core.exceptions import ValidationError

    iphr = Participation.objects.get(project__slug="rule-of-law-for-all", organisation__slug="iphr")
    iphr.committed_on = datetime.date(2024, 1, 1)
    with pytest.raises(ValidationError) as refused:
        iphr.full_clean()
    assert "enter the amount too, or clear the date" in str(refused.value)


def test_the_add_page_has_no_panel(publisher_client):
    page = publisher_client.get(reverse("admin:partners_project_add")).content.decode()
    assert 'id="panel-iati"' not in page
    assert 'name="iati_identifier"' in page and 'name="dac_sector"' in page
    assert 'name="participations-0-committed_on"' in page
