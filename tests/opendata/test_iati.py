"""IATI 2.03 files: valid against the official schemas, the seeds' figures exactly, the
roles, status, dates, countries, sector and goals the projects state, and an invalid file
caught by the same check."""

import datetime
import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from django.test import Client
from lxml import etree

from opendata import iati
from partners.models import Participation, Project
from tests.factories import OrganisationFactory, ParticipationFactory, ProjectFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
# The official IATI 2.03 schemas as the project received them (shared/iati, beside the
# working copy but not in a clone): their SHA-256, so a clean clone (CI) can prove that the
# app's copies are the official files and validate against those copies.
OFFICIAL_SHA256 = {
    "iati-activities-schema.xsd": (
        "62c91a66c82ee26864d5e6c3f4bd6358de14d3aec69bc649db85da9f9a0792bc"
    ),
    "iati-common.xsd": "322692e4ea1f4434b154855f381eb4bd972aaa2e1349dfaf9578b775ad6c9c6b",
    "iati-organisations-schema.xsd": (
        "c1fc48f53924e479db6fffa5584e2e4cc55f745c0269c519f44f9a03d77ce736"
    ),
}
OFFICIAL = iati.SCHEMA_DIR


def official_schema(name: str) -> etree.XMLSchema:
    """The official schema (the app's copy, proven identical by its hash), with the xml:
    attributes' schema lxml needs beside it."""
    parser = etree.XMLParser()
    resolver_dir = iati.SCHEMA_DIR

    class XmlNamespace(etree.Resolver):
        def resolve(self, url, public_id, context):
            if url.endswith("xml.xsd"):
                return self.resolve_filename(str(resolver_dir / "xml.xsd"), context)
            return None

    parser.resolvers.add(XmlNamespace())
    return etree.XMLSchema(etree.parse(str(OFFICIAL / name), parser))


def assert_valid(document: bytes, name: str):
    schema = official_schema(name)
    assert schema.validate(etree.fromstring(document)), schema.error_log
    assert iati.schema_errors(document, name) == []


def test_the_schemas_in_the_app_are_the_official_ones():
    for name, digest in OFFICIAL_SHA256.items():
        assert hashlib.sha256((iati.SCHEMA_DIR / name).read_bytes()).hexdigest() == digest, name
    shared = ROOT.parent / "shared" / "iati"  # where it exists (a working copy), also compare
    for name in OFFICIAL_SHA256:
        if (shared / name).exists():
            assert (iati.SCHEMA_DIR / name).read_bytes() == (shared / name).read_bytes(), name


def activities(client, url="/en/open-data/iati/activities.xml"):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    return response.content, etree.fromstring(response.content)


def activity_or_none(root, identifier_end):
    found = [
        a
        for a in root.iter("iati-activity")
        if a.findtext("iati-identifier").endswith(identifier_end)
    ]
    return found[0] if found else None


def activity(root, identifier_end):
    (found,) = [
        a
        for a in root.iter("iati-activity")
        if a.findtext("iati-identifier").endswith(identifier_end)
    ]
    return found


def dated_just4all():
    """JUST4ALL as it will be once staff know its dates (the seeds give only "four-year"):
    made up for the test, never in the demo. Without a date IATI cannot take it."""
    Project.objects.filter(slug="just4all").update(
        start_date=datetime.date(2022, 1, 1), end_date=datetime.date(2025, 12, 31)
    )


def test_a_project_known_only_by_its_length_waits_for_a_date(demo):
    client = Client()
    _, root = activities(client)
    assert activity_or_none(root, "rule-of-law-for-all") is not None
    assert activity_or_none(root, "just4all") is None
    assert client.get("/en/open-data/iati/activities/just4all.xml").status_code == 404
    just4all = iati.projects_queryset().get(slug="just4all")
    messages = [str(finding.message) for finding in iati.findings(just4all)]
    assert any("No start or end date" in message for message in messages), messages


def test_every_file_validates_against_the_official_schemas(demo):
    dated_just4all()
    client = Client()
    document, root = activities(client)
    assert_valid(document, "iati-activities-schema.xsd")
    assert root.get("version") == "2.03"
    assert len(root.findall("iati-activity")) == 2
    for slug in ["rule-of-law-for-all", "just4all"]:
        one, _ = activities(client, f"/en/open-data/iati/activities/{slug}.xml")
        assert_valid(one, "iati-activities-schema.xsd")
    organisation = client.get("/en/open-data/iati/organisation.xml")
    assert organisation.status_code == 200
    assert_valid(organisation.content, "iati-organisations-schema.xsd")
    org = etree.fromstring(organisation.content)
    assert org.findtext("iati-organisation/name/narrative") == "Legal Policy Research Centre"


def test_the_seed_figures_come_out_exactly(demo):
    dated_just4all()
    _, root = activities(Client())
    rule_of_law = activity(root, "rule-of-law-for-all")
    (budget,) = rule_of_law.findall("budget")
    assert budget.findtext("value") == "777895.00"
    assert budget.find("value").get("currency") == "EUR"
    assert budget.find("period-start").get("iso-date") == "2024-01-01"
    assert budget.find("period-end").get("iso-date") == "2026-12-31"
    just4all = activity(root, "just4all")
    assert just4all.findtext("budget/value") == "8800000.00"
    funders = {
        org.findtext("narrative") for org in just4all.findall("participating-org[@role='1']")
    }
    assert funders == {"European Union", "United Nations Office on Drugs and Crime"}  # co-funded


