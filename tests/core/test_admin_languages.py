"""Staff write every text in Russian, Kazakh and English in the admin (core.admin,
TranslatedFieldsAdminMixin), as an editor or a publisher (never a superuser); moderation
and publishing apply to each language's column unchanged (core.moderation)."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from core.models import Proposal
from events.models import Session
from pressroom.models import PressRelease
from tests.core.test_moderation import approve, change_url, editor, publisher, review_url  # noqa: F401 - fixtures
from tests.factories import EventFactory, PressReleaseFactory
from tests.pages import in_language, language_url
from tests.pressroom.test_admin import form_data as release_post
from tests.website.test_staff import errors, form_data

pytestmark = pytest.mark.django_db

ADD_RELEASE = reverse("admin:pressroom_pressrelease_add")
RELEASES = reverse("admin:pressroom_pressrelease_changelist")


def public(url, language) -> str:
    response = in_language(Client(), language).get(language_url(url, language))
    assert response.status_code == 200, url
    return response.content.decode()


def test_each_text_is_a_row_of_its_three_languages(editor):  # noqa: F811
    release = PressReleaseFactory()
    html = editor.get(change_url(release)).content.decode()
    assert 'name="title"' not in html  # the original column is the save's, not staff's
    for language, name in (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English")):
        assert re.search(rf'<textarea name="lead_{language}"[^>]*lang="{language}"', html)
        assert re.search(rf'<input type="text" name="title_{language}"[^>]*lang="{language}"', html)
        assert f"Title · {name}" in html
    assert 'class="vTextField translation-field"' in html or "translation-field" in html
    # One row holds the three; the help text is said once, under the first.
    assert re.search(r'form-row field-title_ru field-title_kk field-title_en"', html)
    assert html.count("The first paragraph: who, what, where, when.") == 1
    assert "css/admin.css" in html  # the stylesheet that lays them side by side


def test_a_release_written_in_russian_only_is_saved_and_shown_as_such(publisher):  # noqa: F811
    data = release_post(status="published")  # in the language the test runs in
    for name in ("title", "lead", "body", "dateline_city"):
        for language in ("ru", "kk", "en"):
            data[f"{name}_{language}"] = ""
    data.update(
        title_ru="Академия верховенства права в Алматы",
        lead_ru="Академия завершилась 21 августа 2024 года.",
        body_ru="",
        dateline_city_ru="АЛМАТЫ",
    )
    response = publisher.post(ADD_RELEASE, data)
    assert response.status_code == 302, errors(response)
    release = PressRelease.objects.get()
    assert (release.title_ru, release.title_en, release.title_kk) == (
        "Академия верховенства права в Алматы",
        None,
        None,
    )
    assert release.lead_html_ru == "<p>Академия завершилась 21 августа 2024 года.</p>"
    assert not release.lead_html_en

    russian = public(release.get_absolute_url(), "ru")
    assert "<h1>Академия верховенства права в Алматы</h1>" in russian
    english = public(release.get_absolute_url(), "en")
    assert '<h1 lang="ru">Академия верховенства права в Алматы</h1>' in english
    assert "This page is not yet available in English. It is shown in Russian." in english


def test_a_text_the_model_requires_is_asked_for_in_at_least_one_language(publisher):  # noqa: F811
    data = release_post()
    for language in ("ru", "kk", "en"):
        data[f"title_{language}"] = ""
    response = publisher.post(ADD_RELEASE, data)
    assert response.status_code == 200
    assert "Give the title in at least one language." in errors(response)
    assert not PressRelease.objects.exists()


def test_the_list_shows_and_filters_what_is_missing_in_a_language(editor):  # noqa: F811
    with translation.override("en"):
        english_only = PressReleaseFactory(title="In English only")
        complete = PressReleaseFactory(title="In all three")
    for language, title in (("ru", "На трёх языках"), ("kk", "Үш тілде")):
        setattr(complete, f"title_{language}", title)
        setattr(complete, f"lead_{language}", title)
        setattr(complete, f"body_{language}", title)
        setattr(complete, f"dateline_city_{language}", title)
    complete.save()

    html = editor.get(RELEASES).content.decode()
    assert "missing ru" in html and "missing kk" in html  # the filter's choices
    missing_column = (
        r'<a href="/admin/pressroom/pressrelease/(\d+)/change/[^"]*">.*?</a>'
        r'.*?<td class="field-missing_translations">(.*?)</td>'
    )
    rows = dict(re.findall(missing_column, html, re.S))
    assert rows[str(english_only.pk)] == "ru / kk"
    assert rows[str(complete.pk)] == "—"

    missing_kk = editor.get(RELEASES + "?missing=kk").content.decode()
    assert "In English only" in missing_kk and "In all three" not in missing_kk


def test_the_admin_search_looks_in_every_language(editor):  # noqa: F811
    release = PressReleaseFactory(title="Probation round table")
    release.title_kk = "Пробация жөніндегі дөңгелек үстел"
    release.save()
    html = editor.get(RELEASES + "?q=дөңгелек").content.decode()
    assert "Probation round table" in html or "Пробация жөніндегі" in html
    assert "0 results" not in html


def test_an_editors_kazakh_title_is_reviewed_and_applied_to_kazakh_alone(
    editor,  # noqa: F811
    publisher,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    with translation.override("en"):
        release = PressReleaseFactory(title="Academy opens")
    release.title_ru = "Академия открылась"
    release.save()
    page_url = release.get_absolute_url()
    assert "<h1>Академия открылась</h1>" in public(page_url, "ru")
    # Kazakh readers get Russian first (settings.MODELTRANSLATION_FALLBACK_LANGUAGES).
    assert '<h1 lang="ru">Академия открылась</h1>' in public(page_url, "kk")

    data = form_data(editor.get(change_url(release)), _submit_proposal="1")
    data["title_kk"] = "Академия ашылды"
    response = editor.post(change_url(release), data)
    assert response.status_code == 302, errors(response)
    release.refresh_from_db()
    assert release.title_kk is None  # nothing public changes before the review
    assert '<h1 lang="ru">Академия открылась</h1>' in public(page_url, "kk")

    proposal = Proposal.objects.get()
    review = publisher.get(review_url(proposal)).content.decode()
    assert "Title [kk]" in review and "Академия ашылды" in review
    # Only what the editor changed: not the other languages, not the derived column.
    assert "Title [ru]" not in review and "Title [en]" not in review
    assert not re.search(r"<th[^>]*>\s*Title\s*</th>", review)

    # The publisher reviews with the admin in Russian: approving must not write the
    # Russian page's text into any column.
    in_language(publisher, "ru")
    approve(publisher, proposal, django_capture_on_commit_callbacks)
    release.refresh_from_db()
    assert (release.title_en, release.title_ru, release.title_kk) == (
        "Academy opens",
        "Академия открылась",
        "Академия ашылды",
    )
    assert "<h1>Академия ашылды</h1>" in public(page_url, "kk")
    assert "<h1>Академия открылась</h1>" in public(page_url, "ru")
    assert "<h1>Academy opens</h1>" in public(page_url, "en")


def test_an_editor_adds_a_session_in_russian_to_a_draft_event(editor):  # noqa: F811
    event = EventFactory(status="draft")
    data = form_data(editor.get(change_url(event)))
    total = int(data["sessions-TOTAL_FORMS"])
    data.update(
        {
            "sessions-TOTAL_FORMS": str(total + 1),
            f"sessions-{total}-kind": "panel",
            f"sessions-{total}-order": "1",
            f"sessions-{total}-title_ru": "Мониторинг уголовного правосудия",
            f"sessions-{total}-description_ru": "Методология и пилот в **Кыргызстане**.",
        }
    )
    response = editor.post(change_url(event), data)
    assert response.status_code == 302, errors(response)
    session = Session.objects.get(event=event)
    assert session.title_ru == "Мониторинг уголовного правосудия"
    assert session.description_html_ru == (
        "<p>Методология и пилот в <strong>Кыргызстане</strong>.</p>"
    )
    assert not session.title_en
