"""Coverage, complete: several outlets, a date only if the article gives one (as precisely
as it does), the whole excerpt with its paragraphs on a page of its own, a list of all
coverage, and the search."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from pressroom.models import Coverage
from tests.factories import CoverageFactory, EventFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

EXCERPT = (
    "The European Union, UNODC and partners conducted the third Steering Committee Meeting "
    "on 5 October 2023.\n\n"
    "Some 60 stakeholders discussed the implementation of the four-year project.\n\n"
    "The partnership contributes to the implementation of the 2030 Sustainable Development "
    "Agenda."
)


def public(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def coverage_post(**overrides):
    data = {
        "title": "EU, UNODC and partners discuss probation",
        "outlet": "",
        "other_outlets": [],
        "published_on": "",
        "url": "https://www.unodc.org/news/probation.html",
        "excerpt": EXCERPT.replace("\n", "\r\n"),
        "event": "",
        "project": "",
        "_save": "Save",
    }
    data.update(overrides)
    return data


def test_an_article_without_a_date_keeps_none(publisher_client):
    unodc = OrganisationFactory(name="United Nations Office on Drugs and Crime", short_name="UNODC")
    partner = OrganisationFactory(name="Ludwig Boltzmann Institute", short_name="LBI")
    event = EventFactory(
        title="Third JUST4ALL Steering Committee Meeting", start_date=datetime.date(2023, 10, 5)
    )
    response = publisher_client.post(
        reverse("admin:pressroom_coverage_add"),
        coverage_post(outlet=str(unodc.pk), other_outlets=[str(partner.pk)], event=str(event.pk)),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    item = Coverage.objects.get()
    assert item.published_on is None

    page = public(item.get_absolute_url())
    assert "The article does not give its date." in page
    assert "5 October 2023</time>" not in page.split("<blockquote")[0]
    assert "United Nations Office on Drugs and Crime</a>, <a" in page
    assert "Ludwig Boltzmann Institute" in page
    # The whole excerpt, paragraph by paragraph.
    for paragraph in EXCERPT.split("\n\n"):
        assert f"<p>{paragraph}</p>" in page
    assert "Read it on the site of UNODC" in page

    listing = public(reverse("pressroom:coverage-list"))
    assert "date not given" in listing
    assert f"<p>{EXCERPT.split(chr(10))[0]}</p>" in listing  # the first paragraph, whole
    assert "Some 60 stakeholders" not in listing  # the rest is on the item's page
    assert "The whole excerpt" in listing

    event_page = public(event.get_absolute_url())
    assert "In the media" in event_page and item.get_absolute_url() in event_page


def test_a_month_is_a_date_as_precise_as_the_article_gives(publisher_client):
    outlet = OrganisationFactory()
    response = publisher_client.post(
        reverse("admin:pressroom_coverage_add"),
        coverage_post(outlet=str(outlet.pk), published_on="2023-10", project=""),
    )
    assert response.status_code == 200  # linked to nothing yet: refused, with the reason
    assert "Link the article to the event or the project" in response.content.decode()
    event = EventFactory()
    response = publisher_client.post(
        reverse("admin:pressroom_coverage_add"),
        coverage_post(outlet=str(outlet.pk), published_on="2023-10", event=str(event.pk)),
    )
    assert response.status_code == 302
    item = Coverage.objects.get()
    assert (item.published_on, item.published_precision) == (datetime.date(2023, 10, 1), "month")
    assert '<time datetime="2023-10">October 2023</time>' in public(item.get_absolute_url())
    form = publisher_client.get(reverse("admin:pressroom_coverage_change", args=[item.pk]))
    assert 'value="2023-10"' in form.content.decode()


def test_the_list_is_newest_first_with_undated_articles_last():
    CoverageFactory(title="Undated article", published_on=None)
    CoverageFactory(title="Older article", published_on=datetime.date(2023, 1, 5))
    CoverageFactory(title="Newer article", published_on=datetime.date(2024, 2, 1))
    listing = public(reverse("pressroom:coverage-list"))
    positions = [listing.index(t) for t in ("Newer article", "Older article", "Undated article")]
    assert positions == sorted(positions)


def test_a_page_number_that_makes_no_sense_is_repaired():
    CoverageFactory()
    listing = public(reverse("pressroom:coverage-list") + "?page=abc")
    assert "The page number was not a number; showing page 1." in listing
    listing = public(reverse("pressroom:coverage-list") + "?page=99")
    assert "There is no page 99; showing the last page." in listing
    assert Client().get("/en/press/coverage/99999/").status_code == 404


def test_an_article_about_a_draft_event_waits_with_it():
    draft = EventFactory(status="draft", title="A forum still in draft")
    item = CoverageFactory(title="Article about a draft forum", event=draft, project=None)
    assert Client().get(item.get_absolute_url()).status_code == 404
    assert "Article about a draft forum" not in public(reverse("pressroom:coverage-list"))
    assert "Article about a draft forum" not in public(reverse("website:search") + "?q=draft+forum")
    sitemap = Client().get("/sitemap-coverage.xml")
    assert sitemap.status_code in (200, 404)
    assert item.get_absolute_url() not in sitemap.content.decode()
    draft.status = "published"
    draft.save()
    assert "Article about a draft forum" in public(reverse("pressroom:coverage-list"))
    assert item.get_absolute_url() in public("/sitemap-coverage.xml")
