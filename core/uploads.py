"""Upload handling shared by every app: hashed storage paths and checks by content."""

import hashlib
import io
import os
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

MB = 1024 * 1024


@deconstructible
class HashedUploadTo:
    """Store uploads under `<prefix>/<aa>/<random hex><ext>`.

    The visitor-facing name never decides where a file lands, so two uploads called
    `logo.png` never collide and a crafted name cannot climb out of MEDIA_ROOT.
    """

    def __init__(self, prefix: str):
        self.prefix = prefix

    def __call__(self, instance: models.Model, filename: str) -> str:
        _base, ext = os.path.splitext(get_valid_filename(os.path.basename(filename)))
        digest = hashlib.sha256(uuid.uuid4().bytes).hexdigest()[:24]
        return f"{self.prefix}/{digest[:2]}/{digest}{ext.lower()[:10]}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HashedUploadTo) and other.prefix == self.prefix


def is_new_upload(file) -> bool:
    """A file that has just come in, not one already in storage.

    Upload validators check what comes in. A model's full_clean() runs them on every save,
    also on the unchanged file of an object saved again; that file was checked (and an
    image re-encoded) when it came in. Reading it again fetched it from storage at every
    save, and for an image whose dimensions Django had read, through a file it had already
    closed: "I/O operation on closed file", a 500 on every later save of an event with a
    photo (issue 15, finding 1). A rule made stricter later applies to new uploads only,
    so it never locks staff out of an object they are not changing the file of.
    """
    return not getattr(file, "_committed", False)


@deconstructible
class MaxFileSizeValidator:
    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes

    def __call__(self, file: File) -> None:
        if not is_new_upload(file):
            return
        if file.size is not None and file.size > self.max_bytes:
            raise ValidationError(
                _("The file is %(size)s; the limit is %(limit)s."),
                code="file_too_large",
                params={
                    "size": filesizeformat(file.size),
                    "limit": filesizeformat(self.max_bytes),
                },
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MaxFileSizeValidator) and other.max_bytes == self.max_bytes


# Web images: what browsers show everywhere. SVG is refused on purpose (it can carry script).
ALLOWED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
MAX_IMAGE_PIXELS = 40_000_000
# Decoding and re-encoding costs time in proportion to the pixels of every frame together
# (a GIF: about 0.06 s a megapixel on one core). 40 frames of 6000 x 6000, each within the
# limit above, took 171 s and a killed worker (issue 15, finding 6); the whole animation
# must fit in this budget, a few seconds of work.
MAX_IMAGE_FRAMES = 100
MAX_ANIMATION_PIXELS = 50_000_000
EXTENSION_FOR_FORMAT = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "GIF": ".gif"}

NOT_AN_IMAGE = _("The file is not an image: upload a JPEG, PNG, WebP or GIF file.")
MARKUP_REFUSED = _(
    "SVG and HTML files are not accepted because they can carry scripts: "
    "upload a JPEG, PNG, WebP or GIF file."
)
IMAGE_BOMB = _("The image has too many pixels to be processed safely.")

# What SVG, HTML and XML files start with once a byte-order mark and blanks are gone.
_MARKUP_STARTS = (b"<svg", b"<?xml", b"<!doctype", b"<html", b"<!--", b"<head", b"<body")


def _looks_like_markup(file) -> bool:
    file.seek(0)
    head = file.read(1024)
    file.seek(0)
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    head = head.lstrip(b"\xef\xbb\xbf").lstrip().lower()
    return head.startswith(_MARKUP_STARTS) or b"<svg" in head or b"<script" in head


def _refuse_unreadable(file, exc: Exception):
    if isinstance(exc, Image.DecompressionBombError):
        raise ValidationError(IMAGE_BOMB, code="image_bomb") from exc
    if _looks_like_markup(file):
        raise ValidationError(MARKUP_REFUSED, code="markup") from exc
    raise ValidationError(NOT_AN_IMAGE, code="not_an_image") from exc


def _frame_count(image) -> int:
    """Frames of an animation, read from its headers without decoding any (GIF, WebP, PNG)."""
    return getattr(image, "n_frames", 1) or 1


def _check_format_and_size(image_format, width: int, height: int, max_pixels: int, frames: int = 1):
    if image_format not in ALLOWED_IMAGE_FORMATS:
        raise ValidationError(
            _("%(format)s images are not accepted: upload a JPEG, PNG, WebP or GIF file."),
            code="image_format",
            params={"format": image_format},
        )
    if width * height > max_pixels:
        raise ValidationError(
            _("The image is %(w)s by %(h)s pixels; the limit is %(mp)s megapixels."),
            code="image_too_large",
            params={"w": width, "h": height, "mp": max_pixels // 1_000_000},
        )
    if frames > MAX_IMAGE_FRAMES:
        raise ValidationError(
            _("The animation has %(frames)s frames; the limit is %(limit)s."),
            code="image_too_many_frames",
            params={"frames": frames, "limit": MAX_IMAGE_FRAMES},
        )
    if frames > 1 and frames * width * height > MAX_ANIMATION_PIXELS:
        raise ValidationError(
            _(
                "The animation has %(frames)s frames of %(w)s by %(h)s pixels, too many to "
                "process: all frames together may have at most %(mp)s megapixels. Make it "
                "smaller or shorter, or upload a still image."
            ),
            code="animation_too_large",
            params={
                "frames": frames,
                "w": width,
                "h": height,
                "mp": MAX_ANIMATION_PIXELS // 1_000_000,
            },
        )


@deconstructible
class WebImageValidator:
    """An image whose content (not its name) is a JPEG, PNG, WebP or GIF of sane size."""

    def __call__(self, file: File) -> None:
        if not is_new_upload(file):
            return
        position = file.tell() if hasattr(file, "tell") else None
        try:
            file.seek(0)
            with Image.open(file) as image:
                image_format = image.format
                width, height = image.size
                frames = _frame_count(image)
                image.verify()
        except Exception as exc:
            _refuse_unreadable(file, exc)
        finally:
            if position is not None:
                file.seek(position)
        _check_format_and_size(image_format, width, height, MAX_IMAGE_PIXELS, frames)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WebImageValidator)


