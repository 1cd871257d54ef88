"""Pictures for the demo content: typographic cards drawn with Pillow, never photographs.

The documents the demo is built from carry no pictures, and a made-up photograph would
show something that never happened. So the demo's logos are the organisations' short
names set in type, and its covers are title cards (kind, date, title, place), each marked
as a demo picture in small print.
"""

import functools
import hashlib
import io

from PIL import Image, ImageDraw

from .sharecards import _font, _wrap

PALETTE = [
    ((20, 70, 107), (245, 197, 66)),
    ((13, 49, 80), (255, 255, 255)),
    ((111, 45, 92), (255, 236, 179)),
    ((24, 94, 74), (230, 245, 238)),
    ((140, 56, 30), (255, 240, 225)),
    ((55, 65, 81), (253, 224, 71)),
]


def _colours(key: str):
    return PALETTE[int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(PALETTE)]


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


@functools.lru_cache(maxsize=64)  # the same bytes for the same words: drawn once a process
def demo_logo(short_name: str, key: str) -> bytes:
    """A square typographic logo: the short name in bold on a plain colour."""
    background, ink = _colours(key)
    size = 320
    image = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    text = short_name.replace(" ", "\n") if len(short_name) > 8 else short_name
    font_size = 120
    while font_size > 20:
        font = _font(font_size, bold=True)
        box = draw.multiline_textbbox((0, 0), text, font=font, align="center")
        if box[2] - box[0] <= size - 40 and box[3] - box[1] <= size - 80:
            break
        font_size -= 6
    box = draw.multiline_textbbox((0, 0), text, font=font, align="center")
    x = (size - (box[2] - box[0])) / 2 - box[0]
    y = (size - 30 - (box[3] - box[1])) / 2 - box[1]
    draw.multiline_text((x, y), text, font=font, fill=ink, align="center")
    draw.text((size / 2, size - 22), "demo logo", font=_font(16), fill=ink, anchor="mm")
    return _png(image)


@functools.lru_cache(maxsize=64)
def demo_cover(*, kicker: str, title: str, place: str, key: str) -> bytes:
    """A 1600 x 900 title card for an event or a release."""
    background, ink = _colours(key)
    width, height = 1600, 900
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, 24, height], fill=ink)
    margin = 110
    draw.text((margin, 120), kicker.upper(), font=_font(44, bold=True), fill=ink)
    title_font = _font(84, bold=True)
    y = 220
    for line in _wrap(draw, title, title_font, width - 2 * margin, 5):
        draw.text((margin, y), line, font=title_font, fill=(255, 255, 255))
        y += 104
    if place:
        draw.text((margin, y + 30), place, font=_font(44), fill=(235, 240, 245))
    draw.text(
        (width - 40, height - 40),
        "demo picture: a title card",
        font=_font(26),
        fill=ink,
        anchor="rs",
    )
    return _png(image)
