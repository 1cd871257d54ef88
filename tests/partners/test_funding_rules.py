"""Funding rules held below the forms: contributions within the budget on every save, only
funders contribute (a database constraint), the European Union known by a field."""

import copy
import importlib
import threading
from decimal import Decimal

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from partners import demo
from partners.models import Organisation, Participation, Project
from tests.factories import OrganisationFactory, ParticipationFactory, ProjectFactory
from tests.pages import translated_post
from tests.roles import PUBLISHERS, client_as

pytestmark = pytest.mark.django_db

OVER = "more than the total budget"


@pytest.fixture
def project():
    return ProjectFactory(total_budget=Decimal("1000"), currency="EUR")


# Saving through the ORM, as any code (or a loader) does


def test_a_new_contribution_over_the_budget_is_refused(project):
    ParticipationFactory(project=project, role="funder", contribution=800)
    with pytest.raises(ValidationError) as excinfo:
        ParticipationFactory(project=project, role="co-funder", contribution=300)
    assert excinfo.value.code == "over_budget"
    assert "1,100.00 EUR, more than the total budget of 1,000.00 EUR" in str(excinfo.value)
    assert project.participations.count() == 1


def test_raising_a_saved_contribution_over_the_budget_is_refused(project):
    ParticipationFactory(project=project, role="funder", contribution=800)
    funder = ParticipationFactory(project=project, role="co-funder", contribution=200)
    funder.contribution = 201
    with pytest.raises(ValidationError):
        funder.save()
    funder.refresh_from_db()
    assert funder.contribution == 200


def test_the_budget_cannot_be_lowered_below_the_contributions(project):
    ParticipationFactory(project=project, role="funder", contribution=800)
    project.total_budget = Decimal("799")
    with pytest.raises(ValidationError):
        project.save()
    assert Project.objects.get(pk=project.pk).total_budget == Decimal("1000")
    project.total_budget = Decimal("800")
    project.save()
    assert Project.objects.get(pk=project.pk).total_budget == Decimal("800")


def test_contributions_up_to_the_budget_and_undisclosed_ones_are_fine(project):
    ParticipationFactory(project=project, role="funder", contribution=600)
    ParticipationFactory(project=project, role="co-funder", contribution=400)
    ParticipationFactory(project=project, role="co-funder", contribution=None)
    assert project.participations.count() == 3


def test_a_project_without_a_budget_takes_any_contribution():
    project = ProjectFactory(total_budget=None)
    ParticipationFactory(project=project, role="funder", contribution=10**9)
    project.total_budget = Decimal(5)
    with pytest.raises(ValidationError):
        project.save()


def test_the_demo_loader_is_refused_when_it_would_exceed_the_budget(monkeypatch):
    projects = copy.deepcopy(demo.PROJECTS)
    eu_row = next(i for i, row in enumerate(projects[0]["participations"]) if row[0] == "eu")
    slug, role, _amount = projects[0]["participations"][eu_row]
    projects[0]["participations"][eu_row] = (slug, role, Decimal("777896.00"))
    monkeypatch.setattr(demo, "PROJECTS", projects)
    with pytest.raises(ValidationError) as excinfo, transaction.atomic():
        demo.build()
    assert excinfo.value.code == "over_budget"
    assert not Participation.objects.filter(contribution=Decimal("777896.00")).exists()


def test_the_demo_loader_marks_the_european_union_and_its_share():
    demo.build()
    eu = Organisation.objects.get(is_european_union=True)
    assert eu.slug == "eu"
    project = Project.objects.with_participants().get(slug="rule-of-law-for-all")
    assert project.eu_share == Decimal("95.0")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_saves_at_once_cannot_both_pass_the_budget():
    """The first save holds the project's row until it commits; the second waits, then
    sees the first one's amount and is refused."""
    project = ProjectFactory(total_budget=Decimal("1000"))
    first_org, second_org = OrganisationFactory(), OrganisationFactory()
    first_saved, outcome = threading.Event(), {}

    def first():
        try:
            with transaction.atomic():
                Participation(
                    project=project, organisation=first_org, role="funder", contribution=600
                ).save()
                first_saved.set()
                # Hold the lock long enough for the second save to arrive and wait on it.
                threading.Event().wait(1.0)
        finally:
            connection.close()

    def second():
        first_saved.wait(5)
        try:
            Participation(
                project=project, organisation=second_org, role="co-funder", contribution=600
            ).save()
            outcome["second"] = "saved"
        except ValidationError:
            outcome["second"] = "refused"
        finally:
            connection.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert outcome == {"second": "refused"}
    assert Participation.objects.filter(project=project).count() == 1


# Only funders contribute: the database refuses it too


def test_the_database_refuses_an_amount_for_a_partner():
    participation = ParticipationFactory(role="partner")
    with pytest.raises(IntegrityError), transaction.atomic():
        Participation.objects.filter(pk=participation.pk).update(contribution=5)


