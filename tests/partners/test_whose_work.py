"""Whose work is it: the site tells LPRC's own projects and events from the partners'
ones it takes part in or reports on, and says who funds what, with the amounts the
sources state and nothing more."""

import datetime
from decimal import Decimal

import pytest
from django.test import Client

from tests.factories import (
    EventFactory,
    EventOrganisationFactory,
    OrganisationFactory,
    ParticipationFactory,
    PersonFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db


def public(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def world():
    lprc = OrganisationFactory(name="Legal Policy Research Centre", short_name="LPRC")
    lprc.is_site_owner = True
    lprc.save()
    unodc = OrganisationFactory(name="United Nations Office on Drugs and Crime", short_name="UNODC")
    eu = OrganisationFactory(name="European Union", short_name="EU", kind="donor")
    us = OrganisationFactory(name="Bureau of Counterterrorism, U.S. Department of State")
    ours = ProjectFactory(
        title="Rule of Law for All",
        total_budget=Decimal("777895"),
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2099, 12, 31),
    )
    ParticipationFactory(project=ours, organisation=lprc, role="lead")
    ParticipationFactory(project=ours, organisation=eu, role="funder", contribution=739000)
    theirs = ProjectFactory(
        title="Justice for All",
        short_name="JUST4ALL",
        total_budget=Decimal("8800000"),
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2099, 12, 31),
    )
    ParticipationFactory(project=theirs, organisation=unodc, role="lead")
    ParticipationFactory(project=theirs, organisation=unodc, role="co-funder")
    ParticipationFactory(project=theirs, organisation=eu, role="co-funder")
    forum = EventFactory(
        title="Ninth Expert Forum", project=ours, start_date=datetime.date(2024, 11, 20)
    )
    EventOrganisationFactory(event=forum, organisation=lprc, role="organiser")
    EventOrganisationFactory(event=forum, organisation=us, role="funder")
    meeting = EventFactory(
        title="Third JUST4ALL Steering Committee Meeting",
        project=theirs,
        start_date=datetime.date(2023, 10, 5),
    )
    EventOrganisationFactory(event=meeting, organisation=unodc, role="organiser")
    return {
        "lprc": lprc,
        "unodc": unodc,
        "eu": eu,
        "us": us,
        "ours": ours,
        "theirs": theirs,
        "forum": forum,
        "meeting": meeting,
    }


def test_the_project_list_tells_ours_from_the_partners(world):
    html = public("/en/projects/")
    ours, partners = html.split('id="partner-projects"')
    assert "Our projects" in ours and "Rule of Law for All" in ours
    assert "Justice for All" in partners and "Led by others" in partners
    assert "Partner project" in partners and "Partner project" not in ours
    assert "The rule-of-law projects LPRC runs with its partners" not in html


def test_a_partners_project_says_whose_it_is_and_what_is_not_stated(world):
    html = public(world["theirs"].get_absolute_url())
    assert (
        "A project of United Nations Office on Drugs and Crime, which LPRC reports on; LPRC "
        "does not run it." in html
    )
    assert "not disclosed" not in html
    assert html.count("our sources do not state how much each gives.") == 1
    assert "Funded by" in html and "(co-funder)" in html
    ours = public(world["ours"].get_absolute_url())
    assert "A project LPRC runs." in ours
    assert "EUR 739,000 of EUR 777,895 = 95.0 % from European Union" in ours
    assert "The other EUR 38,895 (5.0 %): our sources do not say who gives it." in ours


def test_funders_page_says_who_funds_what(world):
    html = public("/en/funders/")
    assert "Who funds what" in html
    sections = {
        name: html.split(f'id="funder-{world[name].pk}"')[1].split("</section>")[0]
        for name in ("eu", "us", "unodc")
    }
    assert "Rule of Law for All" in sections["eu"] and "EUR 739,000" in sections["eu"]
    assert "Justice for All" in sections["eu"] and "not stated in our sources" in sections["eu"]
    assert "Ninth Expert Forum" in sections["us"] and "Event:" in sections["us"]
    assert "LPRC&#x27;s" in sections["us"] or "LPRC's" in sections["us"]
    assert "partners&#x27;" in sections["unodc"] or "partners'" in sections["unodc"]


def test_home_says_who_funds_what_and_events_say_whose_they_are(world):
    html = public("/en/")
    funders = html.split('id="funders"')[1].split("</section>")[0]
    assert "Who funds what" in funders
    assert "European Union</a>: <a" in funders and "EUR 739,000" in funders
    assert "Bureau of Counterterrorism, U.S. Department of State" in funders
    assert "Our funders" not in html
    events = public("/en/events/")
    meeting_card = events.split("Third JUST4ALL Steering Committee Meeting")[1].split("</article>")[
        0
    ]
    assert "Partner event" in meeting_card
    forum_card = events.split("Ninth Expert Forum")[1].split("</article>")[0]
    assert "Partner event" not in forum_card
    assert "organises or takes part in" in events
    page = public(world["meeting"].get_absolute_url())
    assert "A partners&#x27; event, organised by UNODC; LPRC reports on it." in page or (
        "A partners' event, organised by UNODC; LPRC reports on it." in page
    )
    assert "partners' event" not in public(world["forum"].get_absolute_url())


def test_organisation_pages_list_each_project_once_and_show_no_empty_heading(world):
    html = public(world["unodc"].get_absolute_url())
    assert html.count("Justice for All</a>") == 1
    assert "Lead implementer, Co-funder" in html
    PersonFactory(organisation=world["us"], is_press_contact=False)
    empty = public(world["us"].get_absolute_url())
    assert 'id="contacts"' not in empty
    assert 'id="projects"' not in empty and "No projects recorded yet" not in empty
