"""Several accounts of one event: roles and counts carry their source (a release on the
site, a coverage item, a named document); staff choose the main account; the page shows
the others as theirs, never two lists without saying whose they are."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from events.models import EventOrganisation, ParticipantCount
from partners.models import Source
from tests.events.test_admin import event_post
from tests.factories import (
    CoverageFactory,
    EventFactory,
    EventOrganisationFactory,
    OrganisationFactory,
    PressReleaseFactory,
)

pytestmark = pytest.mark.django_db


def public(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def two_accounts():
    lprc = OrganisationFactory(name="Legal Policy Research Centre", short_name="LPRC")
    lprc.is_site_owner = True
    lprc.save()
    unodc = OrganisationFactory(name="United Nations Office on Drugs and Crime", short_name="UNODC")
    odihr = OrganisationFactory(name="OSCE/ODIHR", short_name="ODIHR")
    event = EventFactory(
        title="Ninth Expert Forum",
        participant_count=220,
        participant_qualifier="over",
        participant_note="participants",
    )
    release = PressReleaseFactory(
        title="Ninth Expert Forum Concludes in Astana",
        release_date=datetime.date(2024, 11, 21),
        event=event,
    )
    article = CoverageFactory(
        title="Partners meet in Astana",
        outlet=unodc,
        event=event,
        published_on=None,
    )
    ours = Source.objects.get(origin=f"release:{release.pk}")
    theirs = Source.objects.get(origin=f"coverage:{article.pk}")
    event.participant_source = ours
    event.main_source = ours
    event.save()
    EventOrganisationFactory(event=event, organisation=lprc, role="organiser", source=ours)
    EventOrganisationFactory(event=event, organisation=unodc, role="organiser", source=ours)
    EventOrganisationFactory(event=event, organisation=unodc, role="co-organiser", source=theirs)
    EventOrganisationFactory(event=event, organisation=odihr, role="supporter", source=theirs)
    ParticipantCount.objects.create(
        event=event, number=60, qualifier="about", note="stakeholders", source=theirs
    )
    return event, ours, theirs


def test_releases_and_articles_are_sources_by_themselves(two_accounts):
    event, ours, theirs = two_accounts
    assert (ours.kind, ours.publisher.short_name, ours.date) == (
        "release",
        "LPRC",
        datetime.date(2024, 11, 21),
    )
    assert ours.page == "/en/press/2024/" + event.press_releases.get().slug + "/"
    assert (theirs.kind, theirs.publisher.short_name, theirs.date) == ("article", "UNODC", None)
    # Saving an unchanged release writes nothing to its source.
    stamp = ours.updated_at
    event.press_releases.get().save()
    ours.refresh_from_db()
    assert ours.updated_at == stamp


def test_the_page_shows_the_main_account_and_the_other_as_theirs(two_accounts):
    event, ours, _theirs = two_accounts
    html = public(event.get_absolute_url())
    assert "Over 220 participants" in html
    assert f'<a href="{ours.page}" title="{ours.title}">LPRC press release</a>' in html
    assert "According to the" in html and "UNODC article" in html
    assert ": about 60 stakeholders" in html
    main, other = html.split('<h3 class="account">')
    assert "Organiser" in main and "Co-organiser" not in main
    assert "As named in the" in main
    assert "Co-organiser" in other and "Supporter" in other and "OSCE/ODIHR" in other
    # The account heading says whose it is before any list of theirs.
    assert other.index("UNODC article") < other.index("Co-organiser")


def test_without_a_main_source_no_two_lists_are_unattributed(two_accounts):
    event, ours, _theirs = two_accounts
    event.main_source = None
    event.save()
    EventOrganisation.objects.filter(source=ours).update(source=None)
    html = public(event.get_absolute_url())
    # The unsourced list comes first; the article's list is attributed.
    assert html.count('<h3 class="account">') == 1
    assert "As named in the" not in html


def test_a_draft_release_cited_as_a_source_gives_away_no_title(two_accounts):
    event, ours, _theirs = two_accounts
    release = event.press_releases.get()
    release.status = "draft"
    release.save()
    html = public(event.get_absolute_url())
    assert release.title not in html
    assert ours.page not in html
    assert "LPRC press release" in html  # who said it is no secret


def test_deleting_a_release_keeps_the_facts_and_their_publisher(two_accounts):
    event, ours, _theirs = two_accounts
    event.press_releases.get().delete()
    ours.refresh_from_db()
    assert ours.origin is None and ours.page == "" and not ours.is_public
    assert event.roles.filter(source=ours).count() == 2
    assert "LPRC press release" in public(event.get_absolute_url())


def test_staff_enter_roles_and_counts_with_their_sources(publisher_client, two_accounts):
    _event, ours, theirs = two_accounts
    partner = OrganisationFactory(name="Dignity Public Association")
    data = event_post(
        slug="tenth-forum",
        participant_count="230",
        participant_qualifier="at-least",
        participant_note="participants",
        participant_source=str(ours.pk),
        main_source=str(ours.pk),
    )
    data.update(
        {
            "roles-TOTAL_FORMS": "2",
            "roles-0-organisation": str(partner.pk),
            "roles-0-role": "organiser",
            "roles-0-source": str(ours.pk),
            "roles-0-order": "0",
            "roles-1-organisation": str(partner.pk),
            "roles-1-role": "partner",
            "roles-1-source": str(theirs.pk),
            "roles-1-order": "1",
            "other_counts-TOTAL_FORMS": "1",
            "other_counts-0-qualifier": "up-to",
            "other_counts-0-number": "250",
            "other_counts-0-note": "guests",
            "other_counts-0-source": str(theirs.pk),
        }
    )
    response = publisher_client.post(reverse("admin:events_event_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    html = public("/en/events/2024/tenth-forum/")
    assert "At least 230 participants" in html
    assert ": up to 250 guests" in html


def test_a_source_cannot_be_deleted_while_facts_cite_it(publisher_client, two_accounts):
    _event, _ours, _theirs = two_accounts
    document = Source.objects.create(kind="document", title="Annual report 2024")
    EventOrganisationFactory(source=document)
    response = publisher_client.post(
        reverse("admin:partners_source_delete", args=[document.pk]), {"post": "yes"}
    )
    assert response.status_code == 200
    assert "would require deleting the following protected related objects" in (
        response.content.decode()
    )
    assert Source.objects.filter(pk=document.pk).exists()


def test_sources_kept_by_the_site_are_read_only_in_the_admin(publisher_client, two_accounts):
    _event, ours, _theirs = two_accounts
    page = publisher_client.get(reverse("admin:partners_source_change", args=[ours.pk]))
    assert page.status_code == 200
    assert 'name="title"' not in page.content.decode()
    add = publisher_client.get(reverse("admin:partners_source_add")).content.decode()
    assert 'value="document"' in add and 'value="release"' not in add
