import pytest

from partners.models import Participation
from tests.factories import (
    OrganisationFactory,
    ParticipationFactory,
    PersonFactory,
    ProjectFactory,
)

EU_STATEMENT = (
    "This project is funded by the European Union\n"
    "Delegation of the European Union to the Republic of Kazakhstan\n"
    "62, Kosmonavtov str., 7th floor\n"
    "Astana 010000, Kazakhstan"
)


@pytest.fixture
def eu_project(db):
    """A project as in the seeds: LPRC leads, IPHR co-implements, the EU funds it."""
    project = ProjectFactory(
        title="Coordinated Civil Society Action to Promote the Rule of Law for All",
        short_name="",
        slug="rule-of-law-for-all",
    )
    lprc = OrganisationFactory(
        name="Legal Policy Research Centre", short_name="LPRC", slug="lprc", is_site_owner=True
    )
    iphr = OrganisationFactory(
        name="International Partnership for Human Rights", short_name="IPHR", slug="iphr"
    )
    eu = OrganisationFactory(
        name="European Union",
        short_name="EU",
        slug="eu",
        kind="donor",
        funder_statement=EU_STATEMENT,
    )
    ParticipationFactory(project=project, organisation=lprc, role=Participation.Role.LEAD)
    ParticipationFactory(project=project, organisation=iphr, role=Participation.Role.CO_IMPLEMENTER)
    ParticipationFactory(
        project=project, organisation=eu, role=Participation.Role.FUNDER, contribution=739000
    )
    project.lprc, project.iphr, project.eu = lprc, iphr, eu
    return project


@pytest.fixture
def contact(eu_project):
    return PersonFactory(
        name="Olga Miroshnichenko",
        position="LPRC coordinator",
        organisation=eu_project.lprc,
        phone="+77017444429",
        email="omiroshnichenko@hotmail.com",
    )
