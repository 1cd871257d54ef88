"""Responsive pictures (issue 18): WebP renditions made on upload, offered by {% picture %}
with explicit sizes and lazy loading; demo pictures are typographic cards."""

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.template import Context, Template
from PIL import Image

from core.images import rendition_name, rendition_widths
from partners.models import Organisation
from tests.factories import EventFactory, OrganisationFactory, png_bytes, upload

pytestmark = pytest.mark.django_db


def test_an_upload_gets_webp_renditions_no_wider_than_itself():
    event = EventFactory(cover_image=upload(png_bytes(size=(1000, 500)), "cover.png"))
    assert (event.cover_width, event.cover_height) == (1000, 500)
    assert rendition_widths(1000) == [160, 320, 640, 960, 1000]
    for width in rendition_widths(1000):
        name = rendition_name(event.cover_image.name, width)
        with default_storage.open(name, "rb") as handle, Image.open(handle) as image:
            assert image.format == "WEBP" and image.width == width


def test_picture_tag_gives_srcset_sizes_and_lazy_loading():
    organisation = OrganisationFactory(logo=upload(png_bytes(size=(320, 320)), "logo.png"))
    html = Template(
        "{% load image_tags %}{% picture o.logo o.logo_width o.logo_height alt='Logo' "
        "sizes='80px' box_height=40 %}"
    ).render(Context({"o": organisation}))
    name = organisation.logo.name
    assert f"{default_storage.url(rendition_name(name, 160))} 160w" in html
    assert f"{default_storage.url(rendition_name(name, 320))} 320w" in html
    assert 'type="image/webp"' in html and 'sizes="80px"' in html
    assert 'width="40" height="40"' in html
    assert 'loading="lazy"' in html and 'alt="Logo"' in html
    eager = Template(
        "{% load image_tags %}{% picture o.logo o.logo_width o.logo_height lazy=False %}"
    ).render(Context({"o": organisation}))
    assert 'loading="eager"' in eager and "lazy" not in eager


def test_renditions_of_older_uploads_are_made_by_the_command():
    organisation = OrganisationFactory(logo=upload(png_bytes(size=(400, 200)), "logo.png"))
    for width in rendition_widths(400):
        default_storage.delete(rendition_name(organisation.logo.name, width))
    call_command("images_renditions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert all(
        default_storage.exists(rendition_name(organisation.logo.name, w))
        for w in rendition_widths(400)
    )


def test_demo_logos_and_covers_are_title_cards_with_their_descriptions():
    call_command("load_demo", "--no-user", verbosity=0)
    lprc = Organisation.objects.get(slug="lprc")
    assert lprc.logo and lprc.logo_width == 320
    # The EU's mark is its emblem: no made-up logo for it.
    assert not Organisation.objects.get(slug="eu").logo
    from events.models import Event
    from pressroom.models import PressRelease

    for item in [*Event.objects.all(), *PressRelease.objects.all()]:
        assert item.cover_image and item.cover_alt.startswith("Title card: ")
        assert (item.cover_width, item.cover_height) == (1600, 900)
