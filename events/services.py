"""Work on events that spans models or touches files."""

import datetime
import io
import os

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils.text import slugify
from PIL import Image, ImageOps

from core.languages import LANGUAGES, column

from .models import Event, EventOrganisation, Photo, Session
from .ordinals import ordinal_title

# Longest side in pixels of what the pages load.
WEB_SIZE = 1600
THUMBNAIL_SIZE = 480
JPEG_QUALITY = 82


def _jpeg_rendition(image: Image.Image, longest_side: int) -> ContentFile:
    copy = image.copy()
    copy.thumbnail((longest_side, longest_side), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    # No EXIF in renditions: it can carry the photographer's GPS position.
    copy.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return ContentFile(buffer.getvalue())


def photo_make_renditions(*, photo: Photo) -> Photo:
    """Make the web-sized image and the thumbnail of a photo (JPEG, upright, no metadata)."""
    photo.image.open("rb")
    try:
        with Image.open(photo.image) as original:
            upright = ImageOps.exif_transpose(original)
            if upright.mode in ("RGBA", "LA") or "transparency" in upright.info:
                rgba = upright.convert("RGBA")
                upright = Image.new("RGB", rgba.size, (255, 255, 255))
                upright.paste(rgba, mask=rgba.getchannel("A"))
            else:
                upright = upright.convert("RGB")
            web = _jpeg_rendition(upright, WEB_SIZE)
            thumbnail = _jpeg_rendition(upright, THUMBNAIL_SIZE)
    finally:
        photo.image.close()
    base = os.path.splitext(os.path.basename(photo.image.name))[0]
    for field in (photo.web_image, photo.thumbnail):
        if field:
            field.delete(save=False)
    photo.web_image.save(f"{base}.jpg", web, save=False)
    photo.thumbnail.save(f"{base}.jpg", thumbnail, save=False)
    Photo.objects.filter(pk=photo.pk).update(
        web_image=photo.web_image.name, thumbnail=photo.thumbnail.name
    )
    return photo


def _one_year_later(day: datetime.date) -> datetime.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _unique_slug(base: str, year: int) -> str:
    slug, n = base, 2
    while Event.objects.filter(slug=slug, start_date__year=year).exists():
        suffix = f"-{n}"
        slug, n = base[: 120 - len(suffix)] + suffix, n + 1
    return slug


def _renumber(text: str, old: int | None, new: int) -> str:
    """Replace the ordinal word of the old edition ("Ninth …") by the new one, if present."""
    if old:
        for before, after in (
            (ordinal_title(old), ordinal_title(new)),
            (ordinal_title(old).lower(), ordinal_title(new).lower()),
            (slugify(ordinal_title(old)), slugify(ordinal_title(new))),
        ):
            if before in text:
                return text.replace(before, after, 1)
    return text


@transaction.atomic
def event_duplicate_as_next_edition(*, event: Event) -> Event:
    """A draft of the series' next edition, with the event's organisations and sessions.

    Dates are required, so the copy's dates are the original's moved one year on; it stays
    a draft until staff set the real dates and publish it. What happened at the event
    (body, participants, photos, documents, cover) is not copied.
    """
    if not event.series_id:
        raise ValueError("Only an event in a series has a next edition.")
    latest = Event.objects.filter(series_id=event.series_id).aggregate(n=Max("edition"))["n"]
    edition = (latest or 0) + 1
    start, end = _one_year_later(event.start_date), _one_year_later(event.end_date)
    # Texts are copied in every language, with the edition's ordinal renumbered where it
    # can be: in English words (events.ordinals). A title in another language that names
    # the old edition in its own words would name the wrong one, so it gives way to the
    # series' title in that language as a placeholder; the copy is a draft, and the admin
    # lists what it still lacks in each language (core.admin.MissingTranslationFilter).
    texts = {}
    for language in LANGUAGES:
        for name in ("city", "venue", "summary", "title"):
            text = getattr(event, column(name, language)) or ""
            renumbered = _renumber(text, event.edition, edition)
            if name == "title" and text and renumbered == text and language != "en":
                renumbered = getattr(event.series, column("title", language)) or ""
            texts[column(name, language)] = renumbered
    copy = Event.objects.create(
        **texts,
        slug=_unique_slug(_renumber(event.slug, event.edition, edition), start.year),
        kind=event.kind,
        status=Event.Status.DRAFT,
        series_id=event.series_id,
        edition=edition,
        project_id=event.project_id,
        start_date=start,
        end_date=end,
        dates_unconfirmed=True,
        country=event.country,
        participating_countries=event.participating_countries,
    )
    EventOrganisation.objects.bulk_create(
        EventOrganisation(
            event=copy, organisation_id=role.organisation_id, role=role.role, order=role.order
        )
        for role in event.roles.all()
    )
    for session in event.sessions.prefetch_related("leading_organisations"):
        leaders = list(session.leading_organisations.all())
        new_session = Session.objects.create(
            event=copy,
            kind=session.kind,
            order=session.order,
            **{
                column(name, language): getattr(session, column(name, language))
                for name in ("title", "description")
                for language in LANGUAGES
            },
        )
        new_session.leading_organisations.set(leaders)
    return copy
