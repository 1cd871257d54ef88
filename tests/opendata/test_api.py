"""The read API as a script meets it: a fresh anonymous client, the production page cache.

Every list and detail, the same filters as the HTML lists, pagination, the seed documents'
figures exactly, 404 for drafts and embargoed items, and the OpenAPI document."""

import datetime
import json

import pytest
from django.test import Client
from django.utils import timezone
from openapi_spec_validator import validate

from core.publishing import content_set_status
from events.models import Event
from opendata.openapi import openapi_document
from pressroom.models import PressRelease
from tests.factories import EventFactory, PressReleaseFactory, staff_user

pytestmark = pytest.mark.django_db


def get(url, **headers):
    response = Client().get(url, **headers)
    return response, (json.loads(response.content) if response.status_code != 304 else None)


def test_the_root_names_every_list(demo):
    response, body = get("/en/api/v1/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    for name in ["events", "projects", "organisations", "press_releases", "coverage"]:
        assert Client().get(body[name]).status_code == 200, name
    assert body["openapi"].endswith("/en/api/v1/openapi.json")


def test_event_list_and_detail_say_what_the_release_says(demo):
    _, body = get("/en/api/v1/events/")
    assert body["count"] == 4
    forum = next(e for e in body["results"] if e["kind"] == "forum")
    assert forum["title"] == "Ninth Expert Forum on Criminal Justice for Central Asia"
    assert forum["edition"] == 9 and forum["edition_ordinal"] == "Ninth"
    assert forum["series"]["slug"]
    assert forum["start_date"] == "2024-11-20" and forum["end_date"] == "2024-11-21"
    assert forum["country"] == {"code": "KZ", "name": "Kazakhstan"}
    assert forum["participant_note"]
    roles = {(o["organisation"]["short_name"], o["role"]) for o in forum["organisations"]}
    assert ("LPRC", "co-organiser") in roles or ("LPRC", "organiser") in roles

    response, detail = get(forum["api_url"].removeprefix("http://localhost"))
    assert response.status_code == 200
    assert detail["title"] == forum["title"]
    assert detail["sessions"], "the forum's session on monitoring criminal justice"
    assert detail["sessions"][0]["leading_organisations"]
    assert [r["title"] for r in detail["press_releases"]] == [
        "Ninth Expert Forum on Criminal Justice for Central Asia Concludes in Astana"
    ]
    assert detail["press_releases"][0]["pdf_url"].endswith(".pdf")
    assert detail["body_html"]


def test_projects_carry_the_seed_figures_exactly(demo):
    _, body = get("/en/api/v1/projects/")
    projects = {p["slug"]: p for p in body["results"]}
    rule_of_law = projects["rule-of-law-for-all"]
    assert rule_of_law["total_budget"] == "777895.00"
    assert rule_of_law["currency"] == "EUR"
    assert rule_of_law["eu_share"] == "95.0"
    assert [(f["organisation"]["name"], f["amount"]) for f in rule_of_law["funding"]] == [
        ("European Union", "739000.00")
    ]
    just4all = projects["just4all"]
    assert just4all["total_budget"] == "8800000.00"
    assert {f["organisation"]["short_name"] for f in just4all["funding"]} == {"EU", "UNODC"}
    assert all(f["amount"] is None for f in just4all["funding"])  # co-funded, shares unstated
    assert [g["number"] for g in just4all["sdg_goals"]] == [5, 10, 16]

    response, detail = get("/en/api/v1/projects/just4all/")
    assert response.status_code == 200
    assert detail["description_html"]
    assert detail["events_api_url"].endswith("/en/api/v1/events/?project=just4all")
    _, events = get(detail["events_api_url"].removeprefix("http://localhost"))
    assert [e["kind"] for e in events["results"]] == ["steering-committee"]


def test_organisations_releases_and_coverage(demo):
    _, body = get("/en/api/v1/organisations/")
    names = [o["name"] for o in body["results"]]
    assert names == sorted(names) and "Legal Policy Research Centre" in names
    _, lprc = get("/en/api/v1/organisations/lprc/")
    assert {p["project"]["slug"] for p in lprc["projects"]} == {"rule-of-law-for-all"}
    assert [c["name"] for c in lprc["press_contacts"]] == ["Olga Miroshnichenko"]
    _, civil = get("/en/api/v1/organisations/?kind=civil-society")
    assert {o["kind"] for o in civil["results"]} == {"civil-society"}

    _, releases = get("/en/api/v1/press-releases/")
    assert releases["count"] == 3
    newest = releases["results"][0]
    assert newest["release_date"] == "2024-11-21"
    assert newest["pdf_url"].startswith("http://localhost/en/press/2024/")
    assert newest["event"]["slug"]
    response, detail = get(newest["api_url"].removeprefix("http://localhost"))
    assert response.status_code == 200
    assert [c["name"] for c in detail["contacts"]] == ["Olga Miroshnichenko"]

    _, coverage = get("/en/api/v1/coverage/")
    assert coverage["count"] == 1
    item = coverage["results"][0]
    assert item["outlet"]["short_name"] == "UNODC"
    response, single = get(item["api_url"].removeprefix("http://localhost"))
    assert response.status_code == 200 and single["title"] == item["title"]
    _, none = get("/en/api/v1/coverage/?project=rule-of-law-for-all")
    assert none["count"] == 0


def test_filters_are_the_lists_filters(demo):
    _, forums = get("/en/api/v1/events/?kind=forum")
    assert [e["kind"] for e in forums["results"]] == ["forum"]
    _, in_2023 = get("/en/api/v1/events/?year=2023")
    assert [e["start_date"][:4] for e in in_2023["results"]] == ["2023"]
    _, kyrgyz = get("/en/api/v1/events/?country=KG")
    assert {e["country"]["code"] for e in kyrgyz["results"]} == {"KG"}
    _, past = get("/en/api/v1/events/?when=past")
    assert past["count"] == 4
    _, releases = get("/en/api/v1/press-releases/?project=rule-of-law-for-all&year=2024")
    assert releases["count"] == 3


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/en/api/v1/events/?year=1066", "year"),
        ("/en/api/v1/events/?kind=picnic", "kind"),
        ("/en/api/v1/events/?project=no-such-project", "project"),
        ("/en/api/v1/press-releases/?event=abc", "event"),
        ("/en/api/v1/organisations/?kind=club", "kind"),
    ],
)
def test_a_filter_value_that_names_nothing_is_a_400_saying_which(demo, url, field):
    response, body = get(url)
    assert response.status_code == 400
    assert field in body


