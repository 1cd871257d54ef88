import datetime

import pytest
from django.contrib.admin.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from events.models import Event
from tests.factories import (
    MINIMAL_PDF,
    EventFactory,
    EventOrganisationFactory,
    EventSeriesFactory,
    OrganisationFactory,
    PhotoFactory,
    ProjectFactory,
    SessionFactory,
    png_bytes,
)
from tests.pages import translated_post

pytestmark = pytest.mark.django_db

INLINES = ("roles", "other_counts", "quotes", "sessions", "photos", "documents")


def event_post(**overrides):
    data = {
        "title": "Ninth Expert Forum on Criminal Justice for Central Asia",
        "slug": "ninth-expert-forum",
        "kind": "forum",
        "status": "published",
        "summary": "Over 220 participants from six countries.",
        "body": "",
        "series": "",
        "edition": "",
        "project": "",
        "start_date": "2024-11-20",
        "end_date": "2024-11-21",
        "city": "Astana",
        "country": "KZ",
        "venue": "",
        "participant_count": "220",
        "participant_qualifier": "over",
        "participant_note": "participants",
        "participating_countries": ["KZ", "KG", "UZ", "TJ", "TM", "MN"],
        "cover_alt": "",
        "_save": "Save",
    }
    for prefix in INLINES:
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(overrides)
    return translated_post(data)


def errors_of(response):
    return response.content.decode() if response.status_code == 200 else ""


def test_add_page_has_inlines_and_autocomplete(staff_client):
    response = staff_client.get(reverse("admin:events_event_add"))
    assert response.status_code == 200
    html = response.content.decode()
    for prefix in INLINES:
        assert f'name="{prefix}-TOTAL_FORMS"' in html
    assert "admin-autocomplete" in html
    assert 'accept=".pdf,.docx,.pptx,.xlsx"' in html
    assert 'accept="image/jpeg,image/png,image/webp,image/gif"' in html
    assert 'data-model-name="organisation"' in html or "organisation" in html