def test_a_contribution_with_its_date_is_an_incoming_commitment(demo):
    eu = Participation.objects.get(project__slug="rule-of-law-for-all", organisation__slug="eu")
    _, root = activities(Client())
    assert activity(root, "rule-of-law-for-all").findall("transaction") == []  # no date yet

    eu.committed_on = datetime.date(2023, 12, 15)  # a test's date, not a fact
    eu.save()
    document, root = activities(Client())
    assert_valid(document, "iati-activities-schema.xsd")
    (transaction,) = activity(root, "rule-of-law-for-all").findall("transaction")
    assert transaction.find("transaction-type").get("code") == "11"
    assert transaction.find("transaction-date").get("iso-date") == "2023-12-15"
    assert transaction.findtext("value") == "739000.00"
    assert transaction.findtext("provider-org/narrative") == "European Union"
    assert transaction.findtext("receiver-org/narrative") == "Legal Policy Research Centre"


def test_roles_status_dates_country_sector_goals(demo, settings):
    settings.IATI_ORGANISATION_IDENTIFIER = "XM-TEST-000"  # a test's value, not LPRC's
    dated_just4all()
    _, root = activities(Client())
    rule_of_law = activity(root, "rule-of-law-for-all")
    assert rule_of_law.findtext("iati-identifier") == "XM-TEST-000-rule-of-law-for-all"
    reporting = rule_of_law.find("reporting-org")
    assert (reporting.get("ref"), reporting.get("type"), reporting.get("secondary-reporter")) == (
        "XM-TEST-000",
        "22",
        "0",
    )
    roles = sorted(
        (org.get("role"), org.findtext("narrative"), org.get("ref"))
        for org in rule_of_law.findall("participating-org")
    )
    assert roles == [
        ("1", "European Union", None),
        ("2", "Legal Policy Research Centre", "XM-TEST-000"),
        ("4", "International Partnership for Human Rights", None),
        ("4", "Legal Policy Research Centre", "XM-TEST-000"),
    ]
    assert rule_of_law.find("recipient-country").get("code") == "KZ"
    sector = rule_of_law.find("sector")
    assert (sector.get("vocabulary"), sector.get("code")) == ("1", "15130")
    assert sector.findtext("narrative") == "Legal and judicial development"
    dates = {d.get("type"): d.get("iso-date") for d in rule_of_law.findall("activity-date")}
    assert dates["1" if "1" in dates else "2"] == "2024-01-01"
    assert "2026-12-31" in dates.values()

    just4all = activity(root, "just4all")
    # LPRC takes no part in JUST4ALL: it reproduces UNODC's data as a secondary reporter.
    assert just4all.find("reporting-org").get("secondary-reporter") == "1"
    assert [t.get("code") for t in just4all.findall("tag[@vocabulary='2']")] == ["5", "10", "16"]
    assert just4all.find("recipient-country").get("code") == "KG"


def test_status_follows_the_dates():
    today = datetime.date(2025, 6, 1)
    assert iati.activity_status(Project(start_date=datetime.date(2026, 1, 1)), today) == "1"
    running = Project(start_date=datetime.date(2024, 1, 1), end_date=datetime.date(2026, 12, 31))
    assert iati.activity_status(running, today) == "2"
    over = Project(start_date=datetime.date(2020, 1, 1), end_date=datetime.date(2024, 12, 31))
    assert iati.activity_status(over, today) == "3"


def test_documents_link_events_and_release_pdfs(demo):
    _, root = activities(Client())
    links = activity(root, "rule-of-law-for-all").findall("document-link")
    pdfs = [link for link in links if link.get("format") == "application/pdf"]
    assert len(pdfs) == 3
    assert all(link.get("url").endswith(".pdf") for link in pdfs)
    assert {link.find("category").get("code") for link in pdfs} == {"A08"}
    pages = [link.get("url") for link in links if link.get("format") == "text/html"]
    assert "http://localhost/en/projects/rule-of-law-for-all/" in pages
    assert any("/en/events/2024/rule-of-law-academy/" in url for url in pages)
    for url in [link.get("url") for link in pdfs] + pages:
        assert Client().get(url.removeprefix("http://localhost")).status_code == 200, url


def test_an_invalid_file_fails_the_check(demo):
    dated_just4all()
    _valid, root = activities(Client())
    # An activity without its identifier; another whose budget lacks the date of its value.
    no_identifier = activity(root, "rule-of-law-for-all")
    no_date = activity(root, "just4all")
    no_identifier.remove(no_identifier.find("iati-identifier"))
    del no_date.find("budget/value").attrib["value-date"]
    invalid = etree.tostring(root)
    errors = iati.schema_errors(invalid)
    assert any("iati-identifier" in error for error in errors), errors
    assert any("value-date" in error for error in errors), errors
    assert not official_schema("iati-activities-schema.xsd").validate(etree.fromstring(invalid))


def test_a_project_iati_cannot_take_is_left_out_and_its_file_is_404(db):
    client = Client()
    assert client.get("/en/open-data/iati/activities.xml").status_code == 404  # nothing to report
    lonely = ProjectFactory(slug="lonely", countries=["KZ", "KG"], end_date=None)
    assert client.get("/en/open-data/iati/activities/lonely.xml").status_code == 404
    assert client.get("/en/open-data/iati/activities/no-such-project.xml").status_code == 404
    ParticipationFactory(
        project=lonely,
        organisation=OrganisationFactory(),
        role="funder",
        contribution=Decimal("1000.00"),
        committed_on=datetime.date(2024, 2, 1),
    )
    document, root = activities(client, "/en/open-data/iati/activities/lonely.xml")
    assert_valid(document, "iati-activities-schema.xsd")
    # Two countries and no end date: no shares are invented and no budget period either.
    assert [c.get("percentage") for c in root.iter("recipient-country")] == [None, None]
    assert root.find("iati-activity/budget") is None
    assert root.findtext("iati-activity/transaction/value") == "1000.00"