def test_pagination(demo):
    _, first = get("/en/api/v1/events/?page_size=1&utm_source=newsletter")
    assert first["count"] == 4 and len(first["results"]) == 1
    assert first["previous"] is None
    # The next page keeps what the list reads and drops what it does not.
    assert first["next"] == "http://localhost/en/api/v1/events/?page=2&page_size=1"
    _, second = get("/en/api/v1/events/?page=2&page_size=1")
    assert second["previous"] == "http://localhost/en/api/v1/events/?page_size=1"
    assert second["results"][0]["slug"] != first["results"][0]["slug"]
    response, _ = get("/en/api/v1/events/?page=99")
    assert response.status_code == 404
    _, many = get("/en/api/v1/organisations/?page_size=1000")
    assert len(many["results"]) == 17  # the demo's organisations, within the 100 maximum


def test_drafts_and_embargoed_releases_are_404(demo):
    draft = EventFactory(title="Draft forum", slug="draft-forum", status="draft")
    embargoed = PressReleaseFactory(
        slug="embargoed-release", publish_at=timezone.now() + datetime.timedelta(hours=3)
    )
    draft_release = PressReleaseFactory(slug="draft-release", status="draft")
    for url in [
        f"/en/api/v1/events/{draft.start_date:%Y}/{draft.slug}/",
        f"/en/api/v1/press-releases/{embargoed.release_date:%Y}/{embargoed.slug}/",
        f"/en/api/v1/press-releases/{draft_release.release_date:%Y}/{draft_release.slug}/",
    ]:
        response, body = get(url)
        assert response.status_code == 404, url
        assert set(body) == {"detail"}  # and nothing of the item
        assert response["Access-Control-Allow-Origin"] == "*"
    _, events = get("/en/api/v1/events/")
    assert "draft-forum" not in {e["slug"] for e in events["results"]}


def test_publishing_renews_the_cached_answer(demo):
    publisher = staff_user("publishers")
    event = Event.objects.get(kind="academy")
    client = Client()
    assert client.get("/en/api/v1/events/").json()["count"] == 4
    content_set_status(objs=[event], user=publisher, status="draft")
    assert client.get("/en/api/v1/events/").json()["count"] == 3
    assert client.get(f"/en/api/v1/events/{event.year}/{event.slug}/").status_code == 404
    release = PressRelease.objects.filter(event=event).get()
    body = client.get(f"/en/api/v1/press-releases/{release.release_date:%Y}/{release.slug}/").json()
    assert body["event"] is None  # a public release no longer names its unpublished event
    content_set_status(objs=[event], user=publisher, status="published")
    assert client.get("/en/api/v1/events/").json()["count"] == 4