def test_the_constraint_says_it_in_words():
    participation = ParticipationFactory.build(
        project=ProjectFactory(), organisation=OrganisationFactory(), role="lead", contribution=1
    )
    with pytest.raises(ValidationError) as excinfo:
        participation.validate_constraints()
    assert "Only a funder or co-funder contributes an amount." in str(excinfo.value)


# The European Union, by a field


def test_eu_share_follows_the_field_not_the_short_name():
    project = ProjectFactory(total_budget=Decimal("777895"))
    look_alike = OrganisationFactory(name="Eurasian Union of Lawyers", short_name="EU")
    eu = OrganisationFactory(name="European Union", short_name="EUR-UNION", is_european_union=True)
    ParticipationFactory(project=project, organisation=look_alike, role="co-funder", contribution=1)
    ParticipationFactory(project=project, organisation=eu, role="funder", contribution=739000)
    project = Project.objects.with_participants().get(pk=project.pk)
    assert project.eu_share == Decimal("95.0")


def test_no_eu_share_without_the_european_union():
    project = ProjectFactory(total_budget=Decimal("1000"))
    eu_by_name_only = OrganisationFactory(short_name="EU")
    ParticipationFactory(
        project=project, organisation=eu_by_name_only, role="funder", contribution=1
    )
    assert Project.objects.with_participants().get(pk=project.pk).eu_share is None


def test_only_one_organisation_is_the_european_union():
    OrganisationFactory(is_european_union=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganisationFactory(is_european_union=True)


def test_the_migration_recognises_the_existing_european_union():
    migration = importlib.import_module("partners.migrations.0004_organisation_is_european_union")
    delegation = OrganisationFactory(name="EU Delegation", short_name="EU")
    eu = OrganisationFactory(name="European Union", short_name="")
    migration.mark_the_european_union(apps, None)
    assert list(Organisation.objects.filter(is_european_union=True)) == [eu]
    assert not Organisation.objects.get(pk=delegation.pk).is_european_union


# The admin keeps its friendly message and changes nothing


def _change_post(project, rows, **overrides):
    data = {
        "title": project.title,
        "short_name": project.short_name,
        "slug": project.slug,
        "summary": project.summary,
        "description": "",
        "start_date": project.start_date.isoformat(),
        "end_date": project.end_date.isoformat(),
        "countries": ["KZ"],
        "total_budget": str(project.total_budget),
        "currency": project.currency,
        "participations-TOTAL_FORMS": str(len(rows)),
        "participations-INITIAL_FORMS": str(len(rows)),
        "participations-MIN_NUM_FORMS": "0",
        "participations-MAX_NUM_FORMS": "1000",
    }
    for i, (row, contribution) in enumerate(rows):
        data.update(
            {
                f"participations-{i}-id": str(row.pk),
                f"participations-{i}-project": str(project.pk),
                f"participations-{i}-organisation": str(row.organisation_id),
                f"participations-{i}-role": row.role,
                f"participations-{i}-contribution": contribution,
            }
        )
    data.update(overrides)
    return translated_post(data)


@pytest.fixture
def publisher():
    return client_as(PUBLISHERS)


def test_raising_a_contribution_in_the_admin_shows_the_message_and_changes_nothing(
    publisher, project
):
    funder = ParticipationFactory(project=project, role="funder", contribution=800)
    url = reverse("admin:partners_project_change", args=[project.pk])
    response = publisher.post(url, _change_post(project, [(funder, "1200")]))
    assert response.status_code == 200
    assert (
        "The contributions add up to 1,200.00 EUR, more than the total budget of 1,000.00 EUR."
        in response.content.decode()
    )
    funder.refresh_from_db()
    assert funder.contribution == 800


def test_moving_money_between_funders_in_one_save_works(publisher, project):
    """Each row's save checks the budget against the rows stored so far; the lowered row
    is saved first, so the raised one fits."""
    first = ParticipationFactory(project=project, role="funder", contribution=300)
    second = ParticipationFactory(project=project, role="co-funder", contribution=700)
    url = reverse("admin:partners_project_change", args=[project.pk])
    response = publisher.post(url, _change_post(project, [(first, "900"), (second, "100")]))
    assert response.status_code == 302
    assert sorted(project.participations.values_list("contribution", flat=True)) == [100, 900]


def test_lowering_budget_and_contributions_together_is_explained(publisher, project):
    funder = ParticipationFactory(project=project, role="funder", contribution=800)
    url = reverse("admin:partners_project_change", args=[project.pk])
    data = _change_post(project, [(funder, "400")], total_budget="500")
    response = publisher.post(url, data)
    assert response.status_code == 200
    assert "Lower the contributions and save first, then lower the budget." in (
        response.content.decode()
    )
    project.refresh_from_db()
    funder.refresh_from_db()
    assert (project.total_budget, funder.contribution) == (Decimal("1000"), Decimal("800"))
