import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from partners.models import Participation, Project
from tests.factories import OrganisationFactory, ParticipationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def test_funding_split_gives_amounts_and_shares_like_the_seed():
    project = ProjectFactory(total_budget=Decimal("777895"), currency="EUR")
    eu = OrganisationFactory(name="European Union", short_name="EU", is_european_union=True)
    ParticipationFactory(project=project, organisation=eu, role="funder", contribution=739000)
    ParticipationFactory(project=project, role="lead")

    project = Project.objects.with_participants().get(pk=project.pk)
    [share] = project.funding_split()

    assert share.organisation == eu
    assert share.amount == Decimal("739000")
    assert share.share == Decimal("95.0")
    assert project.eu_share == Decimal("95.0")


def test_funders_without_public_amounts_are_listed_last():
    project = ProjectFactory()
    ParticipationFactory(project=project, role="co-funder", contribution=None)
    big = ParticipationFactory(project=project, role="funder", contribution=100)
    split = Project.objects.with_participants().get(pk=project.pk).funding_split()
    assert split[0].organisation == big.organisation
    assert split[1].amount is None and split[1].share is None


def test_implementers_put_the_lead_first():
    project = ProjectFactory()
    co = ParticipationFactory(project=project, role="co-implementer")
    lead = ParticipationFactory(project=project, role="lead")
    ParticipationFactory(project=project, role="partner")
    assert project.implementers() == [lead.organisation, co.organisation]


def test_end_date_before_start_is_a_validation_error():
    project = ProjectFactory.build(
        start_date=datetime.date(2024, 5, 1), end_date=datetime.date(2024, 4, 1)
    )
    with pytest.raises(ValidationError) as excinfo:
        project.full_clean()
    assert "end_date" in excinfo.value.message_dict


def test_database_refuses_end_before_start_too():
    with pytest.raises(IntegrityError), transaction.atomic():
        ProjectFactory(start_date=datetime.date(2024, 5, 1), end_date=datetime.date(2024, 4, 1))


def test_database_refuses_a_second_lead_implementer():
    project = ProjectFactory()
    ParticipationFactory(project=project, role="lead")
    with pytest.raises(IntegrityError), transaction.atomic():
        ParticipationFactory(project=project, role="lead")


def test_only_funders_contribute_amounts():
    participation = ParticipationFactory.build(
        project=ProjectFactory(), organisation=OrganisationFactory(), role="partner", contribution=5
    )
    with pytest.raises(ValidationError) as excinfo:
        participation.full_clean()
    assert "contribution" in excinfo.value.message_dict


def test_current_and_past_projects():
    today = datetime.date(2025, 6, 1)
    current = ProjectFactory(end_date=datetime.date(2025, 6, 1))
    ongoing = ProjectFactory(end_date=None)
    past = ProjectFactory(end_date=datetime.date(2025, 5, 31))
    assert set(Project.objects.current(today)) == {current, ongoing}
    assert list(Project.objects.past(today)) == [past]


def test_organisation_str_and_funders_queryset():
    eu = OrganisationFactory(name="European Union", short_name="EU")
    ParticipationFactory(organisation=eu, role=Participation.Role.FUNDER, contribution=1)
    ParticipationFactory(organisation=eu, role=Participation.Role.CO_FUNDER, contribution=1)
    OrganisationFactory()
    assert str(eu) == "European Union (EU)"
    assert list(eu.__class__.objects.funders()) == [eu]