@deconstructible
class PdfValidator:
    """A file whose content is a PDF: it starts with the PDF signature and has an end."""

    def __call__(self, file: File) -> None:
        if not is_new_upload(file):
            return
        file.seek(0)
        head = file.read(1024)
        file.seek(max(0, (file.size or 0) - 2048))
        tail = file.read()
        file.seek(0)
        # The signature comes first: a page of HTML that merely mentions "%PDF-" (a
        # polyglot a browser would render as a web page) is not a PDF.
        if not head.lstrip(b"\xef\xbb\xbf\r\n\t ").startswith(b"%PDF-"):
            raise ValidationError(
                _("The file is not a PDF document."),
                code="not_a_pdf",
            )
        if b"%%EOF" not in tail:
            raise ValidationError(
                _("The PDF document is incomplete (it has no end): upload the whole file."),
                code="pdf_truncated",
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PdfValidator)


# Only what a browser needs to draw the image right; EXIF (GPS, camera serial numbers),
# XMP, comments and text chunks are dropped.
_KEPT_INFO = ("icc_profile", "transparency", "duration", "loop", "background", "disposal")


def reencode_image(file: File, *, max_pixels: int = MAX_IMAGE_PIXELS) -> ContentFile:
    """Decode an uploaded image and write it anew: same format, no metadata, sane size.

    Whatever a crafted file hides after or inside the image data (a polyglot HTML page,
    a script in a comment, the photographer's position in EXIF) does not survive the
    round trip through pixels. A JPEG is turned upright first, since its EXIF
    orientation is dropped. The name ends in the extension of the real format, so a
    PNG uploaded as `logo.jpg` is stored and served as a PNG.

    Raises ValidationError with the same messages as WebImageValidator.
    """
    position = file.tell() if hasattr(file, "tell") else None
    try:
        file.seek(0)
        with Image.open(file) as image:
            image_format = image.format
            frames = _frame_count(image)
            _check_format_and_size(image_format, image.width, image.height, max_pixels, frames)
            if image_format == "JPEG":
                image = ImageOps.exif_transpose(image)
            image.load()
            kept = {key: image.info[key] for key in _KEPT_INFO if key in image.info}
            image.info = dict(kept)
            buffer = io.BytesIO()
            options = {key: value for key, value in kept.items() if key != "background"}
            if image_format == "JPEG":
                options.update(quality=90, optimize=True)
            if frames > 1 and image_format in {"GIF", "WEBP"}:
                options["save_all"] = True
            image.save(buffer, format=image_format, **options)
    except ValidationError:
        raise
    except Exception as exc:
        _refuse_unreadable(file, exc)
    finally:
        if position is not None:
            file.seek(position)
    base = os.path.splitext(os.path.basename(getattr(file, "name", "") or "image"))[0]
    return ContentFile(buffer.getvalue(), name=base + EXTENSION_FOR_FORMAT[image_format])


class WebImageFormField(forms.ImageField):
    """A form image field that says what is wrong in the words WebImageValidator uses.

    Django's own check answers every refusal with "not an image or a corrupted image";
    a decompression bomb or an SVG deserves its own message.
    """

    def to_python(self, data):
        file = forms.FileField.to_python(self, data)
        if file is None:
            return None
        WebImageValidator()(file)
        if hasattr(file, "seek") and callable(file.seek):
            file.seek(0)
        return file


class WebImageField(models.ImageField):
    """An ImageField whose new uploads are re-encoded by `reencode_image` when saved.

    Use it where models.ImageField would go (with MaxFileSizeValidator and
    WebImageValidator as validators); forms built from it give clear messages.
    The database column is the same as ImageField's and the behaviour lives in Python
    only, so the field deconstructs as models.ImageField: switching a field to this
    class needs no migration.
    """

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": WebImageFormField, **kwargs})

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        new_upload = bool(file) and not file._committed
        if new_upload:
            clean = reencode_image(file.file)
            file.file = clean
            file.name = clean.name
        saved = super().pre_save(model_instance, add)
        if new_upload:
            # The WebP renditions pages offer in their srcset (core.images).
            from .images import make_renditions

            make_renditions(saved.name, saved.storage)
        return saved

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.ImageField", args, kwargs
