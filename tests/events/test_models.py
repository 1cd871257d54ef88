import datetime
import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from PIL import Image

from events.models import Document, Event, EventOrganisation, Photo
from events.services import THUMBNAIL_SIZE, WEB_SIZE
from events.validators import EventDocumentValidator
from tests.factories import (
    MINIMAL_PDF,
    EventFactory,
    EventOrganisationFactory,
    EventSeriesFactory,
    OrganisationFactory,
    PhotoFactory,
    png_bytes,
)

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2025, 6, 15)


def test_url_and_ordinal_of_the_ninth_forum():
    series = EventSeriesFactory(title="Expert Forum on Criminal Justice for Central Asia")
    event = EventFactory(
        title="Ninth Expert Forum on Criminal Justice for Central Asia",
        slug="ninth-expert-forum",
        series=series,
        edition=9,
        start_date=datetime.date(2024, 11, 20),
    )
    assert event.get_absolute_url() == "/en/events/2024/ninth-expert-forum/"
    assert event.get_ics_url() == "/en/events/2024/ninth-expert-forum.ics"
    assert event.edition_ordinal == "Ninth"
    assert EventFactory(slug="one-off").edition_ordinal == ""
    event.edition = 21
    assert event.edition_ordinal == "Twenty-first"


def test_place_leaves_out_an_unknown_city():
    assert EventFactory(city="Astana", country="KZ").place == "Astana, Kazakhstan"
    assert EventFactory(city="", country="KG").place == "Kyrgyzstan"


