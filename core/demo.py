"""The one way demo loaders write their content (each app's ``demo.py``, registered with
core.registry.DemoContent): create an object or bring it up to date, found by a natural key,
and save only when something differs.

A save that changes nothing still moves ``updated_at``, and with it the sitemap's dates,
the pages' ETags, the feeds and the calendars; it also adds a version to the history. So a
second ``load_demo`` must not save at all, and it does not.
"""

from collections.abc import Iterable
from typing import Any, TypeVar

from django.db import models

from .languages import LANGUAGES, column

M = TypeVar("M", bound=models.Model)


def translated(name: str, text: dict[str, str] | str) -> dict[str, str]:
    """A text in its languages as the model's columns (core.languages):
    ``translated("title", {"en": "Forum", "ru": "Форум"})`` gives ``title_en``,
    ``title_ru`` and ``title_kk`` (empty: the pages show another language, and say so).
    A plain string is the English text alone."""
    if isinstance(text, str):
        text = {"en": text}
    unknown = set(text) - set(LANGUAGES)
    if unknown:
        raise ValueError(f"Not content languages: {sorted(unknown)}")
    return {column(name, language): text.get(language, "") for language in LANGUAGES}


def translated_all(texts: dict[str, dict[str, str] | str]) -> dict[str, str]:
    """translated() for several fields: ``{"title": {...}, "summary": {...}}``."""
    columns: dict[str, str] = {}
    for name, text in texts.items():
        columns.update(translated(name, text))
    return columns


def in_languages(
    model,
    values: dict[str, Any],
    translations: dict[str, dict[str, str]],
    key: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """``values`` with each translated text of ``model`` (core.languages) written as a plain
    English string turned into its language columns: Russian and Kazakh from
    ``translations`` (English text → {"ru": ..., "kk": ...}) when its English text is there
    word for word, else empty (the pages show the English, marked). Other values, and texts
    already given per language (a dict), pass through (translated()). A text of ``key``
    (the natural key that finds the object) is written in its languages too."""
    from .languages import text_fields

    texts = set(text_fields(model))
    out: dict[str, Any] = {}
    if key:  # a text that finds the object is written in its languages too
        values = {**{n: v for n, v in key.items() if n in texts and n not in values}, **values}
    for name, value in values.items():
        if name in texts and isinstance(value, str | dict):
            if isinstance(value, str):
                value = {"en": value, **translations.get(value, {})} if value else {}
            out.update(translated(name, value))
        else:
            out[name] = value
    return out


def english_key(model, key: dict[str, Any]) -> dict[str, Any]:
    """A natural key naming a translated text looks it up in English (the seeds' language)."""
    from .languages import text_fields

    texts = set(text_fields(model))
    return {column(name, "en") if name in texts else name: value for name, value in key.items()}


def _same(field: models.Field, current: Any, wanted: Any) -> bool:
    if isinstance(field, models.ForeignKey):
        wanted_pk = wanted.pk if isinstance(wanted, models.Model) else wanted
        return current == wanted_pk
    # The database's form of both: a list of countries and its sorted codes compare equal,
    # as do Decimal("739000") and Decimal("739000.00"), or one moment in two time zones.
    return field.get_prep_value(current) == field.get_prep_value(wanted)


def demo_upsert(model: type[M], key: dict[str, Any], values: dict[str, Any]) -> M:
    """The ``model`` object that ``key`` finds (field values, or lookups such as
    ``start_date__year``), created with ``key`` and ``values`` if there is none, otherwise
    given ``values``. Saved (through ``save()``, so the model's own rules and signals run)
    only when a field differs. Many-to-many fields may be in ``values`` too, as the objects
    they should hold; they are set only when the set differs."""
    opts = model._meta
    many = {name: values[name] for name in values if opts.get_field(name).many_to_many}
    fields = {name: value for name, value in values.items() if name not in many}

    obj = model.objects.filter(**key).first()
    if obj is None:
        plain_key = {name: value for name, value in key.items() if "__" not in name}
        obj = model(**{**plain_key, **fields})
        obj.save()
    else:
        changed = [
            name
            for name, value in fields.items()
            if not _same(opts.get_field(name), getattr(obj, opts.get_field(name).attname), value)
        ]
        if changed:
            for name in changed:
                setattr(obj, name, fields[name])
            obj.save()
    for name, objects in many.items():
        _set_if_different(getattr(obj, name), objects)
    return obj


def _set_if_different(manager, objects: Iterable[models.Model]) -> None:
    objects = list(objects)
    if set(manager.values_list("pk", flat=True)) != {o.pk for o in objects}:
        manager.set(objects)


def cover_description(words: str) -> dict[str, str]:
    """The description of a demo title card (core.demo_images) in each language's column:
    the card itself is in English, one per item, and each language says so."""
    return {
        "cover_alt_en": f"Title card: {words}",
        "cover_alt_ru": f"Титульная карточка на английском языке: {words}",
        "cover_alt_kk": f"Ағылшын тіліндегі титулдық карточка: {words}",
    }


def demo_picture(obj: models.Model, field: str, name: str, make, **also) -> bool:
    """Give ``obj`` a generated picture (core.demo_images) in ``field`` if it has none, with
    any further values (``also``: its description); saved once, so a second load changes
    nothing. ``make()`` returns the PNG's bytes. True if a picture was added."""
    from django.core.files.base import ContentFile

    if getattr(obj, field):
        return False
    # Assigned, not saved through the field: the upload path (re-encoding, renditions) runs.
    setattr(obj, field, ContentFile(make(), name=name))
    for key, value in also.items():
        setattr(obj, key, value)
    obj.save()
    return True
