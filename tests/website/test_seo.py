"""What search engines and link previews see: sitemap, robots.txt, canonical and social
meta, and the pages that help a lost visitor on."""

import datetime
import re

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.views.defaults import server_error

from tests.factories import (
    EventFactory,
    OrganisationFactory,
    PressReleaseFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

# The index: one COUNT per content section; a section page: its rows. Plus the page
# cache's read of the content state and the savepoint pair around the rendering.
SITEMAP_INDEX_QUERIES = 4 + 3
SITEMAP_SECTION_QUERIES = 1 + 3


def sitemap_text(client) -> str:
    """The index and every page it lists, as a crawler reads them."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert index["Content-Type"].startswith("application/xml")
    xml = index.content.decode()
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex')
    pages = re.findall(rf"<loc>{re.escape(settings.SITE_ORIGIN)}(/[^<]+)</loc>", xml)
    assert pages
    texts = []
    for page in pages:
        response = client.get(page.replace("&amp;", "&"))
        assert response.status_code == 200, page
        assert response["Content-Type"].startswith("application/xml")
        texts.append(response.content.decode())
    return "".join(texts)


def test_sitemap_lists_published_content_and_nothing_else(client):
    event = EventFactory(title="Published forum", slug="published-forum")
    draft_event = EventFactory(slug="draft-forum", status="draft")
    release = PressReleaseFactory(slug="public-release")
    draft_release = PressReleaseFactory(slug="draft-release", status="draft")
    embargoed = PressReleaseFactory(
        slug="embargoed-release", publish_at=timezone.now() + datetime.timedelta(hours=3)
    )
    project = ProjectFactory(slug="just4all")
    organisation = OrganisationFactory(slug="unodc")

    xml = sitemap_text(client)

    for obj in (event, release, project, organisation):
        assert f"<loc>{settings.SITE_ORIGIN}{obj.get_absolute_url()}</loc>" in xml
    for hidden in (draft_event, draft_release, embargoed):
        assert hidden.slug not in xml
    assert f"<loc>{settings.SITE_ORIGIN}/en/events/forums/</loc>" in xml
    assert f"<lastmod>{timezone.localdate():%Y-%m-%d}</lastmod>" in xml


def test_sitemap_lists_every_page_in_every_language_with_its_alternates(client):
    event = EventFactory(slug="ninth-forum")
    xml = sitemap_text(client)
    bare = event.get_absolute_url().removeprefix("/en")
    alternates = (
        "".join(
            f'<xhtml:link rel="alternate" hreflang="{code}" href="http://localhost/{code}{bare}"/>'
            for code in ("ru", "kk", "en")
        )
        + f'<xhtml:link rel="alternate" hreflang="x-default" href="http://localhost{bare}"/>'
    )
    for code in ("ru", "kk", "en"):
        assert xml.count(f"<loc>http://localhost/{code}{bare}</loc>") == 1
    # Each version names all three and the address without a language.
    assert xml.count(alternates) == 3
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in xml


def test_a_large_section_is_served_in_pages(client, monkeypatch):
    from core import sitemaps

    monkeypatch.setattr(sitemaps, "PAGE_SIZE", 2)
    events = [EventFactory() for _ in range(5)]
    index = client.get("/sitemap.xml").content.decode()
    for number in (1, 2, 3):
        assert f"/sitemap-events.xml?p={number}</loc>" in index
    assert "/sitemap-events.xml?p=4" not in index
    xml = sitemap_text(client)
    for event in events:  # once in each of the three languages
        assert xml.count(f"{event.get_absolute_url()}</loc>") == 1
        assert xml.count(f"{event.get_absolute_url().removeprefix('/en')}</loc>") == 3
    assert client.get("/sitemap-events.xml", {"p": "4"}).status_code == 404
    for junk in ("0", "-1", "x", "1" * 30, "\uff12"):  # a full-width two
        assert client.get("/sitemap-events.xml", {"p": junk}).status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


@pytest.mark.parametrize("count", [2, 150])
def test_sitemap_runs_a_constant_number_of_queries(client, django_assert_max_num_queries, count):
    for _ in range(count):
        project = ProjectFactory()
        EventFactory(project=project)
        PressReleaseFactory(project=project)
        OrganisationFactory()
    with django_assert_max_num_queries(SITEMAP_INDEX_QUERIES):
        assert client.get("/sitemap.xml").status_code == 200
    with django_assert_max_num_queries(SITEMAP_SECTION_QUERIES):
        response = client.get("/sitemap-events.xml")
    assert response.content.decode().count("<url>") == count * 3  # each in three languages


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "User-agent: *" in text
    assert "Disallow: /admin/" in text
    # Search results stay out, in every language; the search page itself may be found
    # (issue 18).
    for language in ("ru", "kk", "en"):
        assert f"Disallow: /{language}/search/?\n" in text
    assert f"Sitemap: {settings.SITE_ORIGIN}/sitemap.xml" in text


def test_canonical_link_drops_the_query_string(client):
    html = client.get(reverse("partners:project-list"), {"page": "1", "utm_source": "x"}).content
    assert f'<link rel="canonical" href="{settings.SITE_ORIGIN}/en/projects/">'.encode() in html


def test_event_page_has_open_graph_and_twitter_card_meta(client):
    event = EventFactory(
        title="Ninth Expert Forum", summary="Over 220 participants met in Astana.", slug="ninth"
    )
    html = client.get(event.get_absolute_url()).content.decode()
    url = f"{settings.SITE_ORIGIN}{event.get_absolute_url()}"
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Ninth Expert Forum">' in html
    assert '<meta property="og:description" content="Over 220 participants met in Astana.">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    # No picture of its own: the share card drawn for it (issue 18), large.
    card = f"{settings.SITE_ORIGIN}{event.get_card_url()}"
    assert f'<meta property="og:image" content="{card}">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta name="twitter:title" content="Ninth Expert Forum">' in html
    response = client.get(event.get_card_url())
    assert response["Content-Type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")


def test_release_project_and_partner_pages_have_their_own_social_titles(client):
    release = PressReleaseFactory(title="Academy concludes in Almaty")
    project = ProjectFactory(title="Rule of Law for All")
    organisation = OrganisationFactory(name="Dignity Public Association")
    for obj, title in (
        (release, "Academy concludes in Almaty"),
        (project, "Rule of Law for All"),
        (organisation, "Dignity Public Association"),
    ):
        html = client.get(obj.get_absolute_url()).content.decode()
        assert f'<meta property="og:title" content="{title}">' in html, obj


def test_missing_page_offers_search_and_the_main_lists(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert f'action="{reverse("website:search")}"' in html
    assert reverse("events:event-list") in html
    assert 'rel="canonical"' not in html
    assert 'content="noindex"' in html


def test_server_error_page_renders_without_the_database_and_links_on():
    request = RequestFactory().get("/")
    response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in html
    assert 'href="/en/events/"' in html and "info@lprc.kz" in html


def test_an_event_with_a_cover_gets_a_large_image_card(client):
    from tests.factories import png_bytes, upload

    event = EventFactory(
        cover_image=upload(png_bytes(size=(1200, 630)), "cover.png"),
        cover_alt="Participants of the forum in the hall",
    )
    html = client.get(event.get_absolute_url()).content.decode()
    event.refresh_from_db()
    image = f"{settings.SITE_ORIGIN}{event.cover_image.url}"
    assert f'<meta property="og:image" content="{image}">' in html
    assert 'content="Participants of the forum in the hall"' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
