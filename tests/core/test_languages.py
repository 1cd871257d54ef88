"""Texts in Russian, Kazakh and English (core.languages): which columns a text has, which
language it is shown in, queries that read the columns as the objects do, the Markdown
rendered per language, the template tags that mark a text in another language, and the
migration that made the English columns of what existed before."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.template import Context, Template
from django.utils import translation

from core import languages
from events.models import Event, EventSeries
from partners.models import Organisation
from pressroom.models import PressRelease
from tests.factories import EventFactory, OrganisationFactory, PressReleaseFactory

pytestmark = pytest.mark.django_db


def test_the_fallback_order_of_each_language():
    assert languages.LANGUAGES == ("ru", "kk", "en")
    assert languages.fallback_order("ru") == ("ru", "en", "kk")
    assert languages.fallback_order("kk") == ("kk", "ru", "en")
    assert languages.fallback_order("en") == ("en", "ru", "kk")
    with translation.override("kk"):
        assert languages.fallback_order() == ("kk", "ru", "en")


def test_columns_of_a_text_and_through_relations():
    assert languages.columns(Event, "title") == ["title_ru", "title_kk", "title_en"]
    assert languages.columns(Event, "slug") == ["slug"]
    assert languages.lookup_columns(Event, "series__title") == [
        "series__title_ru",
        "series__title_kk",
        "series__title_en",
    ]
    assert languages.lookup_columns(Event, "=project__short_name")[0] == "=project__short_name_ru"
    assert languages.lookup_columns(Event, "start_date__year") == ["start_date__year"]
    assert "summary_html" in languages.translated_fields(Event)
    assert "summary_html" not in languages.text_fields(Event)  # rendered, not written


def test_a_text_is_shown_in_the_first_language_of_the_fallback_order_that_has_it():
    with translation.override("en"):
        event = EventFactory(title="Forum")
    event.title_kk = "Форум (kk)"
    event.save()
    cases = {"en": ("Forum", "en"), "ru": ("Forum", "en"), "kk": ("Форум (kk)", "kk")}
    for language, (title, shown) in cases.items():
        with translation.override(language):
            assert (event.title, languages.shown_language(event, "title")) == (title, shown)
    with translation.override("ru"):
        assert languages.shown_language(event, "slug") is None  # not translated at all


def test_shown_language_never_loads_a_deferred_text(django_assert_num_queries):
    with translation.override("en"):
        EventFactory(body="A long body.")
    event = Event.objects.for_cards().get()  # cards defer the body
    with translation.override("ru"), django_assert_num_queries(0):
        assert languages.shown_language(event, "body") is None
        assert languages.shown_language(event, "title") == "en"


def test_ordering_and_menus_read_the_fallback_text_not_one_column():
    with translation.override("en"):
        OrganisationFactory(name="Zeta foundation", slug="zeta")
        OrganisationFactory(name="Alpha foundation", slug="alpha")
    zeta = Organisation.objects.get(slug="zeta")
    zeta.name_ru = "Бета"
    zeta.save()
    with translation.override("ru"):
        ordered = Organisation.objects.order_by(languages.fallback_value("name"))
        # "Alpha foundation" (English, shown as such) before "Бета"; never NULLs first.
        assert [o.slug for o in ordered] == ["alpha", "zeta"]
        names = list(
            Organisation.objects.annotate(shown=languages.fallback_value("name"))
            .order_by("shown")
            .values_list("shown", flat=True)
        )
        assert names == ["Alpha foundation", "Бета"]


def test_what_is_available_and_what_is_missing_in_a_language():
    with translation.override("en"):
        english = PressReleaseFactory(title="English", lead="Lead.")
        both = PressReleaseFactory(title="Both", lead="Lead.")
    both.title_ru, both.lead_ru = "Оба", "Лид."
    both.body_ru, both.dateline_city_ru = "Текст.", "АСТАНА"
    both.save()
    in_russian = PressRelease.objects.filter(languages.available_q(("title", "lead"), "ru"))
    assert list(in_russian) == [both]
    missing_ru = set(PressRelease.objects.filter(languages.missing_q(PressRelease, "ru")))
    assert english in missing_ru
    assert languages.missing_languages(english) == ["ru", "kk"]
    assert "ru" not in languages.missing_languages(both)


def test_markdown_is_rendered_per_language():
    with translation.override("en"):
        release = PressReleaseFactory(lead="**Forum** in Astana.")
    release.lead_ru = "**Форум** в Астане."
    release.save()
    release.refresh_from_db()
    assert release.lead_html_en == "<p><strong>Forum</strong> in Astana.</p>"
    assert release.lead_html_ru == "<p><strong>Форум</strong> в Астане.</p>"
    assert not release.lead_html_kk
    with translation.override("kk"):
        assert release.lead_html == "<p><strong>Форум</strong> в Астане.</p>"  # kk -> ru

    # save(update_fields=[...]) renders what it writes, in every language asked for.
    release.lead_kk = "Астанадағы *форум*."
    release.save(update_fields=["lead_kk"])
    release.refresh_from_db()
    assert release.lead_html_kk == "<p>Астанадағы <em>форум</em>.</p>"


def test_a_required_text_must_exist_in_one_language():
    series = EventSeries(slug="no-title")
    with pytest.raises(ValidationError) as raised:
        series.full_clean()
    assert "Give the title in at least one language." in str(raised.value)
    series.title_kk = "Форум"
    series.full_clean()


def render(template: str, **context) -> str:
    return Template("{% load core_tags %}" + template).render(Context(context))


def test_the_tags_mark_a_text_in_another_language_and_only_then():
    with translation.override("en"):
        event = EventFactory(title="Forum <2024>", summary="Summary.")
    with translation.override("en"):
        assert render('<h1{% lang_attr event "title" %}>', event=event) == "<h1>"
        assert render('{% text event "title" %}', event=event) == "Forum &lt;2024&gt;"
        notice = render('{% translation_notice event "title" "summary_html" %}', event=event)
        assert notice.strip() == ""
    with translation.override("ru"):
        assert render('<h1{% lang_attr event "title" %}>', event=event) == '<h1 lang="en">'
        assert (
            render('{% text event "title" %}', event=event)
            == '<span lang="en">Forum &lt;2024&gt;</span>'
        )
        notice = render('{% translation_notice event "title" "summary_html" %}', event=event)
        # In the visitor's language (the catalogue's Russian).
        assert (
            "Эта страница пока недоступна на русском языке. Она показана на английском языке."
            in notice
        )
        assert 'role="note"' in notice


def test_the_migration_copies_what_existed_into_the_english_columns_and_back(
    transactional_db,
):
    """Each app's *_translations_copy_en migration, forwards and backwards (events here;
    the others are the same code with their own fields)."""
    executor = MigrationExecutor(connection)
    before, copy = ("events", "0013_translations"), ("events", "0014_translations_copy_en")
    # Every app's latest: going back unapplies other apps' migrations that depend on these.
    latest = executor.loader.graph.leaf_nodes()
    try:
        executor.migrate([before])
        old_apps = executor.loader.project_state([before]).apps
        Series = old_apps.get_model("events", "EventSeries")
        series = Series.objects.create(
            title="Expert Forum",
            slug="expert-forum",
            description="*Yearly*",
            description_html="<p><em>Yearly</em></p>",
        )
        executor = MigrationExecutor(connection)
        executor.migrate([copy])
        new_apps = executor.loader.project_state([copy]).apps
        copied = new_apps.get_model("events", "EventSeries").objects.get(pk=series.pk)
        assert (copied.title_en, copied.description_en, copied.description_html_en) == (
            "Expert Forum",
            "*Yearly*",
            "<p><em>Yearly</em></p>",
        )
        assert copied.title_ru is None and copied.title_kk is None
        copied.title_en = "Expert Forum, renamed"
        copied.save()

        executor = MigrationExecutor(connection)
        executor.migrate([before])
        back = Series.objects.get(pk=series.pk)
        assert back.title == "Expert Forum, renamed"  # an English edit survives the way back
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(latest)


def test_a_release_cited_as_a_source_gives_its_title_in_every_language():
    """A release is a source (partners.Source): the source's title follows each language
    of the release, whatever language the saving editor's admin was in."""
    from partners.models import Source

    with translation.override("en"):
        release = PressReleaseFactory(title="Forum release")
    with translation.override("ru"):  # an editor whose admin is in Russian
        release.title_ru = "Пресс-релиз о форуме"
        release.title_kk = "Форум туралы баспасөз релизі"
        release.save()
    source = Source.objects.get(origin=release.source_origin)
    assert (source.title_en, source.title_ru, source.title_kk) == (
        "Forum release",
        "Пресс-релиз о форуме",
        "Форум туралы баспасөз релизі",
    )
    for language, expected in (("en", "Forum release"), ("kk", "Форум туралы баспасөз релизі")):
        with translation.override(language):
            assert Source.objects.get(pk=source.pk).title == expected
    # A later English edit reaches the source's English column only.
    with translation.override("en"):
        release.title_en = "Forum release, corrected"
        release.save()
    source.refresh_from_db()
    assert (source.title_en, source.title_ru) == (
        "Forum release, corrected",
        "Пресс-релиз о форуме",
    )


def test_contacts_counts_and_named_sources_are_written_in_each_language():
    """What a visitor reads of a person (honorific, the note on a number), of another
    source's count ("stakeholders") and a named document's title has a column per language."""
    from events.models import ParticipantCount
    from partners.models import Person, Source

    assert {"honorific", "name", "position", "phone_note"} <= set(
        languages.translated_fields(Person)
    )
    assert languages.translated_fields(Source) == ("title",)
    assert languages.translated_fields(ParticipantCount) == ("note",)


def test_an_honorific_stands_where_each_language_puts_it():
    from partners.models import Person

    person = Person(name="Ашита Миттал", honorific="ханым")
    assert person.full_name == "Ашита Миттал ханым"
    assert Person(name="Ашита Миттал", honorific="г-жа").full_name == "г-жа Ашита Миттал"
    assert Person(name="Ashita Mittal", honorific="Ms").full_name == "Ms Ashita Mittal"
    assert Person(name="Ashita Mittal", honorific="").full_name == "Ashita Mittal"
