"""factory_boy factories for every app's models; tests build their data here."""

import datetime
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from partners.models import Organisation, Participation, Person, Project


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    short_name = factory.Sequence(lambda n: f"ORG{n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = Organisation.Kind.CIVIL_SOCIETY
    country = "KZ"


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Person {n}")
    position = "Coordinator"
    organisation = factory.SubFactory(OrganisationFactory)
    phone = "+77010000000"
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    is_press_contact = True


class ProjectFactory(DjangoModelFactory):
    class Meta:
        model = Project

    title = factory.Sequence(lambda n: f"Project number {n}")
    short_name = factory.Sequence(lambda n: f"P{n}")
    slug = factory.Sequence(lambda n: f"project-{n}")
    summary = "A project that strengthens the rule of law."
    start_date = datetime.date(2024, 1, 1)
    end_date = datetime.date(2099, 12, 31)
    total_budget = Decimal("777895.00")
    currency = "EUR"


class ParticipationFactory(DjangoModelFactory):
    class Meta:
        model = Participation

    project = factory.SubFactory(ProjectFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Participation.Role.PARTNER
    contribution = None
