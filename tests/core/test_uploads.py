"""Uploads are checked by content and re-encoded: tested through the organisation logo
in the admin, as an editor would meet them, and on core.uploads.reencode_image directly."""

import io
import os
import struct
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from PIL import Image, PngImagePlugin

from core.uploads import reencode_image
from partners.models import Organisation
from tests.partners.test_admin import organisation_post

pytestmark = pytest.mark.django_db

NOT_AN_IMAGE = "The file is not an image: upload a JPEG, PNG, WebP or GIF file."
MARKUP_REFUSED = (
    "SVG and HTML files are not accepted because they can carry scripts: "
    "upload a JPEG, PNG, WebP or GIF file."
)
IMAGE_BOMB = "The image has too many pixels to be processed safely."


def add_organisation(client, name, content, content_type="image/png"):
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post(reverse("admin:partners_organisation_add"), organisation_post(logo=upload))


def png_with_secrets(size=(40, 30)) -> bytes:
    """A PNG carrying a text chunk and EXIF, with an HTML page appended after its end."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "secret-author-name")
    exif = Image.Exif()
    exif[0x010E] = "secret-description"  # ImageDescription
    buffer = io.BytesIO()
    Image.new("RGB", size, "navy").save(buffer, "PNG", pnginfo=info, exif=exif)
    return buffer.getvalue() + b"<html><script>alert(1)</script></html>"


def jpeg_with_gps_and_orientation() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the camera was turned; show rotated 90 degrees
    exif[0x8825] = {2: (43.0, 15.0, 0.0)}  # GPSInfo: GPSLatitude
    buffer = io.BytesIO()
    Image.new("RGB", (60, 20), "white").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def png_claiming_size(width: int, height: int) -> bytes:
    """A tiny PNG whose header announces width x height pixels: a decompression bomb."""
    buffer = io.BytesIO()
    Image.new("1", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    # The IHDR chunk follows the 8-byte signature: length(4) type(4) width(4) height(4)...
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def noise_png(megabytes: float) -> bytes:
    side = int((megabytes * 1024 * 1024 / 3) ** 0.5)
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=0)
    return buffer.getvalue()


def stored_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def assert_refused(response, message):
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Organisation.objects.exists()
    assert stored_files() == []


# Through the admin, as an editor uploads a logo -------------------------------------------


def test_png_named_jpg_is_accepted_and_stored_as_a_png_without_metadata(publisher_client):
    response = add_organisation(publisher_client, "Our Logo.jpg", png_with_secrets(), "image/jpeg")
    assert response.status_code == 302
    logo = Organisation.objects.get(slug="lprc").logo
    assert logo.name.startswith("logos/") and logo.name.endswith(".png")
    stored = Path(logo.path).read_bytes()
    assert b"secret-author-name" not in stored
    assert b"secret-description" not in stored
    assert b"<script>" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "PNG"
        assert image.size == (40, 30)
        assert "Author" not in image.info
        assert len(image.getexif()) == 0


def test_jpeg_is_turned_upright_and_loses_its_gps_position(publisher_client):
    response = add_organisation(publisher_client, "logo.jpeg", jpeg_with_gps_and_orientation())
    assert response.status_code == 302
    logo = Organisation.objects.get(slug="lprc").logo
    assert logo.name.endswith(".jpg")
    with Image.open(logo.path) as image:
        assert image.format == "JPEG"
        assert image.size == (20, 60)
        assert len(image.getexif()) == 0


def test_text_file_named_png_is_refused(staff_client):
    response = add_organisation(staff_client, "logo.png", b"Just some text, honestly.\n")
    assert_refused(response, NOT_AN_IMAGE)


def test_svg_is_refused(staff_client):
    svg = (
        b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" '
        b'height="10"><script>alert(1)</script></svg>'
    )
    response = add_organisation(staff_client, "logo.svg", svg, "image/svg+xml")
    assert_refused(response, MARKUP_REFUSED)


def test_html_named_png_is_refused(staff_client):
    html = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
    response = add_organisation(staff_client, "logo.png", html)
    assert_refused(response, MARKUP_REFUSED)


def test_decompression_bomb_is_refused(staff_client):
    bomb = png_claiming_size(50_000, 50_000)
    assert len(bomb) < 200
    response = add_organisation(staff_client, "logo.png", bomb)
    assert_refused(response, IMAGE_BOMB)


def test_image_over_the_pixel_limit_is_refused(staff_client):
    response = add_organisation(staff_client, "logo.png", png_claiming_size(8000, 6000))
    assert_refused(response, "The image is 8000 by 6000 pixels; the limit is 40 megapixels.")


def test_three_megabyte_image_is_refused(staff_client):
    big = noise_png(3)
    assert len(big) > 3 * 1024 * 1024 * 0.95
    response = add_organisation(staff_client, "logo.png", big)
    size, limit = filesizeformat(len(big)), filesizeformat(2 * 1024 * 1024)
    assert limit == "2.0\xa0MB"
    assert_refused(response, f"The file is {size}; the limit is {limit}.")


# The helper other apps call -----------------------------------------------------------------


def test_reencode_keeps_the_frames_of_an_animated_gif():
    frames = [Image.new("RGB", (8, 8), colour) for colour in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(
        buffer,
        "GIF",
        save_all=True,
        append_images=frames[1:],
        duration=100,
        loop=0,
        comment=b"secret comment",
    )
    clean = reencode_image(SimpleUploadedFile("anim.gif", buffer.getvalue()))
    assert clean.name == "anim.gif"
    data = clean.read()
    assert b"secret comment" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert image.n_frames == 3


def test_reencode_refuses_what_it_cannot_read_with_the_validator_messages():
    with pytest.raises(ValidationError) as refused:
        reencode_image(SimpleUploadedFile("x.png", png_claiming_size(50_000, 50_000)))
    assert refused.value.messages == [IMAGE_BOMB]
    with pytest.raises(ValidationError) as refused:
        reencode_image(SimpleUploadedFile("x.png", b"\x00\x01 not an image"))
    assert refused.value.messages == [NOT_AN_IMAGE]
    with pytest.raises(ValidationError) as refused:
        reencode_image(SimpleUploadedFile("x.png", b"\xef\xbb\xbf  <svg></svg>"))
    assert refused.value.messages == [MARKUP_REFUSED]


def test_reencode_refuses_image_formats_browsers_do_not_show_everywhere():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, "TIFF")
    with pytest.raises(ValidationError) as refused:
        reencode_image(SimpleUploadedFile("x.tif", buffer.getvalue()))
    assert refused.value.messages == [
        "TIFF images are not accepted: upload a JPEG, PNG, WebP or GIF file."
    ]


def test_a_crafted_file_name_cannot_choose_where_the_file_lands(publisher_client):
    response = add_organisation(
        publisher_client, "../../config/settings<script>.png", png_with_secrets()
    )
    assert response.status_code == 302
    logo = Organisation.objects.get(slug="lprc").logo
    assert logo.name.startswith("logos/") and logo.name.endswith(".png")
    assert ".." not in logo.name and "settings" not in logo.name and "<" not in logo.name
    assert Path(logo.path).resolve().is_relative_to(Path(settings.MEDIA_ROOT).resolve())


# PDFs: checked by content ---------------------------------------------------------------

PDF = b"%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.mark.parametrize(
    "content,message",
    [
        (b"<html><body>%PDF-1.4 <script>alert(1)</script></body></html>%%EOF", "not a PDF"),
        (b"PK\x03\x04 a zip file renamed .pdf", "not a PDF"),
        (PDF[:40], "The PDF document is incomplete (it has no end): upload the whole file."),
    ],
)
def test_pdf_validator_refuses_what_is_not_a_whole_pdf(content, message):
    from core.uploads import PdfValidator

    with pytest.raises(ValidationError) as refused:
        PdfValidator()(SimpleUploadedFile("release.pdf", content))
    assert message in refused.value.messages[0]


@pytest.mark.parametrize("padding", [0, 1500, 5000])
def test_pdf_validator_accepts_a_pdf_of_any_size(padding):
    from core.uploads import PdfValidator

    content = PDF.replace(b"endobj\n", b"endobj\n" + b"%" * padding + b"\n", 1)
    upload = SimpleUploadedFile("release.pdf", content)
    PdfValidator()(upload)
    assert upload.tell() == 0
