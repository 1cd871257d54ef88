"""One text format for everything staff write: Markdown, sanitised, rendered once on save
into a stored HTML field that pages, feeds and PDFs print; plain text where a value goes
into an attribute."""

import importlib
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.template import Context, Template
from django.urls import reverse
from django.utils.safestring import SafeString

from core.formatting import html_to_text, render_markdown
from events.models import Event
from tests.factories import (
    CoverageFactory,
    EventFactory,
    EventSeriesFactory,
    OrganisationFactory,
    PressReleaseFactory,
    ProjectFactory,
    SessionFactory,
)

pytestmark = pytest.mark.django_db

MARKDOWN = "Over **220** participants.\nA second line.\n\n- one\n- two"


class MetaReader(HTMLParser):
    """The content of <meta name=description> and og:description, as a browser reads it."""

    def __init__(self):
        super().__init__()
        self.meta = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("name") or attrs.get("property")
            self.meta[key] = attrs.get("content")


def read_meta(html):
    reader = MetaReader()
    reader.feed(html)
    return reader.meta


def test_markdown_is_rendered_on_save_and_stored():
    event = EventFactory(summary="Over **220** participants.", body=MARKDOWN)
    stored = Event.objects.values_list("summary_html", "body_html").get(pk=event.pk)
    assert stored[0] == "<p>Over <strong>220</strong> participants.</p>"
    assert "A second line" in stored[1] and "<br>" in stored[1]
    assert "<li>one</li>" in stored[1]
    # Read back, it is safe to print as it is.
    assert isinstance(Event.objects.get(pk=event.pk).body_html, SafeString)


def test_a_partial_save_renders_what_it_saves():
    event = EventFactory(body="old")
    event.body = "*new*"
    event.save(update_fields=["body"])
    assert Event.objects.get(pk=event.pk).body_html == "<p><em>new</em></p>"


def test_a_script_never_reaches_the_stored_html():
    session = SessionFactory(description="Hi <script>alert(1)</script> [x](javascript:alert(2))")
    session.refresh_from_db()
    assert "<script" not in session.description_html
    assert "javascript:" not in session.description_html


def test_plain_text_is_plain_and_not_safe():
    text = html_to_text(render_markdown('He said "yes" & <left>\n\nNext *paragraph*'))
    assert text == "He said “yes” &\nNext paragraph"
    assert not isinstance(text, SafeString)
    rendered = Template('{% load core_tags %}<meta content="{{ v|plain_text }}">').render(
        Context({"v": render_markdown('A "quote" & more')})
    )
    assert rendered == '<meta content="A “quote” &amp; more">'


@pytest.mark.parametrize(
    "make",
    [
        lambda text: EventFactory(summary=text),
        lambda text: PressReleaseFactory(lead=text),
        lambda text: ProjectFactory(summary=text),
        lambda text: OrganisationFactory(description=text),
    ],
)
def test_a_quote_cannot_break_out_of_the_meta_attributes(client, make):
    # A code span keeps a straight double quote (no smart quotes) in the text.
    obj = make('Said `"><script>alert(1)</script>` loudly')
    html = client.get(obj.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    meta = read_meta(html)
    assert meta["description"] == 'Said "><script>alert(1)</script> loudly'
    assert meta["og:description"] == meta["description"]


@pytest.mark.parametrize(
    ("make", "url"),
    [
        (lambda: EventFactory(body=MARKDOWN), lambda obj: obj.get_absolute_url()),
        (lambda: EventFactory(summary=MARKDOWN), lambda obj: obj.get_absolute_url()),
        (lambda: SessionFactory(description=MARKDOWN), lambda obj: obj.event.get_absolute_url()),
        (lambda: ProjectFactory(description=MARKDOWN), lambda obj: obj.get_absolute_url()),
        (lambda: ProjectFactory(summary=MARKDOWN), lambda obj: obj.get_absolute_url()),
        (lambda: OrganisationFactory(description=MARKDOWN), lambda obj: obj.get_absolute_url()),
        (lambda: PressReleaseFactory(body=MARKDOWN), lambda obj: obj.get_absolute_url()),
        (lambda: PressReleaseFactory(lead=MARKDOWN), lambda obj: obj.get_absolute_url()),
        (
            lambda: EventSeriesFactory(description=MARKDOWN, slug="md-series"),
            lambda obj: EventFactory(series=obj, edition=1).series.get_absolute_url(),
        ),
    ],
)
def test_every_page_prints_the_stored_html(client, make, url):
    obj = make()
    html = client.get(url(obj)).content.decode()
    assert "Over <strong>220</strong> participants.<br>" in html
    assert "<li>two</li>" in html
    assert "**" not in html


def test_coverage_excerpts_and_cards_show_text_not_markup(client):
    event = EventFactory(summary="A **bold** summary.")
    CoverageFactory(event=event, excerpt="Quoted *in* the news.")
    html = client.get(event.get_absolute_url()).content.decode()
    assert "Quoted <em>in</em> the news." in html
    listing = client.get(reverse("events:event-list")).content.decode()
    assert "A bold summary." in listing and "**" not in listing


def test_the_feed_carries_the_rendered_lead(client):
    PressReleaseFactory(lead="Over **220** participants.")
    rss = client.get(reverse("pressroom:release-feed")).content.decode()
    assert "Over &lt;strong&gt;220&lt;/strong&gt; participants." in rss


def test_the_funder_statement_keeps_its_lines():
    eu = OrganisationFactory(funder_statement="Funded by the EU\nDelegation to Kazakhstan")
    assert eu.funder_statement_html == "<p>Funded by the EU<br>\nDelegation to Kazakhstan</p>"


def test_the_migration_fills_existing_rows_without_moving_updated_at():
    migration = importlib.import_module("events.migrations.0006_stored_html")
    event = EventFactory(body="**Existing** text")
    Event.objects.filter(pk=event.pk).update(body_html="", summary_html="")
    before = Event.objects.get(pk=event.pk).updated_at
    migration.render_stored_html(apps, None)
    after = Event.objects.get(pk=event.pk)
    assert after.body_html == "<p><strong>Existing</strong> text</p>"
    assert after.summary_html.startswith("<p>")
    assert after.updated_at == before


def test_country_name_reads_each_languages_names_once_and_follows_the_language():
    from django.utils import translation
    from django_countries.fields import Country

    from core.formatting import country_name

    assert country_name("KZ") == "Kazakhstan"
    assert country_name(Country("KG")) == "Kyrgyzstan"
    assert country_name("") == ""
    with translation.override("ru"):
        assert country_name("KZ") == str(Country("KZ").name)
