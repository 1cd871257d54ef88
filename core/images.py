"""Responsive images: WebP renditions of every uploaded picture, and the markup that offers
them (``{% picture %}`` in core/templatetags/image_tags.py).

Each picture a WebImageField stores (a logo, a cover, a photo, an emblem) gets WebP copies
at the widths in RENDITION_WIDTHS that are smaller than itself, plus one at its own width
(at most MAX_WIDTH), made once when it is uploaded. Their names follow from the
original's (``covers/ab/abc….png`` -> ``covers/ab/abc….w640.webp``), so a page names
them without asking the storage: the browser picks the smallest that fills its box, and
the original (re-encoded on upload, core.uploads) stays the fallback ``src``.

``manage.py images_renditions`` makes the renditions of pictures uploaded before this
existed (or after a storage move).
"""

import io
import os

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageOps

RENDITION_WIDTHS = (160, 320, 640, 960, 1280)
MAX_WIDTH = 1600
WEBP_QUALITY = 80


def rendition_name(name: str, width: int) -> str:
    base, _ext = os.path.splitext(name)
    return f"{base}.w{width}.webp"


def rendition_widths(width: int | None) -> list[int]:
    """The widths a picture `width` pixels wide has renditions at, smallest first."""
    if not width:
        return []
    widths = [w for w in RENDITION_WIDTHS if w < width]
    return [*widths, min(width, MAX_WIDTH)]


def make_renditions(name: str, storage=None) -> list[str]:
    """Write the WebP renditions of the stored picture `name`; return their names."""
    storage = storage or default_storage
    with storage.open(name, "rb") as handle:
        data = handle.read()
    written = []
    for width, webp in webp_renditions(data):
        target = rendition_name(name, width)
        if storage.exists(target):
            storage.delete(target)
        written.append(storage.save(target, ContentFile(webp)))
    return written


def webp_renditions(data: bytes) -> tuple[tuple[int, bytes], ...]:
    """The picture in ``data`` (a stored original's bytes) as WebP at each rendition width:
    ((width, bytes), ...). Decoded once; the same bytes in give the same bytes out."""
    with Image.open(io.BytesIO(data)) as original:
        original.load()
        image = ImageOps.exif_transpose(original)
        has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else "RGB")
    renditions = []
    for width in rendition_widths(image.width):
        copy = image
        if width < image.width:
            height = max(1, round(image.height * width / image.width))
            # reducing_gap: a cheap whole-pixel reduction first, then Lanczos over the last
            # factor of three: looks the same as Lanczos all the way, and is faster.
            copy = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        buffer = io.BytesIO()
        copy.save(buffer, "WEBP", quality=WEBP_QUALITY, method=4)
        renditions.append((width, buffer.getvalue()))
    return tuple(renditions)


def srcset(name: str, width: int | None, storage=None) -> str:
    """The `srcset` of a picture's WebP renditions (no storage access: names are derived)."""
    storage = storage or default_storage
    return ", ".join(
        f"{storage.url(rendition_name(name, w))} {w}w" for w in rendition_widths(width)
    )


def fill_dimensions_migration(app_label: str, model_name: str, field: str, width: str, height: str):
    """A RunPython function storing the size of pictures uploaded before the model kept it."""

    def fill(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        for obj in model.objects.exclude(**{field: ""}).filter(**{f"{width}__isnull": True}):
            file = getattr(obj, field)
            try:
                with file.storage.open(file.name, "rb") as handle, Image.open(handle) as image:
                    size = image.size
            except (OSError, ValueError):
                continue  # a missing or broken file keeps no size; the page then gives none
            model.objects.filter(pk=obj.pk).update(**{width: size[0], height: size[1]})

    return fill
