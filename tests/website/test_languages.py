"""The forum release in Russian and in Kazakh, as visitors meet it on every channel: its
page, the list, the PDF, the feeds, the calendar of its event, the search and the sitemap
(issue 17). The content is the demo's (partners, events and pressroom demo.py), written in
the three languages; visitors are fresh anonymous clients with the page cache on, asking
for their language as a browser does (tests.pages.in_language).

Texts not yet translated are shown in the language they exist in, marked with a ``lang``
attribute, and a page whose main text is not translated says so.
"""

import io
import re
from html import unescape

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from events import demo as events_demo
from events.models import Event
from partners import demo as partners_demo
from pressroom import demo as pressroom_demo
from pressroom.models import PressRelease
from tests.factories import EventFactory, PressReleaseFactory
from tests.pages import in_language, language_url

pytestmark = pytest.mark.django_db

RELEASE_SLUG = "ninth-expert-forum-criminal-justice-central-asia"
EVENT_SLUG = "ninth-expert-forum-on-criminal-justice-for-central-asia"
TITLES = {
    "ru": "В Астане завершился Девятый экспертный форум по уголовному правосудию для "
    "Центральной Азии",
    "kk": "Астанада Орталық Азияға арналған қылмыстық сот төрелігі жөніндегі тоғызыншы "
    "сарапшылар форумы аяқталды",
    "en": "Ninth Expert Forum on Criminal Justice for Central Asia Concludes in Astana",
}
EVENT_TITLES = {
    "ru": "Девятый экспертный форум по уголовному правосудию для Центральной Азии",
    "kk": "Орталық Азияға арналған қылмыстық сот төрелігі жөніндегі тоғызыншы сарапшылар форумы",
    "en": "Ninth Expert Forum on Criminal Justice for Central Asia",
}
# A word of each title that is in no other language's.
SEARCH_WORDS = {"ru": "форум", "kk": "сарапшылар", "en": "forum"}
LANGUAGES = ("ru", "kk")


@pytest.fixture
def demo():
    with translation.override("en"):
        partners_demo.build()
        events_demo.build()
        pressroom_demo.build()
    return PressRelease.objects.get(slug=RELEASE_SLUG)


def visitor(language) -> Client:
    return in_language(Client(), language)


def get(language, url):
    response = visitor(language).get(language_url(url, language))
    assert response.status_code == 200, (language, url, response.status_code)
    return response


def page_text(response) -> str:
    """The visible words of a page's <main>, on one line."""
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", main)).split())


def others(language):
    return [title for other, title in TITLES.items() if other != language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_shows_its_own_title_and_text(demo, language):
    response = get(language, demo.get_absolute_url())
    html = response.content.decode()
    assert f"<h1>{TITLES[language]}</h1>" in html  # no lang attribute: the page's language
    assert f"<title>{TITLES[language]} ·" in html
    text = page_text(response)
    assert not any(title in text for title in others(language))
    assert "220" in text and ("АСТАНА" in text)
    assert "translation-notice" not in html  # the note, in whichever language


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_shows_its_own_title(demo, language):
    text = page_text(get(language, reverse("pressroom:release-list")))
    assert TITLES[language] in text
    assert not any(title in text for title in others(language))


def pdf_reader(content: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(content))


def pdf_text(content: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in pdf_reader(content).pages).split())


def pdf_fonts(content: bytes) -> dict[str, bool]:
    """Each font the PDF uses, and whether the font file is embedded in it."""
    fonts = {}
    for page in pdf_reader(content).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_holds_its_own_title_in_embedded_fonts(demo, language):
    response = get(language, demo.get_pdf_url())
    content = b"".join(response) if response.streaming else response.content
    text = pdf_text(content)
    assert TITLES[language] in text
    assert "Ольга Мирошниченко" in text  # the contact, written in Cyrillic in both
    fonts = pdf_fonts(content)
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVu" in name for name in fonts), fonts  # no fallback font without glyphs


def test_the_pdf_has_every_kazakh_letter_in_an_embedded_font(demo):
    letters = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
    with translation.override("kk"):
        demo.lead = f"Қазақ әліпбиінің әріптері: {letters}."
        demo.save()
    response = get("kk", demo.get_pdf_url())
    content = response.content
    assert letters in pdf_text(content)
    fonts = pdf_fonts(content)
    assert all(fonts.values()) and all("DejaVu" in name for name in fonts), fonts


def test_pdfs_in_different_languages_are_different_files(demo):
    bodies = {language: get(language, demo.get_pdf_url()).content for language in LANGUAGES}
    assert bodies["ru"] != bodies["kk"]
    assert TITLES["kk"] not in pdf_text(bodies["ru"])
    # The Russian one again, now from the caches: still Russian.
    assert TITLES["ru"] in pdf_text(get("ru", demo.get_pdf_url()).content)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("feed", ["pressroom:release-feed", "pressroom:release-feed-atom"])
def test_the_feeds_carry_its_own_title(demo, language, feed):
    xml = unescape(get(language, reverse(feed)).content.decode())
    assert TITLES[language] in xml
    assert not any(title in xml for title in others(language))
    assert re.search(rf"<language>{language}</language>|xml:lang=\"{language}\"", xml)