def test_end_before_start_is_refused_by_clean_and_by_the_database():
    event = EventFactory.build(
        start_date=datetime.date(2024, 11, 21), end_date=datetime.date(2024, 11, 20)
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert error.value.message_dict["end_date"] == [
        "The end date must be on or after the start date."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        event.save()


def test_edition_taken_in_the_series_names_the_event_that_has_it():
    series = EventSeriesFactory()
    EventFactory(title="Ninth Forum", series=series, edition=9)
    second = EventFactory.build(series=series, edition=9, start_date=datetime.date(2025, 11, 1))
    with pytest.raises(ValidationError) as error:
        second.full_clean()
    assert error.value.message_dict["edition"] == [
        "The Ninth edition of this series is already taken by “Ninth Forum”."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        second.save()


def test_the_same_edition_in_another_series_is_fine():
    EventFactory(series=EventSeriesFactory(), edition=9)
    other = EventFactory.build(series=EventSeriesFactory(), edition=9)
    other.full_clean()


def test_series_and_edition_go_together():
    series = EventSeriesFactory()
    with pytest.raises(ValidationError) as error:
        EventFactory.build(series=series, edition=None).full_clean()
    assert error.value.message_dict["edition"] == ["An event in a series needs an edition number."]
    with pytest.raises(ValidationError) as error:
        EventFactory.build(series=None, edition=3).full_clean()
    assert "needs a series" in error.value.message_dict["edition"][0]
    with pytest.raises(IntegrityError), transaction.atomic():
        EventFactory(series=series, edition=None)


def test_negative_participant_count_is_refused():
    event = EventFactory.build(participant_count=-5)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert error.value.message_dict["participant_count"] == [
        "The number of participants cannot be negative."
    ]


def test_slug_is_unique_within_a_start_year_only():
    EventFactory(slug="rule-of-law-academy", start_date=datetime.date(2024, 8, 19))
    # Next year's academy may use the same slug: its address has another year.
    EventFactory(slug="rule-of-law-academy", start_date=datetime.date(2025, 8, 18))
    same_year = EventFactory.build(
        slug="rule-of-law-academy", start_date=datetime.date(2024, 12, 1)
    )
    with pytest.raises(ValidationError) as error:
        same_year.full_clean()
    assert "Another event starting in the same year already has this slug." in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        same_year.save()


def test_published_upcoming_and_past():
    past = EventFactory(start_date=datetime.date(2025, 6, 1), end_date=datetime.date(2025, 6, 2))
    running = EventFactory(
        start_date=datetime.date(2025, 6, 14), end_date=datetime.date(2025, 6, 15)
    )
    later = EventFactory(start_date=datetime.date(2025, 9, 1), end_date=datetime.date(2025, 9, 1))
    soon = EventFactory(start_date=datetime.date(2025, 7, 1), end_date=datetime.date(2025, 7, 1))
    EventFactory(status="draft", start_date=datetime.date(2025, 7, 1))
    published = Event.objects.published()
    assert list(published.upcoming(TODAY)) == [running, soon, later]
    assert list(published.past(TODAY)) == [past]
    assert published.count() == 4


def test_organisations_grouped_by_role_in_role_order():
    event = EventFactory()
    funder = EventOrganisationFactory(event=event, role="funder")
    organiser = EventOrganisationFactory(event=event, role="organiser")
    partner = EventOrganisationFactory(event=event, role="partner")
    groups = event.organisations_by_role()
    assert [(str(label), rows) for label, rows in groups] == [
        ("Organiser", [organiser]),
        ("Partner", [partner]),
        ("Funder", [funder]),
    ]


def test_an_organisation_with_event_roles_cannot_be_deleted():
    role = EventOrganisationFactory()
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        role.organisation.delete()
    assert EventOrganisation.objects.count() == 1


def test_a_project_with_events_cannot_be_deleted():
    from django.db.models import ProtectedError

    from tests.factories import ProjectFactory

    event = EventFactory(project=ProjectFactory())
    with pytest.raises(ProtectedError):
        event.project.delete()


# Photos


def test_photo_gets_web_and_thumbnail_renditions_without_exif():
    big = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "SecretCamera"  # Make
    Image.new("RGB", (3200, 2400), (200, 30, 30)).save(big, "JPEG", exif=exif)
    photo = PhotoFactory(image=ContentFile(big.getvalue(), name="forum.jpg"))
    photo.refresh_from_db()
    with Image.open(photo.web_image) as web:
        assert web.format == "JPEG"
        assert max(web.size) == WEB_SIZE
        assert web.size == (1600, 1200)
        assert not web.getexif()
    with Image.open(photo.thumbnail) as thumb:
        assert max(thumb.size) == THUMBNAIL_SIZE
    assert photo.thumbnail_url.endswith(".jpg")
    assert (photo.width, photo.height) == (3200, 2400)


def test_small_transparent_png_keeps_its_size_on_white():
    data = io.BytesIO()
    Image.new("RGBA", (100, 80), (0, 0, 0, 0)).save(data, "PNG")
    photo = PhotoFactory(image=ContentFile(data.getvalue(), name="logo.png"))
    with Image.open(photo.web_image) as web:
        assert web.size == (100, 80)
        assert web.getpixel((5, 5)) == (255, 255, 255)


def test_photo_that_is_not_an_image_is_refused():
    photo = Photo(
        event=EventFactory(), image=SimpleUploadedFile("photo.jpg", b"MZ\x90\x00 not an image")
    )
    with pytest.raises(ValidationError) as error:
        photo.full_clean()
    assert error.value.message_dict["image"] == [
        "The file is not an image: upload a JPEG, PNG, WebP or GIF file."
    ]


def test_editing_a_caption_keeps_the_renditions():
    photo = PhotoFactory()
    web = photo.web_image.name
    photo.caption = "New caption"
    photo.save()
    photo.refresh_from_db()
    assert photo.web_image.name == web


# Documents


WORD_MACROS = "application/vnd.ms-word.document.macroEnabled.main+xml"


def _ooxml(folder="word/", content_types='<Types><Default Extension="xml"/></Types>'):
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as package:
        package.writestr("[Content_Types].xml", content_types)
        package.writestr(f"{folder}document.xml", "<document/>")
    return data.getvalue()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("agenda.pdf", MINIMAL_PDF),
        ("agenda.docx", _ooxml("word/")),
        ("slides.pptx", _ooxml("ppt/")),
        ("budget.xlsx", _ooxml("xl/")),
    ],
)
def test_genuine_documents_are_accepted(name, data):
    document = Document(event=EventFactory(), title="Agenda", file=SimpleUploadedFile(name, data))
    document.full_clean()
    document.save()
    assert document.size == len(data)
    assert document.file_format == name.rsplit(".", 1)[1].upper()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("agenda.pdf", b"MZ\x90\x00executable", "The file is not a PDF document."),
        ("agenda.docx", b"PK\x03\x04 broken zip", "The file is not a genuine .docx document."),
        ("slides.pptx", _ooxml("word/"), "The file is not a genuine .pptx document."),
        ("agenda.docx", MINIMAL_PDF, "The file is not a genuine .docx document."),
        (
            "agenda.docx",
            _ooxml("word/", f'<Types><Override ContentType="{WORD_MACROS}"/></Types>'),
            "Documents with macros are not accepted; save it without macros.",
        ),
        (
            "run.exe",
            b"MZ",
            "Upload a PDF, Word (.docx), PowerPoint (.pptx) or Excel (.xlsx) file.",
        ),
    ],
)
def test_documents_are_checked_by_content(name, data, message):
    document = Document(event=EventFactory(), title="Agenda", file=SimpleUploadedFile(name, data))
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert error.value.message_dict["file"] == [message]


def test_document_size_limit(monkeypatch):
    big = SimpleUploadedFile("agenda.pdf", MINIMAL_PDF)
    big.size = 21 * 1024 * 1024
    document = Document(event=EventFactory(), title="Agenda", file=big)
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert "the limit is 20.0\xa0MB" in error.value.message_dict["file"][0]


def test_validator_compares_equal_for_migrations():
    assert EventDocumentValidator() == EventDocumentValidator()


def test_photo_factory_image_is_a_png():
    assert png_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert OrganisationFactory().events.count() == 0
