"""Share cards: the picture a social network shows for a link (og:image), drawn with Pillow.

A card carries the item's title, its date, the site's name and, for funded work, each
funder's emblem with its statement beside it on a white band, as the funders require of
every output. An item's own picture (an event's cover) fills the top when it has one; the
rest is typography, so a card never passes for a photograph.

The apps say what goes on a card (``ShareCard``); this module knows no app.
"""

import io
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw, ImageFont, ImageOps

from .emblems import draw_eu_emblem

WIDTH, HEIGHT = 1200, 630
BAND = 150  # the white band at the bottom that holds the funders' marks
EMBLEM_HEIGHT = 96
BRAND = (20, 70, 107)
BRAND_DARK = (13, 49, 80)
ACCENT = (245, 197, 66)
INK = (27, 38, 49)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
BUILTIN_DRAWINGS = {"img/emblems/eu-emblem.svg": draw_eu_emblem}


@dataclass(frozen=True)
class CardMark:
    statement: str
    static_path: str = ""  # a drawn emblem (core.emblems), by its static file
    media_name: str = ""  # an uploaded raster emblem in the media storage


@dataclass(frozen=True)
class ShareCard:
    title: str
    kicker: str  # the kind and the date, under the title
    site: str
    marks: tuple[CardMark, ...] = ()
    cover_name: str = ""  # the item's picture in the media storage, if it has one
    extra: dict = field(default_factory=dict, compare=False)


@cache
def _font(size: int, bold: bool = False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    path = FONT_DIR / name
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def _wrap(draw, text: str, font, width: int, max_lines: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        while lines[-1] and draw.textlength(lines[-1] + " …", font=font) > width:
            lines[-1] = lines[-1].rsplit(" ", 1)[0] if " " in lines[-1] else lines[-1][:-1]
        lines[-1] += " …"
    return lines


def _open_media(name: str) -> Image.Image | None:
    try:
        with default_storage.open(name, "rb") as handle:
            image = Image.open(handle)
            image.load()
            return image
    except (OSError, ValueError):
        return None


def _paste_emblem(card: Image.Image, mark: CardMark, left: int, top: int) -> int:
    """Draw the mark's emblem EMBLEM_HEIGHT high at (left, top); return its width."""
    draw = ImageDraw.Draw(card)
    if mark.media_name:
        emblem = _open_media(mark.media_name)
        if emblem is not None:
            emblem = ImageOps.contain(emblem.convert("RGBA"), (EMBLEM_HEIGHT * 4, EMBLEM_HEIGHT))
            card.paste(emblem, (left, top), emblem)
            return emblem.width
    drawing = BUILTIN_DRAWINGS.get(mark.static_path)
    if drawing is not None:
        drawing(draw, left=left, top=top, height=EMBLEM_HEIGHT)
        return round(EMBLEM_HEIGHT * 1.5)
    return 0


def render_share_card(card: ShareCard) -> bytes:
    """The card as a PNG, WIDTH by HEIGHT pixels."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BRAND)
    top_height = HEIGHT - BAND if card.marks else HEIGHT
    cover = _open_media(card.cover_name) if card.cover_name else None
    if cover is not None:
        cover = ImageOps.fit(cover.convert("RGB"), (WIDTH, top_height))
        # Darkened, so that the white title stays readable on any picture.
        image.paste(Image.blend(cover, Image.new("RGB", cover.size, BRAND_DARK), 0.62), (0, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, 18, top_height], fill=ACCENT)

    margin = 64
    draw.text((margin, 48), card.site, font=_font(30, bold=True), fill=ACCENT)
    title_font = _font(58, bold=True)
    lines = _wrap(draw, card.title, title_font, WIDTH - 2 * margin, 4 if card.marks else 5)
    y = 110
    for line in lines:
        draw.text((margin, y), line, font=title_font, fill=(255, 255, 255))
        y += 70
    draw.text(
        (margin, min(y + 14, top_height - 56)), card.kicker, font=_font(30), fill=(225, 233, 240)
    )

    if card.marks:
        draw.rectangle([0, top_height, WIDTH, HEIGHT], fill=(255, 255, 255))
        x = margin
        top = top_height + (BAND - EMBLEM_HEIGHT) // 2
        statement_font = _font(30, bold=True)
        for mark in card.marks:
            width = _paste_emblem(image, mark, x, top)
            x += width + (20 if width else 0)
            text_top = top + (EMBLEM_HEIGHT - 34) // 2
            draw.text((x, text_top), mark.statement, font=statement_font, fill=INK)
            x += int(draw.textlength(mark.statement, font=statement_font)) + 48
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def static_file_path(path: str) -> Path | None:
    """A static file's path on disk (for PDFs), from the source folders in every setting."""
    found = finders.find(path)
    if found:
        return Path(found)
    candidate = Path(settings.BASE_DIR) / "static" / path
    return candidate if candidate.exists() else None