def unfolded(ics: str) -> str:
    """An iCalendar text with its folded lines joined (RFC 5545, 3.1)."""
    return ics.replace("\r\n ", "").replace("\\,", ",")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_calendars_carry_the_events_own_title(demo, language):
    event = Event.objects.get(slug=EVENT_SLUG)
    for url in (event.get_ics_url(), reverse("events:calendar")):
        ics = unfolded(get(language, url).content.decode())
        assert f"SUMMARY:{EVENT_TITLES[language]}" in ics, url
        assert f"SUMMARY:{EVENT_TITLES['en']}" not in ics


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_search_finds_it_in_its_own_language(demo, language):
    url = reverse("website:search") + f"?q={SEARCH_WORDS[language]}"
    text = page_text(get(language, url))
    assert TITLES[language] in text
    assert not any(title in text for title in others(language))


def test_the_search_finds_russian_and_kazakh_words_whatever_the_visitors_language(demo):
    """Each language's columns are searched, whatever the page's language: an English
    page finds the forum by a Russian word, shown with its English title."""
    for word in ("форум", "Форум", "сарапшылар"):
        text = page_text(get("en", reverse("website:search") + f"?q={word}"))
        assert TITLES["en"] in text, word


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sitemap_lists_it(demo, language):
    xml = get(language, "/sitemap-press.xml").content.decode()
    assert demo.get_absolute_url() in xml
    assert "<lastmod>" in xml


# Texts not yet translated --------------------------------------------------------------


@pytest.fixture
def english_only():
    """A release and its event written in English only, as every text was before."""
    with translation.override("en"):
        event = EventFactory(title="Round table on probation", slug="round-table")
        return PressReleaseFactory(
            title="Round table on probation held in Almaty",
            lead="Judges and lawyers met in Almaty.",
            body="They discussed probation.",
            event=event,
        )


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("ru", "Эта страница пока недоступна на русском языке. Она показана на английском языке."),
        ("kk", "Бұл бет әлі қазақ тілінде жоқ. Ол ағылшын тілінде көрсетілген."),
    ],
)
def test_an_untranslated_release_says_so_and_marks_its_language(english_only, language, note):
    response = get(language, english_only.get_absolute_url())
    html = response.content.decode()
    assert '<h1 lang="en">Round table on probation held in Almaty</h1>' in html
    assert '<div class="lead" lang="en">' in html
    assert note in page_text(response)
    # The list marks the card's title and lead too.
    listing = get(language, reverse("pressroom:release-list")).content.decode()
    assert '<h3 lang="en"><a href="' in listing


def test_a_translated_release_has_no_note_and_no_lang_attributes(english_only):
    response = get("en", english_only.get_absolute_url())
    main = response.content.decode().split("<main", 1)[1]
    assert "not yet available" not in main
    assert ' lang="' not in main


def test_a_partly_translated_release_marks_only_what_is_in_another_language(english_only):
    with translation.override("ru"):
        english_only.title = "В Алматы прошёл круглый стол о пробации"
        english_only.save()
    html = get("ru", english_only.get_absolute_url()).content.decode()
    assert "<h1>В Алматы прошёл круглый стол о пробации</h1>" in html
    assert '<div class="lead" lang="en">' in html
    assert "Эта страница пока недоступна на русском языке." in html  # its text is not


@pytest.mark.parametrize(
    ("url_name", "translated_title"),
    [("pressroom:release-list", TITLES["ru"]), ("events:event-list", EVENT_TITLES["ru"])],
)
def test_lists_can_show_only_what_is_in_the_visitors_language(
    demo, english_only, url_name, translated_title
):
    untranslated = "Round table on probation"
    everything = card_titles(get("ru", reverse(url_name)))
    assert translated_title in everything and untranslated in everything

    only_russian = get("ru", reverse(url_name) + "?available=1")
    text = card_titles(only_russian)
    assert translated_title in text and untranslated not in text
    assert 'option value="1" selected' in only_russian.content.decode()

    # In English both exist: the filter keeps both.
    text = card_titles(get("en", reverse(url_name) + "?available=1"))
    assert "Ninth Expert Forum" in text and untranslated in text


def card_titles(response) -> str:
    return " | ".join(
        unescape(title)
        for title in re.findall(r"<h3[^>]*><a [^>]*>(.*?)</a></h3>", response.content.decode())
    )


def test_the_demo_releases_and_projects_are_written_in_the_three_languages(demo):
    """Every text of the three releases exists in every language, and each language
    states the seeds' figures; the projects' titles too (their descriptions, rewritten
    from the seeds since they were translated, are in English until translated again)."""
    from core.languages import LANGUAGES, missing_languages
    from partners.models import Project

    for release in PressRelease.objects.all():
        assert missing_languages(release) == [], release.slug
    for project in Project.objects.all():
        for language in LANGUAGES:
            assert getattr(project, f"title_{language}"), (project.slug, language)
    for language, budget in (
        ("en", "EUR 777,895"),
        ("ru", "777\u00a0895 евро"),
        ("kk", "777\u00a0895 еуро"),
    ):
        assert budget in getattr(demo, f"body_{language}"), language
        assert "220" in getattr(demo, f"lead_{language}"), language