def test_the_openapi_document_is_valid_and_describes_every_address(demo):
    response = Client().get("/en/api/v1/openapi.json")
    assert response.status_code == 200
    document = json.loads(response.content)
    validate(document)  # openapi-spec-validator: raises on any departure from OpenAPI 3
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) == {
        "/en/api/v1/events/",
        "/en/api/v1/events/{year}/{slug}/",
        "/en/api/v1/projects/",
        "/en/api/v1/projects/{slug}/",
        "/en/api/v1/organisations/",
        "/en/api/v1/organisations/{slug}/",
        "/en/api/v1/press-releases/",
        "/en/api/v1/press-releases/{year}/{slug}/",
        "/en/api/v1/coverage/",
        "/en/api/v1/coverage/{id}/",
    }
    events = document["paths"]["/en/api/v1/events/"]["get"]
    assert {p["name"] for p in events["parameters"]} >= {
        "when",
        "kind",
        "year",
        "country",
        "project",
        "series",
        "page",
        "page_size",
    }
    project = document["components"]["schemas"]["ProjectDetail"]["properties"]
    assert {"total_budget", "funding", "participants", "iati_url"} <= set(project)
    assert document == openapi_document()


def test_the_reference_page_lists_every_address(demo):
    response = Client().get("/en/open-data/api/")
    assert response.status_code == 200
    html = response.content.decode()
    for path in openapi_document()["paths"]:
        assert f"GET {path}" in html
    assert 'id="schema-Event"' in html and "total_budget" in html


def test_releases_filter_by_the_event_the_api_names(demo):
    _, releases = get("/en/api/v1/press-releases/")
    about = releases["results"][0]["event"]
    _, filtered = get(f"/en/api/v1/press-releases/?event={about['id']}")
    assert [r["event"]["slug"] for r in filtered["results"]] == [about["slug"]]


def test_facts_come_with_their_source_and_precision(demo):
    """Issue 16 in the API: qualified counts, roles, quotes and sessions with the source
    that states them; dates as precise as known; nothing where the seeds say nothing."""
    _, events = get("/en/api/v1/events/")
    steering = next(e for e in events["results"] if e["kind"] == "steering-committee")
    assert (steering["participant_count"], steering["participant_qualifier"]) == (60, "about")
    assert steering["main_source"]["kind"] == "article"
    assert steering["main_source"]["publisher"]["short_name"] == "UNODC"
    assert {role["source"]["kind"] for role in steering["organisations"]} == {"article"}
    _, detail = get(steering["api_url"])
    speakers = [(q["person"]["honorific"], q["person"]["name"]) for q in detail["quotes"]]
    assert ("Ms", "Ashita Mittal") in speakers and ("Dr", "Iotam Lerer") in speakers
    lerer = next(q for q in detail["quotes"] if q["person"]["name"] == "Iotam Lerer")
    assert lerer["on_behalf_of"]["name"] == "Marilyn Josefson"
    assert lerer["source"]["title"].startswith("European Union, UNODC and Partners Discuss")
    forum = next(e for e in events["results"] if e["kind"] == "forum")
    assert (forum["participant_qualifier"], forum["date_precision"]) == ("over", "day")
    assert forum["participant_source"]["kind"] == "release"
    assert forum["ics_url"].endswith(".ics")

    _, just4all = get("/en/api/v1/projects/just4all/")
    assert (just4all["start_date"], just4all["end_date"], just4all["duration_months"]) == (
        None,
        None,
        48,
    )
    _, rule_of_law = get("/en/api/v1/projects/rule-of-law-for-all/")
    assert (rule_of_law["start_precision"], rule_of_law["end_precision"]) == ("year", "year")
    assert rule_of_law["budget_source"]["kind"] == "release"

    _, coverage = get("/en/api/v1/coverage/")
    (article,) = coverage["results"]
    assert article["published_on"] is None


def test_an_event_known_only_by_its_month_has_no_calendar_file(demo):
    EventFactory(
        slug="osh-forum",
        start_date=datetime.date(2025, 3, 1),
        end_date=datetime.date(2025, 3, 31),
        date_precision="month",
    )
    _, body = get("/en/api/v1/events/2025/osh-forum/")
    assert body["date_precision"] == "month" and body["ics_url"] is None
