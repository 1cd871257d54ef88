"""Upload handling shared by every app: hashed storage paths and checks by content."""

import hashlib
import os
import uuid

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _
from PIL import Image

MB = 1024 * 1024


@deconstructible
class HashedUploadTo:
    """Store uploads under `<prefix>/<aa>/<random hex><ext>`.

    The visitor-facing name never decides where a file lands, so two uploads called
    `logo.png` never collide and a crafted name cannot climb out of MEDIA_ROOT.
    """

    def __init__(self, prefix: str):
        self.prefix = prefix

    def __call__(self, instance, filename: str) -> str:
        _base, ext = os.path.splitext(get_valid_filename(os.path.basename(filename)))
        digest = hashlib.sha256(uuid.uuid4().bytes).hexdigest()[:24]
        return f"{self.prefix}/{digest[:2]}/{digest}{ext.lower()[:10]}"

    def __eq__(self, other):
        return isinstance(other, HashedUploadTo) and other.prefix == self.prefix


@deconstructible
class MaxFileSizeValidator:
    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes

    def __call__(self, file):
        if file.size is not None and file.size > self.max_bytes:
            raise ValidationError(
                _("The file is %(size)s; the limit is %(limit)s."),
                code="file_too_large",
                params={
                    "size": filesizeformat(file.size),
                    "limit": filesizeformat(self.max_bytes),
                },
            )

    def __eq__(self, other):
        return isinstance(other, MaxFileSizeValidator) and other.max_bytes == self.max_bytes


# Web images: what browsers show everywhere. SVG is refused on purpose (it can carry script).
ALLOWED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
MAX_IMAGE_PIXELS = 40_000_000


@deconstructible
class WebImageValidator:
    """An image whose content (not its name) is a JPEG, PNG, WebP or GIF of sane size."""

    def __call__(self, file):
        position = file.tell() if hasattr(file, "tell") else None
        try:
            file.seek(0)
            with Image.open(file) as image:
                image_format = image.format
                width, height = image.size
                image.verify()
        except Image.DecompressionBombError as exc:
            raise ValidationError(
                _("The image has too many pixels to be processed safely."), code="image_bomb"
            ) from exc
        except Exception as exc:
            raise ValidationError(
                _("The file is not an image: upload a JPEG, PNG, WebP or GIF file."),
                code="not_an_image",
            ) from exc
        finally:
            if position is not None:
                file.seek(position)
        if image_format not in ALLOWED_IMAGE_FORMATS:
            raise ValidationError(
                _("%(format)s images are not accepted: upload a JPEG, PNG, WebP or GIF file."),
                code="image_format",
                params={"format": image_format},
            )
        if width * height > MAX_IMAGE_PIXELS:
            raise ValidationError(
                _("The image is %(w)s by %(h)s pixels; the limit is 40 megapixels."),
                code="image_too_large",
                params={"w": width, "h": height},
            )

    def __eq__(self, other):
        return isinstance(other, WebImageValidator)


@deconstructible
class PdfValidator:
    """A file whose content is a PDF: it starts with the PDF signature and has an end."""

    def __call__(self, file):
        file.seek(0)
        head = file.read(1024)
        file.seek(0)
        if b"%PDF-" not in head[:1024]:
            raise ValidationError(
                _("The file is not a PDF document."),
                code="not_a_pdf",
            )

    def __eq__(self, other):
        return isinstance(other, PdfValidator)