def test_staff_add_an_event_with_roles_sessions_photo_and_document(staff_client):
    lprc = OrganisationFactory(short_name="LPRC")
    iphr = OrganisationFactory(short_name="IPHR")
    series = EventSeriesFactory()
    project = ProjectFactory()
    data = event_post(series=str(series.pk), edition="9", project=str(project.pk))
    data.update(
        translated_post(
            {
                "roles-TOTAL_FORMS": "2",
                "roles-0-organisation": str(lprc.pk),
                "roles-0-role": "organiser",
                "roles-0-order": "0",
                "roles-1-organisation": str(iphr.pk),
                "roles-1-role": "partner",
                "roles-1-order": "1",
                "sessions-TOTAL_FORMS": "1",
                "sessions-0-kind": "panel",
                "sessions-0-order": "1",
                "sessions-0-title": "Monitoring criminal justice",
                "sessions-0-description": "",
                "sessions-0-leading_organisations": [str(lprc.pk), str(iphr.pk)],
                "photos-TOTAL_FORMS": "1",
                "photos-0-image": SimpleUploadedFile("plenary.png", png_bytes((2000, 1000))),
                "photos-0-caption": "Plenary",
                "photos-0-alt_text": "",
                "photos-0-credit": "LPRC",
                "photos-0-order": "0",
                "documents-TOTAL_FORMS": "1",
                "documents-0-title": "Agenda",
                "documents-0-kind": "agenda",
                "documents-0-file": SimpleUploadedFile("agenda.pdf", MINIMAL_PDF),
                "documents-0-order": "0",
            }
        )
    )
    response = staff_client.post(reverse("admin:events_event_add"), data)
    assert response.status_code == 302, errors_of(response)
    event = Event.objects.get(slug="ninth-expert-forum")
    assert event.edition_ordinal == "Ninth"
    assert [r.organisation for r in event.roles.order_by("order")] == [lprc, iphr]
    session = event.sessions.get()
    assert set(session.leading_organisations.all()) == {lprc, iphr}
    photo = event.photos.get()
    assert photo.web_image and photo.thumbnail
    assert event.documents.get().size == len(MINIMAL_PDF)
    assert sorted(c.code for c in event.participating_countries) == [
        "KG",
        "KZ",
        "MN",
        "TJ",
        "TM",
        "UZ",
    ]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"end_date": "2024-11-19"}, "The end date must be on or after the start date."),
        ({"participant_count": "-5"}, "The number of participants cannot be negative."),
        ({"edition": "3"}, "An edition number needs a series; choose one or clear it."),
        ({"start_date": "not a date"}, "Enter a date as 2025-03-14, a month as 2025-03"),
    ],
)
def test_validation_messages(staff_client, overrides, message):
    response = staff_client.post(reverse("admin:events_event_add"), event_post(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Event.objects.exists()


def test_edition_already_taken_in_the_series(staff_client):
    series = EventSeriesFactory()
    EventFactory(title="The real Ninth Forum", series=series, edition=9)
    response = staff_client.post(
        reverse("admin:events_event_add"),
        event_post(
            series=str(series.pk),
            edition="9",
            slug="another",
            start_date="2025-11-20",
            end_date="2025-11-21",
        ),
    )
    assert response.status_code == 200
    assert (
        "The Ninth edition of this series is already taken by “The real Ninth Forum”."
        in response.content.decode()
    )
    assert Event.objects.count() == 1


def test_slug_taken_in_the_same_year(staff_client):
    EventFactory(slug="ninth-expert-forum", start_date=datetime.date(2024, 3, 1))
    response = staff_client.post(reverse("admin:events_event_add"), event_post())
    assert response.status_code == 200
    assert "Another event starting in the same year already has this slug." in (
        response.content.decode()
    )


def test_photo_that_is_not_an_image(staff_client):
    data = event_post()
    data.update(
        {
            "photos-TOTAL_FORMS": "1",
            "photos-0-image": SimpleUploadedFile("photo.jpg", b"<html><script>x</script></html>"),
            "photos-0-caption": "",
            "photos-0-alt_text": "",
            "photos-0-credit": "",
            "photos-0-order": "0",
        }
    )
    response = staff_client.post(reverse("admin:events_event_add"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "SVG and HTML files are not accepted" in html or "The file is not an image" in html
    assert not Event.objects.exists()


def test_photo_that_is_a_text_file(staff_client):
    data = event_post()
    data.update(
        {
            "photos-TOTAL_FORMS": "1",
            "photos-0-image": SimpleUploadedFile("photo.jpg", b"just some text, not pixels"),
            "photos-0-caption": "",
            "photos-0-alt_text": "",
            "photos-0-credit": "",
            "photos-0-order": "0",
        }
    )
    response = staff_client.post(reverse("admin:events_event_add"), data)
    assert "The file is not an image: upload a JPEG, PNG, WebP or GIF file." in (
        response.content.decode()
    )


def test_document_that_lies_about_its_type(staff_client):
    data = event_post()
    data.update(
        {
            "documents-TOTAL_FORMS": "1",
            "documents-0-title": "Agenda",
            "documents-0-kind": "agenda",
            "documents-0-file": SimpleUploadedFile("agenda.pdf", b"MZ\x90 an executable"),
            "documents-0-order": "0",
        }
    )
    response = staff_client.post(reverse("admin:events_event_add"), data)
    assert "The file is not a PDF document." in response.content.decode()
    assert not Event.objects.exists()


def test_change_page_has_view_on_site_and_saves(staff_client):
    event = EventFactory(title="Rule of Law Academy", slug="academy")
    PhotoFactory(event=event)
    url = reverse("admin:events_event_change", args=[event.pk])
    html = staff_client.get(url).content.decode()
    assert "View on site" in html
    view_on_site = staff_client.get(
        reverse("admin:view_on_site", args=[_content_type_id(), event.pk])
    )
    assert view_on_site.status_code == 302
    assert view_on_site["Location"].endswith(event.get_absolute_url())
    assert staff_client.get(event.get_absolute_url()).status_code == 200


def _content_type_id():
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(Event).pk


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ({}, ["Ninth Forum", "An academy", "A draft"], []),
        ({"kind__exact": "forum"}, ["Ninth Forum"], ["An academy"]),
        ({"year": "2023"}, ["An academy"], ["Ninth Forum"]),
        ({"year": "junk"}, ["Ninth Forum", "An academy"], []),
        ({"country__exact": "KG"}, ["An academy"], ["Ninth Forum"]),
        ({"status__exact": "draft"}, ["A draft"], ["Ninth Forum"]),
        ({"q": "academy"}, ["An academy"], ["Ninth Forum"]),
        ({"start_date__year": "2024"}, ["Ninth Forum"], ["An academy"]),
    ],
)
def test_changelist_filters_and_search(staff_client, query, shown, hidden):
    EventFactory(title="Ninth Forum", series=EventSeriesFactory(), edition=9)
    EventFactory(
        title="An academy", kind="academy", country="KG", start_date=datetime.date(2023, 5, 1)
    )
    EventFactory(title="A draft", status="draft", kind="training")
    response = staff_client.get(reverse("admin:events_event_changelist"), query)
    assert response.status_code == 200
    html = response.content.decode()
    for title in shown:
        assert f">{title}</a>" in html, title
    for title in hidden:
        assert f">{title}</a>" not in html, title


def test_changelist_filter_by_project_and_series(staff_client):
    project = ProjectFactory()
    series = EventSeriesFactory()
    EventFactory(title="Ninth Forum", project=project, series=series, edition=9)
    EventFactory(title="An academy", kind="academy")
    url = reverse("admin:events_event_changelist")
    for query in ({"project__id__exact": project.pk}, {"series__id__exact": series.pk}):
        html = staff_client.get(url, query).content.decode()
        assert "Ninth Forum" in html and "An academy" not in html


def test_duplicate_as_next_edition(staff_client):
    series = EventSeriesFactory()
    lprc, iphr, odihr = (OrganisationFactory(short_name=n) for n in ("LPRC", "IPHR", "ODIHR"))
    ninth = EventFactory(
        title="Ninth Expert Forum on Criminal Justice for Central Asia",
        slug="ninth-expert-forum",
        series=series,
        edition=9,
        start_date=datetime.date(2024, 11, 20),
        end_date=datetime.date(2024, 11, 21),
        participant_count=220,
        body="What happened at the Ninth.",
        participating_countries=["KZ", "KG"],
    )
    EventOrganisationFactory(event=ninth, organisation=lprc, role="organiser")
    EventOrganisationFactory(event=ninth, organisation=odihr, role="co-organiser")
    SessionFactory(
        event=ninth, title="Monitoring criminal justice", leading_organisations=[lprc, iphr, odihr]
    )
    PhotoFactory(event=ninth)
    response = staff_client.post(
        reverse("admin:events_event_changelist"),
        {"action": "duplicate_as_next_edition", "_selected_action": [ninth.pk]},
        follow=True,
    )
    tenth = Event.objects.get(series=series, edition=10)
    assert response.redirect_chain[-1][0] == reverse("admin:events_event_change", args=[tenth.pk])
    html = response.content.decode()
    assert "the Tenth edition, as a draft" in html
    assert "20 November 2025" in html and "21 November 2025" in html
    assert "set the real dates before publishing" in html
    assert tenth.title == "Tenth Expert Forum on Criminal Justice for Central Asia"
    assert tenth.slug == "tenth-expert-forum"
    assert tenth.status == "draft" and tenth.dates_unconfirmed
    assert (tenth.start_date, tenth.end_date) == (
        datetime.date(2025, 11, 20),
        datetime.date(2025, 11, 21),
    )
    assert {(r.organisation, r.role) for r in tenth.roles.all()} == {
        (lprc, "organiser"),
        (odihr, "co-organiser"),
    }
    session = tenth.sessions.get()
    assert session.title == "Monitoring criminal justice"
    assert set(session.leading_organisations.all()) == {lprc, iphr, odihr}
    # What happened at the Ninth is not copied.
    assert tenth.participant_count is None and tenth.body == ""
    assert not tenth.photos.exists()
    assert sorted(c.code for c in tenth.participating_countries) == ["KG", "KZ"]
    # The original is untouched and the copy is not public.
    ninth.refresh_from_db()
    assert ninth.edition == 9 and ninth.roles.count() == 2
    assert staff_client.get(reverse("events:event-list")).content.decode().count("Tenth") == 0


def test_duplicate_takes_the_next_free_edition_and_a_free_slug(staff_client):
    series = EventSeriesFactory()
    ninth = EventFactory(title="Ninth Forum", slug="forum", series=series, edition=9)
    EventFactory(
        title="Tenth Forum",
        slug="forum-x",
        series=series,
        edition=10,
        start_date=datetime.date(2025, 11, 20),
    )
    EventFactory(slug="forum", start_date=datetime.date(2025, 1, 10))
    staff_client.post(
        reverse("admin:events_event_changelist"),
        {"action": "duplicate_as_next_edition", "_selected_action": [ninth.pk]},
    )
    copy = Event.objects.get(series=series, edition=11)
    assert copy.title == "Eleventh Forum"
    assert copy.slug == "forum-2"


def test_duplicate_refuses_events_outside_a_series(staff_client):
    event = EventFactory(title="A one-off round table", kind="roundtable")
    response = staff_client.post(
        reverse("admin:events_event_changelist"),
        {"action": "duplicate_as_next_edition", "_selected_action": [event.pk]},
        follow=True,
    )
    assert "Not duplicated, because they are not part of a series: A one-off round table." in (
        response.content.decode()
    )
    assert Event.objects.count() == 1


def test_publish_and_unpublish_actions(publisher_client):
    event = EventFactory(status="draft")
    url = reverse("admin:events_event_changelist")
    response = publisher_client.post(
        url, {"action": "publish", "_selected_action": [event.pk]}, follow=True
    )
    assert "1 event published." in response.content.decode()
    event.refresh_from_db()
    assert event.status == "published"
    publisher_client.post(url, {"action": "unpublish", "_selected_action": [event.pk]})
    event.refresh_from_db()
    assert event.status == "draft"


def test_series_admin_search_for_autocomplete(staff_client):
    EventSeriesFactory(title="Expert Forum on Criminal Justice for Central Asia")
    response = staff_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "events", "model_name": "event", "field_name": "series", "term": "Crim"},
    )
    assert response.status_code == 200
    assert "Expert Forum on Criminal Justice" in response.content.decode()
    assert not LogEntry.objects.exists()


