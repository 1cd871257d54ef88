"""Content in Russian, Kazakh and English: which columns a text has, which language a
visitor is shown it in, and queries that read those columns as the objects do.

Each app registers the texts a visitor reads in its ``translation.py``
(django-modeltranslation): ``title`` gets the columns ``title_ru``, ``title_kk`` and
``title_en`` on the same row, and ``obj.title`` reads the visitor's language, or, when that
column is empty, the first language of the fallback order that has the text
(settings.MODELTRANSLATION_FALLBACK_LANGUAGES). Queries are another matter: the library
rewrites ``filter()`` and ``order_by()`` on ``title`` to the current language's column
*without* a fallback, and a lookup through a relation (``values("project__title")``) reads
the original column, which holds whatever language was active at the last save. Code that
sorts or lists texts in SQL uses ``fallback_value()`` here, which reads the columns in the
same order as the objects do.

core knows no app: everything here works from the registry the apps fill.
"""

from django.core.exceptions import ValidationError
from django.db.models import F, Q, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext_lazy as _
from modeltranslation import settings as mt_settings
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname, resolution_order
from modeltranslation.utils import get_language as _current_language

#: The content languages, in the order staff see their columns.
LANGUAGES: tuple[str, ...] = tuple(mt_settings.AVAILABLE_LANGUAGES)

#: Each language's own name, as staff recognise it whatever the admin's language.
AUTONYMS = {"ru": "Русский", "kk": "Қазақша", "en": "English"}


def current_language() -> str:
    """The active language as a content language (``en-us`` → ``en``; an unknown one → the
    default content language)."""
    return _current_language()


def fallback_order(language: str | None = None) -> tuple[str, ...]:
    """The languages a text is looked for in, for a visitor of ``language`` (default: the
    active one): the visitor's own first."""
    return tuple(resolution_order(language or current_language(), mt_settings.FALLBACK_LANGUAGES))


