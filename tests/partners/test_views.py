import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from tests.factories import (
    OrganisationFactory,
    ParticipationFactory,
    PersonFactory,
    ProjectFactory,
)
from tests.pages import empty_page_cache

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_project():
    project = ProjectFactory(
        title="Coordinated Civil Society Action to Promote the Rule of Law for All",
        slug="rule-of-law-for-all",
        total_budget=Decimal("777895"),
    )
    lprc = OrganisationFactory(name="Legal Policy Research Centre", short_name="LPRC", slug="lprc")
    iphr = OrganisationFactory(name="International Partnership for Human Rights", short_name="IPHR")
    eu = OrganisationFactory(name="European Union", short_name="EU", kind="donor", slug="eu")
    ParticipationFactory(project=project, organisation=lprc, role="lead")
    ParticipationFactory(project=project, organisation=iphr, role="co-implementer")
    ParticipationFactory(project=project, organisation=eu, role="funder", contribution=739000)
    return project


def test_project_page_shows_the_funding_split_and_partners_by_role(client, seed_project):
    response = client.get(seed_project.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "EUR 739,000 of EUR 777,895 = 95.0 % from European Union" in html
    assert "Lead implementer" in html and "Legal Policy Research Centre" in html
    assert "Co-implementer" in html and "International Partnership for Human Rights" in html


def test_project_list_separates_current_and_past(client, seed_project):
    ProjectFactory(
        title="An old project",
        end_date=datetime.date(2020, 1, 1),
        start_date=datetime.date(2018, 1, 1),
    )
    html = client.get(reverse("partners:project-list")).content.decode()
    current, past = html.split("Past projects", 1)
    assert seed_project.title in current
    assert "An old project" in past


def test_funders_page_totals_by_currency(client, seed_project):
    eu = seed_project.participations.get(role="funder").organisation
    other = ProjectFactory(title="Second EU project", currency="USD", total_budget=1000)
    ParticipationFactory(project=other, organisation=eu, role="co-funder", contribution=500)
    html = client.get(reverse("partners:funder-list")).content.decode()
    assert "European Union" in html
    assert "EUR 739,000" in html
    assert "USD 500" in html
    assert "Total stated (EUR)" in html and "Total stated (USD)" in html


def test_organisation_pages(client, seed_project):
    lprc = seed_project.participations.get(role="lead").organisation
    PersonFactory(organisation=lprc, name="Olga Miroshnichenko", phone="+77017444429")
    PersonFactory(organisation=lprc, name="Not For Press", is_press_contact=False)
    listing = client.get(reverse("partners:organisation-list")).content.decode()
    assert "Civil society organisation" in listing and "Legal Policy Research Centre" in listing
    detail = client.get(lprc.get_absolute_url()).content.decode()
    assert seed_project.title in detail and "Lead implementer" in detail
    assert "Olga Miroshnichenko" in detail and "+77017444429" in detail
    assert "Not For Press" not in detail


@pytest.mark.parametrize(
    "url",
    ["/en/projects/no-such-project/", "/en/partners/no-such-org/", "/en/projects/%E2%80%94/"],
)
def test_unknown_slugs_are_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def build_portfolio(count):
    funder = OrganisationFactory(kind="donor")
    for _ in range(count):
        project = ProjectFactory()
        ParticipationFactory(project=project, role="lead")
        ParticipationFactory(project=project, role="partner")
        ParticipationFactory(project=project, organisation=funder, role="funder", contribution=10)
    return project, funder


PAGES = [
    lambda project, funder: reverse("website:home"),
    lambda project, funder: reverse("partners:project-list"),
    lambda project, funder: project.get_absolute_url(),
    lambda project, funder: reverse("partners:organisation-list"),
    lambda project, funder: funder.get_absolute_url(),
    lambda project, funder: reverse("partners:funder-list"),
]


@pytest.mark.parametrize(
    "page", PAGES, ids=["home", "projects", "project", "partners", "partner", "funders"]
)
def test_each_page_runs_the_same_queries_at_two_sizes(client, django_assert_max_num_queries, page):
    project, funder = build_portfolio(3)
    url = page(project, funder)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    empty_page_cache()
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    project, funder = build_portfolio(150)
    url = page(project, funder)
    empty_page_cache()
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(url).status_code == 200