def test_a_duplicated_edition_cannot_be_published_before_its_dates_are_confirmed(publisher_client):
    from events.admin import EventAdminForm
    from events.services import event_duplicate_as_next_edition

    ninth = EventFactory(title="Ninth Forum", series=EventSeriesFactory(), edition=9)
    tenth = event_duplicate_as_next_edition(event=ninth)
    assert tenth.dates_unconfirmed

    # Publishing the guess is refused, with the reason, in the form and by the action.
    tenth.status = "published"
    with pytest.raises(Exception) as error:
        tenth.full_clean()
    assert "The dates of this copy are only placeholders" in str(error.value)
    response = publisher_client.post(
        reverse("admin:events_event_changelist"),
        {"action": "publish", "_selected_action": [tenth.pk]},
        follow=True,
    )
    assert (
        "Not published, because their dates are only a copy&#x27;s placeholders: Tenth Forum."
        in response.content.decode()
    )
    tenth.refresh_from_db()
    assert tenth.status == "draft"

    # Setting the real dates clears the flag by itself.
    form = EventAdminForm(
        instance=tenth,
        data={
            **{f: getattr(tenth, f) for f in ("title", "slug", "kind", "summary", "city")},
            "status": "published",
            "series": tenth.series_id,
            "edition": 10,
            "country": "KZ",
            "start_date": "2025-11-18",
            "end_date": "2025-11-19",
            "dates_unconfirmed": "on",
        },
    )
    assert form.is_valid(), form.errors
    saved = form.save()
    assert not saved.dates_unconfirmed and saved.status == "published"


def test_publishing_an_unconfirmed_event_in_the_form_says_why(publisher_client):
    response = publisher_client.post(
        reverse("admin:events_event_add"), event_post(dates_unconfirmed="on", status="published")
    )
    assert response.status_code == 200
    assert "The dates of this copy are only placeholders" in response.content.decode()
    assert not Event.objects.exists()


def test_duplicate_action_needs_the_add_permission(client, django_user_model):
    from django.contrib.auth.models import Permission

    EventFactory(series=EventSeriesFactory(), edition=1)
    user = django_user_model.objects.create_user(username="viewer", password="x", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_event", "change_event"])
    )
    client.force_login(user)
    html = client.get(reverse("admin:events_event_changelist")).content.decode()
    assert "duplicate_as_next_edition" not in html
    user.user_permissions.add(Permission.objects.get(codename="add_event"))
    client.force_login(django_user_model.objects.get(pk=user.pk))
    html = client.get(reverse("admin:events_event_changelist")).content.decode()
    assert "duplicate_as_next_edition" in html
