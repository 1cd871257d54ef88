"""factory_boy factories for every app's models; tests build their data here."""

import datetime
import io
import struct
from decimal import Decimal

import factory
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from PIL import Image

from partners.models import Organisation, Participation, Person, Project

# --- files for upload tests ----------------------------------------------------------


def png_bytes(size=(64, 48), color=(20, 70, 107), image_format="PNG") -> bytes:
    """A real image, made with Pillow, for upload tests (the same bytes at every call)."""
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, image_format)
    return buffer.getvalue()


def gif_canvas(width: int, height: int, frames: int) -> bytes:
    """A GIF of ``frames`` one-pixel frames on a ``width`` x ``height`` canvas: a few hundred
    bytes that Pillow expands into ``frames`` full canvases when it decodes them."""
    data = (
        b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    )
    data += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"  # loop forever
    for _ in range(frames):
        data += b"\x21\xf9\x04\x00\x0a\x00\x00\x00"  # 0.1 s a frame
        data += b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0)
        data += b"\x02\x02\x44\x01\x00"  # LZW: clear, colour 0, end
    return data + b"\x3b"


def upload(data: bytes, name: str) -> ContentFile:
    return ContentFile(data, name=name)


MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


# --- staff -------------------------------------------------------------------------------

STAFF_PASSWORD = "a-long-test-password"


def staff_user(role: str = "editors", *, username: str | None = None, password=STAFF_PASSWORD):
    """A staff account in one of the two groups (website.staff), never a superuser: what an
    admin test may do is what that role may do. ``role`` is "editors" or "publishers"."""
    from django.contrib.auth import get_user_model

    from website.staff import staff_groups_sync

    user = get_user_model().objects.create_user(
        username=username or role.removesuffix("s"), password=password, is_staff=True
    )
    user.groups.add(staff_groups_sync()[role])
    return user


# --- partners ----------------------------------------------------------------------------


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    short_name = factory.Sequence(lambda n: f"ORG{n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = Organisation.Kind.CIVIL_SOCIETY
    country = "KZ"


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Person {n}")
    position = "Coordinator"
    organisation = factory.SubFactory(OrganisationFactory)
    phone = "+77010000000"
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    is_press_contact = True


class ProjectFactory(DjangoModelFactory):
    class Meta:
        model = Project

    title = factory.Sequence(lambda n: f"Project number {n}")
    short_name = factory.Sequence(lambda n: f"P{n}")
    slug = factory.Sequence(lambda n: f"project-{n}")
    summary = "A project that strengthens the rule of law."
    start_date = datetime.date(2024, 1, 1)
    end_date = datetime.date(2099, 12, 31)
    total_budget = Decimal("777895.00")
    currency = "EUR"


class ParticipationFactory(DjangoModelFactory):
    class Meta:
        model = Participation

    project = factory.SubFactory(ProjectFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Participation.Role.PARTNER
    contribution = None


# --- pressroom ---------------------------------------------------------------------------
# Models named by label so that this section needs no import at the top of the file.


class PressReleaseFactory(DjangoModelFactory):
    class Meta:
        model = "pressroom.PressRelease"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Press release number {n}")
    slug = factory.Sequence(lambda n: f"press-release-{n}")
    release_date = datetime.date(2024, 11, 21)
    dateline_city = "ASTANA"
    lead = "The forum brought together over 220 participants from six countries."
    body = "The forum examined criminal justice reforms.\n\nIt ended with recommendations."
    project = factory.SubFactory(ProjectFactory)
    status = "published"
    # In the past by default: a published factory release is public unless a test says not.
    publish_at = factory.LazyFunction(
        lambda: datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
    )

    @factory.post_generation
    def contacts(self, create, extracted, **kwargs):
        if create and extracted:
            self.contacts.set(extracted)


class CoverageFactory(DjangoModelFactory):
    class Meta:
        model = "pressroom.Coverage"

    outlet = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Article number {n} about our work")
    url = factory.Sequence(lambda n: f"https://news.example.org/article-{n}")
    published_on = datetime.date(2024, 11, 22)
    excerpt = "Some 60 stakeholders discussed the implementation of the project."
    project = factory.SubFactory(ProjectFactory)


# --- events ------------------------------------------------------------------------------
# Models named by label so that this section needs no import at the top of the file.


class EventSeriesFactory(DjangoModelFactory):
    class Meta:
        model = "events.EventSeries"
        django_get_or_create = ["slug"]

    title = factory.Sequence(lambda n: f"Expert Forum number {n}")
    slug = factory.Sequence(lambda n: f"expert-forum-{n}")


class EventFactory(DjangoModelFactory):
    class Meta:
        model = "events.Event"

    title = factory.Sequence(lambda n: f"Event number {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    kind = "forum"
    status = "published"
    start_date = datetime.date(2024, 11, 20)
    end_date = factory.LazyAttribute(lambda o: o.start_date + datetime.timedelta(days=1))
    city = "Astana"
    country = "KZ"
    summary = "Over 220 participants examined criminal justice reforms."


class EventOrganisationFactory(DjangoModelFactory):
    class Meta:
        model = "events.EventOrganisation"

    event = factory.SubFactory(EventFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = "organiser"


class SessionFactory(DjangoModelFactory):
    class Meta:
        model = "events.Session"
        skip_postgeneration_save = True

    event = factory.SubFactory(EventFactory)
    kind = "panel"
    title = factory.Sequence(lambda n: f"Session number {n}")

    @factory.post_generation
    def leading_organisations(self, create, extracted, **kwargs):
        if create and extracted:
            self.leading_organisations.set(extracted)


class PhotoFactory(DjangoModelFactory):
    class Meta:
        model = "events.Photo"

    event = factory.SubFactory(EventFactory)
    image = factory.LazyFunction(lambda: upload(png_bytes(), "photo.png"))
    caption = factory.Sequence(lambda n: f"Participants of the forum, photo {n}")
    credit = "LPRC"


class DocumentFactory(DjangoModelFactory):
    class Meta:
        model = "events.Document"

    event = factory.SubFactory(EventFactory)
    title = factory.Sequence(lambda n: f"Agenda {n}")
    kind = "agenda"
    file = factory.LazyFunction(lambda: upload(MINIMAL_PDF, "agenda.pdf"))
