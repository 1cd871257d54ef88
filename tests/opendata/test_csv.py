"""CSV downloads: the lists' filters, the seed figures, and no cell a spreadsheet would run."""

import csv
import io

import pytest
from django.test import Client

from opendata.csv import safe_cell
from tests.factories import EventFactory, OrganisationFactory, ParticipationFactory

pytestmark = pytest.mark.django_db


def rows(response) -> list[dict]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "a byte-order mark, for Excel"
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_events_csv_keeps_the_lists_filters(demo):
    client = Client()
    response = client.get("/en/open-data/events.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="lprc-events.csv"'
    everything = rows(response)
    assert len(everything) == 4
    forum = next(row for row in everything if row["kind"] == "Forum")
    assert forum["edition"] == "9"
    assert forum["start_date"] == "2024-11-20"
    assert "Legal Policy Research Centre" in forum["organisations"]
    assert forum["url"] == (
        "http://localhost/en/events/2024/ninth-expert-forum-on-criminal-justice-for-central-asia/"
    )

    assert [row["kind"] for row in rows(client.get("/en/open-data/events.csv?kind=forum"))] == [
        "Forum"
    ]
    assert {row["country"] for row in rows(client.get("/en/open-data/events.csv?country=KG"))} == {
        "KG"
    }
    just4all = rows(client.get("/en/open-data/events.csv?project=just4all"))
    assert [row["kind"] for row in just4all] == ["Steering committee meeting"]
    # A value the list would ignore (with a message) is ignored here too, never a 500.
    assert len(rows(client.get("/en/open-data/events.csv?year=not-a-year&kind=forum"))) == 1


def test_the_event_lists_link_their_csv_with_their_filters(demo):
    html = Client().get("/en/events/?kind=forum&year=2024&page=1").content.decode()
    assert 'href="/en/open-data/events.csv?kind=forum&amp;year=2024"' in html
    forums = Client().get("/en/events/forums/?year=2024").content.decode()
    assert 'href="/en/open-data/events.csv?year=2024&amp;kind=forum"' in forums


def test_projects_csv_has_the_seed_figures_exactly(demo):
    projects = {
        row["short_name"] or row["title"]: row
        for row in rows(Client().get("/en/open-data/projects.csv"))
    }
    rule_of_law = projects["Coordinated Civil Society Action to Promote the Rule of Law for All"]
    assert rule_of_law["total_budget"] == "777895.00"
    assert rule_of_law["currency"] == "EUR"
    assert rule_of_law["eu_share_percent"] == "95.0"
    assert rule_of_law["funders"] == "European Union (Funder): 739000.00"
    assert rule_of_law["implementers"] == (
        "Legal Policy Research Centre; International Partnership for Human Rights"
    )
    just4all = projects["JUST4ALL"]
    assert just4all["total_budget"] == "8800000.00"
    assert "European Union (Co-funder): amount not stated" in just4all["funders"]


def test_organisations_csv_by_kind(demo):
    client = Client()
    everyone = rows(client.get("/en/open-data/organisations.csv"))
    assert len(everyone) == 17
    lprc = next(row for row in everyone if row["short_name"] == "LPRC")
    assert lprc["projects"] == "1"
    donors = rows(client.get("/en/open-data/organisations.csv?kind=donor"))
    assert {row["kind"] for row in donors} == {"Donor"}


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://evil.example","Click")',
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_no_cell_starts_a_formula(db, text):
    organisation = OrganisationFactory(name=text, short_name="EVIL", slug="evil")
    EventFactory(title=text, slug="evil-event")
    ParticipationFactory(organisation=organisation)
    client = Client()
    for url in [
        "/en/open-data/events.csv",
        "/en/open-data/organisations.csv",
        "/en/open-data/projects.csv",
    ]:
        body = client.get(url).content.decode().removeprefix("\ufeff")
        cells = [cell for row in csv.reader(io.StringIO(body, newline="")) for cell in row]
        for cell in cells:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (url, cell)
        if "projects" not in url:
            assert "'" + text in cells, url  # shown as typed, behind an apostrophe


def test_safe_cell_leaves_numbers_and_plain_text_alone():
    from decimal import Decimal

    assert safe_cell(Decimal("739000.00")) == Decimal("739000.00")
    assert safe_cell(42) == 42
    assert safe_cell("Astana") == "Astana"
    assert safe_cell(None) == ""
    assert safe_cell("-minus") == "'-minus"
