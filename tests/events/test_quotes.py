"""Quotes: a person from People (added from the quote with the + button), the title and
organisation they had when they spoke, their words or their remarks, the language and
the source; shown on the event's, the release's and the organisation's pages; searched."""

import pytest
from django.test import Client
from django.urls import reverse

from events.models import Quote
from partners.models import Source
from tests.events.test_admin import event_post
from tests.factories import (
    CoverageFactory,
    DocumentFactory,
    EventFactory,
    OrganisationFactory,
    PersonFactory,
    PressReleaseFactory,
    SessionFactory,
)

pytestmark = pytest.mark.django_db

WORDS = (
    "I think that the importance of probation and information systems cannot be "
    "overstated.\n\nThese tools help to ensure that justice is served."
)


def public(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def people():
    delegation = OrganisationFactory(
        name="Delegation of the European Union to the Kyrgyz Republic",
        short_name="EU Delegation to the Kyrgyz Republic",
    )
    lerer = PersonFactory(honorific="Dr", name="Iotam Lerer", position="", organisation=delegation)
    josefson = PersonFactory(
        honorific="H.E.",
        name="Marilyn Josefson",
        position="EU Ambassador in the Kyrgyz Republic",
        organisation=delegation,
        is_press_contact=False,
    )
    return delegation, lerer, josefson


def test_staff_enter_a_quote_on_behalf_of_someone_with_its_source(publisher_client, people):
    delegation, lerer, josefson = people
    unodc = OrganisationFactory(short_name="UNODC")
    article = CoverageFactory(outlet=unodc, project=None, event=EventFactory())
    source = Source.objects.get(origin=f"coverage:{article.pk}")
    data = event_post(slug="steering-committee")
    data.update(
        {
            "quotes-TOTAL_FORMS": "1",
            "quotes-0-kind": "quote",
            "quotes-0-language": "en",
            "quotes-0-order": "0",
            "quotes-0-person": str(lerer.pk),
            "quotes-0-title_at_the_time": "",
            "quotes-0-organisation": "",
            "quotes-0-on_behalf_of": str(josefson.pk),
            "quotes-0-on_behalf_of_title": "the EU Ambassador in the Kyrgyz Republic",
            "quotes-0-words": WORDS.replace("\n", "\r\n"),
            "quotes-0-source": str(source.pk),
        }
    )
    response = publisher_client.post(reverse("admin:events_event_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    quote = Quote.objects.get()
    # The organisation then defaults to the person's; the speaker is kept for the search.
    assert quote.organisation == delegation
    assert quote.speaker == "Dr Iotam Lerer, H.E. Marilyn Josefson"

    html = public(quote.event.get_absolute_url())
    assert '<h2 id="quotes">What they said</h2>' in html
    assert '<blockquote lang="en"><p>I think that the importance' in html
    assert "<p>These tools help to ensure that justice is served.</p>" in html
    assert "<strong>Dr Iotam Lerer</strong>" in html
    assert "on behalf of H.E. Marilyn Josefson, the EU Ambassador in the Kyrgyz Republic" in html
    assert "UNODC article" in html

    organisation_page = public(delegation.get_absolute_url())
    assert "What its people said" in organisation_page
    assert "I think that the importance of probation" in organisation_page
    assert quote.event.title in organisation_page


def test_remarks_in_the_sources_words_and_the_title_they_had_then(people):
    _delegation, _lerer, _josefson = people
    probation = OrganisationFactory(name="Probation Department of the Kyrgyz Republic")
    kazakov = PersonFactory(
        honorific="Mr", name="Kuban Kazakov", position="", organisation=probation
    )
    event = EventFactory()
    Quote.objects.create(
        event=event,
        kind="remarks",
        person=kazakov,
        title_at_the_time="the Director of the Probation Department",
        words="Underlined the importance of the programmed activities of the project.",
    )
    html = public(event.get_absolute_url())
    assert "<strong>Mr Kuban Kazakov</strong>, the Director of the Probation Department" in html
    assert "(in the source's words)" in html
    assert '<div class="remarks" lang="en"><p>Underlined the importance' in html
    assert "<blockquote" not in html.split('id="quotes"')[1].split("</section>")[0]


def test_a_release_shows_the_quotes_it_reports(people):
    _delegation, lerer, _josefson = people
    lprc = OrganisationFactory(short_name="LPRC", is_site_owner=True)
    event = EventFactory()
    release = PressReleaseFactory(event=event, project=None)
    source = Source.objects.get(origin=release.source_origin)
    assert source.publisher == lprc
    Quote.objects.create(
        event=event, person=lerer, words="Rule of law is a key condition.", source=source
    )
    other = PressReleaseFactory(event=event, project=None)
    assert "Rule of law is a key condition." in public(release.get_absolute_url())
    assert "Quoted in this release" in public(release.get_absolute_url())
    assert "Rule of law is a key condition." not in public(other.get_absolute_url())


def test_quotes_of_a_draft_event_appear_nowhere(people, client):
    delegation, lerer, _josefson = people
    event = EventFactory(status="draft")
    Quote.objects.create(event=event, person=lerer, words="Secret words of a draft.")
    assert "Secret words" not in public(delegation.get_absolute_url())
    assert "Secret words" not in public("/en/search/?q=secret")


def test_search_finds_sessions_quotes_documents_people_and_coverage(people):
    delegation, lerer, josefson = people
    event = EventFactory(title="Steering committee in Bishkek")
    Quote.objects.create(
        event=event, person=lerer, on_behalf_of=josefson, words="Probation matters."
    )
    SessionFactory(event=event, title="Probation reform panel")
    DocumentFactory(event=event, title="Probation strategy (agenda)")
    CoverageFactory(title="Probation services meet", excerpt="Partners met on probation.")
    PersonFactory(name="Press Officer Probation", organisation=delegation)
    drafted = EventFactory(status="draft")
    SessionFactory(event=drafted, title="Probation session of a draft")

    html = public("/en/search/?q=probation")
    for key in ("sessions", "quotes", "documents", "people", "coverage"):
        assert f'id="results-{key}"' in html, key
    assert "Probation reform panel" in html
    assert "Probation matters." in html
    assert "Probation strategy (agenda)" in html
    assert "Probation services meet" in html
    assert "Press Officer Probation" in html
    assert "Probation session of a draft" not in html

    # A speaker is found by name, in the quotes and among the people.
    html = public("/en/search/?q=josefson")
    assert 'id="results-quotes"' in html and 'id="results-people"' in html
    assert "H.E. Marilyn Josefson" in html