def translated_fields(model) -> tuple[str, ...]:
    """The names of ``model``'s translated fields (the originals: ``title``, not
    ``title_ru``), in the order the model declares them; empty for a model without any."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return ()
    names = set(options.all_fields)
    return tuple(f.name for f in model._meta.concrete_fields if f.name in names)


def text_fields(model) -> tuple[str, ...]:
    """The translated fields staff write (not the HTML rendered from them)."""
    return tuple(name for name in translated_fields(model) if model._meta.get_field(name).editable)


def column(name: str, language: str) -> str:
    """``column("title", "kk")`` → ``"title_kk"``; works on lookups (``project__title``)."""
    return build_localized_fieldname(name, language)


def columns(model, name: str) -> list[str]:
    """The columns that hold ``name`` on ``model``: one per language if it is translated."""
    if name in translated_fields(model):
        return [column(name, language) for language in LANGUAGES]
    return [name]


def lookup_columns(model, lookup: str) -> list[str]:
    """``columns()`` through relations: ``series__title`` → ``series__title_ru``, ... . The
    last part is expanded when it is a translated field of the model it ends on; a leading
    admin search prefix (``^``, ``=``, ``@``) is kept."""
    prefix = lookup[0] if lookup[:1] in ("^", "=", "@") else ""
    path = lookup[len(prefix) :].split("__")
    current = model
    for index, part in enumerate(path):
        try:
            field = current._meta.get_field(part)
        except Exception:
            return [lookup]
        if field.is_relation and field.related_model is not None and index < len(path) - 1:
            current = field.related_model
            continue
        if part in translated_fields(current):
            head = "__".join(path[:index])
            rest = "__".join(path[index + 1 :])
            found = []
            for language in LANGUAGES:
                parts = [p for p in (head, column(part, language), rest) if p]
                found.append(prefix + "__".join(parts))
            return found
        return [lookup]
    return [lookup]


def has_text(value) -> bool:
    """Whether a column holds a text (what the objects' fallback skips: None and '')."""
    return value is not None and value != ""


def shown_language(obj, name: str) -> str | None:
    """The language in which ``obj.<name>`` is shown to the current visitor: the first of
    the fallback order whose column has a text. None when no language has one, or when
    the field is not translated (it has no language of its own)."""
    if name not in translated_fields(type(obj)):
        return None
    deferred = obj.get_deferred_fields()
    for language in fallback_order():
        attname = column(name, language)
        if attname in deferred:
            return None  # not loaded: never cost a query to say which language it is in
        if has_text(getattr(obj, attname, None)):
            return language
    return None


def shown_language_of_row(row: dict, name: str) -> str | None:
    """shown_language() for a row of values() that holds ``name``'s language columns."""
    for language in fallback_order():
        if has_text(row.get(column(name, language))):
            return language
    return None


def fallback_value(name: str, language: str | None = None):
    """An expression for the text of ``name`` (a field, or a lookup such as
    ``project__title``) as the visitor of ``language`` is shown it: the first non-empty
    column of the fallback order. For ``order_by()``, ``values()`` and ``annotate()``."""
    return Coalesce(
        *(NullIf(F(column(name, lang)), Value("")) for lang in fallback_order(language)),
        Value(""),
        output_field=TextField(),
    )


def has_text_q(lookup: str) -> Q:
    return ~Q(**{f"{lookup}__isnull": True}) & ~Q(**{lookup: ""})


def available_q(names, language: str | None = None) -> Q:
    """Rows whose every named text exists in ``language`` (default: the active one)."""
    language = language or current_language()
    condition = Q()
    for name in names:
        condition &= has_text_q(column(name, language))
    return condition


def missing_q(model, language: str) -> Q:
    """Rows with a text that exists in some language but not in ``language``."""
    condition = Q()
    for name in text_fields(model):
        others = Q()
        for other in LANGUAGES:
            if other != language:
                others |= has_text_q(column(name, other))
        condition |= ~has_text_q(column(name, language)) & others
    return condition


def missing_languages(obj) -> list[str]:
    """The languages in which some text of ``obj`` (given in another language) is missing."""
    model = type(obj)
    missing = []
    for language in LANGUAGES:
        for name in text_fields(model):
            values = {lang: getattr(obj, column(name, lang), None) for lang in LANGUAGES}
            if not has_text(values[language]) and any(map(has_text, values.values())):
                missing.append(language)
                break
    return missing


#: The choice of a public list's language filter (?available=1), in the visitor's language.
ONLY_IN = {
    "ru": _("Only those in Russian"),
    "kk": _("Only those in Kazakh"),
    "en": _("Only those in English"),
}


def language_filter_choices() -> list[tuple[str, str]]:
    return [("1", ONLY_IN.get(current_language(), ONLY_IN[LANGUAGES[0]]))]


def _required_message(field) -> str:
    return _("Give the %(field)s in at least one language.") % {"field": field.verbose_name}


class TranslatedTextsMixin:
    """For a model with translated texts (put it before models.Model): a text the model
    requires (``blank=False``) must exist in at least one language. The library makes
    every language's column optional, and forms leave out the original field."""

    def clean(self):
        super().clean()
        errors = {}
        model = type(self)
        for name in text_fields(model):
            field = model._meta.get_field(name)
            if field.blank:
                continue
            if not any(has_text(getattr(self, column(name, lang), None)) for lang in LANGUAGES):
                errors[column(name, LANGUAGES[0])] = ValidationError(
                    _required_message(field), code="required_in_a_language"
                )
        if errors:
            raise ValidationError(errors)


def language_columns(obj, name: str) -> dict[str, object]:
    """Each language's column of ``obj``'s ``name``, as keyword arguments: to copy a text
    to another object in every language at once (a release's title to its Source)."""
    return {column(name, language): getattr(obj, column(name, language)) for language in LANGUAGES}
