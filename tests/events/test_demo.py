import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from events import demo
from events.models import Event, EventOrganisation, EventSeries, Session
from partners import demo as partners_demo
from tests.pages import in_language

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english(client):
    """The seeds' own language: the facts below are checked as the seeds word them (the
    other languages: tests/website/test_languages.py)."""
    in_language(client, "en")
    with translation.override("en"):
        yield


@pytest.fixture
def built():
    partners_demo.build()
    return demo.build()


def snapshot():
    return (
        list(Event.objects.order_by("pk").values()),
        list(EventOrganisation.objects.order_by("pk").values()),
        list(Session.objects.order_by("pk").values()),
        list(Session.leading_organisations.through.objects.order_by("pk").values()),
        list(EventSeries.objects.order_by("pk").values()),
    )


def test_running_the_demo_twice_changes_nothing(built):
    before = snapshot()
    assert demo.build() == built
    after = snapshot()
    # Not even updated_at moves: nothing is saved that did not change.
    assert before == after
    assert built == {"series": 1, "events": 4, "roles": 19, "sessions": 3, "quotes": 4}


def test_the_ninth_forum_as_the_seed_states_it(built, client):
    forum = Event.objects.get(series__slug="expert-forum-criminal-justice-central-asia")
    assert forum.edition_ordinal == "Ninth"
    assert forum.title == "Ninth Expert Forum on Criminal Justice for Central Asia"
    assert (forum.start_date, forum.end_date) == (
        datetime.date(2024, 11, 20),
        datetime.date(2024, 11, 21),
    )
    assert forum.city == "Astana" and forum.participant_count == 220
    assert (forum.participant_qualifier, forum.participants_text[:22]) == (
        "over",
        "over 220 participants ",
    )
    assert {c.code for c in forum.participating_countries} == {"KZ", "KG", "UZ", "TJ", "TM", "MN"}
    organisers = set(
        forum.roles.filter(role="organiser").values_list("organisation__slug", flat=True)
    )
    assert organisers == {"odihr", "lprc", "unodc", "undp", "dignity", "osce-astana"}
    funders = set(forum.roles.filter(role="funder").values_list("organisation__slug", flat=True))
    assert funders == {"eu", "us-state-counterterrorism"}
    monitoring = forum.sessions.get(title="Monitoring criminal justice")
    assert {o.slug for o in monitoring.leading_organisations.all()} == {"lprc", "iphr", "odihr"}
    assert forum.sessions.filter(title__icontains="gender").exists()
    html = client.get(forum.get_absolute_url()).content.decode()
    assert "Ninth edition of the" in html and "Monitoring criminal justice" in html


def test_the_other_seed_events(built, client):
    academy = Event.objects.get(kind="academy")
    assert (academy.city, academy.start_date, academy.end_date) == (
        "Almaty",
        datetime.date(2024, 8, 19),
        datetime.date(2024, 8, 21),
    )
    assert academy.participant_count == 42
    assert "27 civil society organizations from 13 regions" in academy.participant_note
    presentation = Event.objects.get(kind="presentation")
    assert presentation.start_date == presentation.end_date == datetime.date(2024, 4, 11)
    assert "Johannes Baur" in presentation.summary
    assert presentation.quotes.get().person.name == "Johannes Baur"
    steering = Event.objects.get(kind="steering-committee")
    assert steering.start_date == datetime.date(2023, 10, 5)
    assert steering.city == "" and steering.country == "KG"
    assert steering.participant_count == 60 and steering.project.slug == "just4all"
    assert steering.participant_qualifier == "about"
    assert steering.quotes.count() == 3
    lists = {
        "events:forum-list": "Ninth Expert Forum",
        "events:academy-list": "Rule of Law Academy",
        "events:steering-meeting-list": "Third JUST4ALL Steering Committee Meeting",
    }
    for name, title in lists.items():
        assert title in client.get(reverse(name)).content.decode()
    project_page = client.get(reverse("partners:project-detail", args=["rule-of-law-for-all"]))
    assert "Rule of Law Academy" in project_page.content.decode()


def funders_standard_wording() -> dict[str, dict[str, str]]:
    """The EU's own wording (partners.visibility), which the demo writes in each language
    as the catalogues translate it: {English: {"ru": ..., "kk": ...}}."""
    from django.utils import translation

    from partners.visibility import EU_COFUNDED, EU_DISCLAIMERS, EU_EMBLEM, EU_FUNDED

    wording = {}
    for text in (EU_FUNDED, EU_COFUNDED, EU_EMBLEM, *EU_DISCLAIMERS.values()):
        wording[text] = {}
        for language in ("ru", "kk"):
            with translation.override(language):
                wording[text][language] = translation.gettext(text)
            assert wording[text][language] != text, (language, text)  # the catalogue has it
    return wording


def test_the_demo_texts_translated_are_written_in_the_three_languages(built):
    """Each demo text whose English the translations (demo_texts) give word for word is
    in Russian and Kazakh too; a text the facts changed since stays English, with no
    other language made up for it (the pages show it marked)."""
    from django.apps import apps

    from core.demo import cover_description
    from core.languages import LANGUAGES, column, has_text, text_fields
    from events.demo_texts import TRANSLATIONS as EVENTS
    from partners.demo_texts import TRANSLATIONS as PARTNERS
    from pressroom.demo_texts import TRANSLATIONS as PRESSROOM

    known = {**PARTNERS, **EVENTS, **PRESSROOM, **funders_standard_wording()}
    translated = untranslated = 0
    for model in apps.get_models():
        for name in text_fields(model):
            for obj in model.objects.all():
                texts = {lang: getattr(obj, column(name, lang)) for lang in LANGUAGES}
                if not has_text(texts["en"]):
                    continue
                if name == "cover_alt":  # a demo title card's description (core.demo)
                    described = cover_description(texts["en"].removeprefix("Title card: "))
                    expected = {lang: described[column(name, lang)] for lang in LANGUAGES}
                    assert texts == expected, (obj, name)
                    translated += 1
                elif texts["en"] in known:
                    expected = known[texts["en"]]
                    assert texts["ru"] == expected["ru"], (obj, name)
                    assert texts["kk"] == expected["kk"], (obj, name)
                    translated += 1
                elif model._meta.app_label in {"events", "pressroom"} or name != "name":
                    assert not texts["ru"] and not texts["kk"], (obj, name)
                    untranslated += 1
    assert translated > 50 and untranslated > 0, (translated, untranslated)
    series = EventSeries.objects.get()
    assert (series.title_ru, series.title_kk) == (
        "Экспертный форум по уголовному правосудию для Центральной Азии",
        "Орталық Азияға арналған қылмыстық сот төрелігі жөніндегі сарапшылар форумы",
    )
    # The facts stay the same in every language: the numbers of the seeds.
    forum = Event.objects.get(kind="forum")
    for language in LANGUAGES:
        assert "2021" in getattr(forum, f"summary_{language}")
