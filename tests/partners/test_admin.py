import pytest
from django.urls import reverse

from partners.models import Organisation, Participation, Project
from tests.factories import OrganisationFactory, ParticipationFactory, ProjectFactory, png_bytes
from tests.pages import translated_post

pytestmark = pytest.mark.django_db


def project_post(**overrides):
    data = {
        "title": "Coordinated Civil Society Action",
        "short_name": "CCSA",
        "slug": "ccsa",
        "summary": "Civil society and the rule of law.",
        "description": "",
        "start_date": "2024-01-01",
        "end_date": "2026-12-31",
        "countries": ["KZ"],
        "total_budget": "777895",
        "currency": "EUR",
        "participations-TOTAL_FORMS": "0",
        "participations-INITIAL_FORMS": "0",
        "participations-MIN_NUM_FORMS": "0",
        "participations-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return translated_post(data)


def with_participations(data, rows):
    data["participations-TOTAL_FORMS"] = str(len(rows))
    for i, (organisation, role, contribution) in enumerate(rows):
        data[f"participations-{i}-organisation"] = str(organisation.pk)
        data[f"participations-{i}-role"] = role
        data[f"participations-{i}-contribution"] = contribution
    return data


def test_staff_add_a_project_with_its_funding(publisher_client):
    lprc, eu = OrganisationFactory(short_name="LPRC"), OrganisationFactory(short_name="EU")
    data = with_participations(project_post(), [(lprc, "lead", ""), (eu, "funder", "739000")])
    response = publisher_client.post(reverse("admin:partners_project_add"), data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    project = Project.objects.get(slug="ccsa")
    assert project.participations.count() == 2
    assert project.participations.get(role="funder").contribution == 739000


def test_end_date_before_start_is_explained(staff_client):
    response = staff_client.post(
        reverse("admin:partners_project_add"), project_post(end_date="2023-01-01")
    )
    assert response.status_code == 200
    assert "The end date must be on or after the start date." in response.content.decode()
    assert not Project.objects.exists()


def test_contributions_over_the_budget_are_refused(staff_client):
    eu, other = OrganisationFactory(), OrganisationFactory()
    data = with_participations(
        project_post(total_budget="1000"), [(eu, "funder", "800"), (other, "co-funder", "300")]
    )
    response = staff_client.post(reverse("admin:partners_project_add"), data)
    assert response.status_code == 200
    assert (
        "The contributions add up to 1,100.00 EUR, more than the total budget of 1,000.00 EUR."
        in response.content.decode()
    )
    assert not Project.objects.exists()


def test_second_lead_implementer_is_refused(staff_client):
    a, b = OrganisationFactory(), OrganisationFactory()
    data = with_participations(project_post(), [(a, "lead", ""), (b, "lead", "")])
    response = staff_client.post(reverse("admin:partners_project_add"), data)
    assert response.status_code == 200
    assert "A project has only one lead implementer" in response.content.decode()
    assert not Participation.objects.exists()


def test_second_lead_against_a_saved_one_is_refused_on_change(staff_client):
    project = ProjectFactory()
    lead = ParticipationFactory(project=project, role="lead")
    newcomer = OrganisationFactory()
    data = project_post(
        title=project.title, slug=project.slug, total_budget=str(project.total_budget)
    )
    data.update(
        {
            "participations-TOTAL_FORMS": "2",
            "participations-INITIAL_FORMS": "1",
            "participations-0-id": str(lead.pk),
            "participations-0-project": str(project.pk),
            "participations-0-organisation": str(lead.organisation.pk),
            "participations-0-role": "lead",
            "participations-0-contribution": "",
            "participations-1-organisation": str(newcomer.pk),
            "participations-1-role": "lead",
            "participations-1-contribution": "",
        }
    )
    response = staff_client.post(reverse("admin:partners_project_change", args=[project.pk]), data)
    assert response.status_code == 200
    assert "only one lead implementer" in response.content.decode()
    assert project.participations.count() == 1


def organisation_post(**overrides):
    data = {
        "name": "Legal Policy Research Centre",
        "short_name": "LPRC",
        "slug": "lprc",
        "kind": "civil-society",
        "country": "KZ",
        "website": "",
        "description": "",
        "funder_statement": "",
        "people-TOTAL_FORMS": "0",
        "people-INITIAL_FORMS": "0",
        "people-MIN_NUM_FORMS": "0",
        "people-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return translated_post(data)


def upload(name, content, content_type="image/png"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type=content_type)


def test_logo_upload_is_stored_under_a_hashed_name(publisher_client):
    response = publisher_client.post(
        reverse("admin:partners_organisation_add"),
        organisation_post(logo=upload("Our Logo.PNG", png_bytes())),
    )
    assert response.status_code == 302
    logo = Organisation.objects.get(slug="lprc").logo
    assert logo.name.startswith("logos/") and logo.name.endswith(".png")
    assert "Our Logo" not in logo.name


def test_logo_that_is_not_an_image_is_refused(staff_client):
    response = staff_client.post(
        reverse("admin:partners_organisation_add"),
        organisation_post(logo=upload("logo.png", b"<html>not an image</html>")),
    )
    assert response.status_code == 200
    assert "SVG and HTML files are not accepted" in response.content.decode()
    assert not Organisation.objects.exists()


def test_logo_that_is_too_large_is_refused(staff_client):
    big = png_bytes() + b"\0" * (2 * 1024 * 1024)
    response = staff_client.post(
        reverse("admin:partners_organisation_add"), organisation_post(logo=upload("logo.png", big))
    )
    assert response.status_code == 200
    assert "the limit is 2.0\xa0MB" in response.content.decode()
    assert not Organisation.objects.exists()


def test_deleting_an_organisation_in_a_project_is_refused_and_explained(publisher_client):
    participation = ParticipationFactory(role="funder", contribution=100)
    organisation = participation.organisation
    url = reverse("admin:partners_organisation_delete", args=[organisation.pk])

    page = publisher_client.get(url)
    assert page.status_code == 200
    assert "would require deleting the following protected related objects" in page.content.decode()

    response = publisher_client.post(url, {"post": "yes"})
    assert response.status_code in (200, 403)
    assert Organisation.objects.filter(pk=organisation.pk).exists()
    assert Participation.objects.filter(pk=participation.pk).exists()


def test_bulk_delete_of_a_funder_is_refused_too(publisher_client):
    participation = ParticipationFactory(role="funder", contribution=100)
    response = publisher_client.post(
        reverse("admin:partners_organisation_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [participation.organisation.pk],
            "post": "yes",
        },
    )
    assert response.status_code == 200
    assert "protected" in response.content.decode()
    assert Organisation.objects.filter(pk=participation.organisation.pk).exists()


@pytest.mark.parametrize(
    "name",
    ["partners_organisation", "partners_person", "partners_project"],
)
def test_admin_lists_and_add_forms_render(staff_client, name):
    OrganisationFactory()
    ParticipationFactory(role="lead")
    assert staff_client.get(reverse(f"admin:{name}_changelist") + "?q=org").status_code == 200
    assert staff_client.get(reverse(f"admin:{name}_add")).status_code == 200


def test_organisation_autocomplete_finds_by_short_name(staff_client):
    OrganisationFactory(name="United Nations Office on Drugs and Crime", short_name="UNODC")
    OrganisationFactory(name="Something else", short_name="SE")
    response = staff_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "unodc",
            "app_label": "partners",
            "model_name": "participation",
            "field_name": "organisation",
        },
    )
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["text"] for r in results] == ["United Nations Office on Drugs and Crime (UNODC)"]
