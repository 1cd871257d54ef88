"""The site's three languages: addresses per language, numbers and dates as each writes them.

Every public address starts with its language (/ru/, /kk/, /en/), the same item in every
language differing only by that prefix (slugs are one per object). Dates and numbers follow
each language's usage rather than one pattern through a catalogue:

- Russian: "20–21 ноября 2024 г.", "30 ноября – 2 декабря 2024 г.", "март 2025 г.";
  the month in the genitive after a day, in the nominative alone.
- Kazakh: "2024 жылғы 20–21 қараша", "2025 жылғы наурыз": the year first, with "жылғы".
- English (British, as LPRC writes): "20–21 November 2024", "March 2025".

Thousands are grouped with a no-break space in Russian and Kazakh ("8 800 000") and a comma
in English ("8,800,000").
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.utils import translation

EN_DASH = "\u2013"
NBSP = "\u00a0"

# OpenGraph wants a territory with each language.
OG_LOCALES = {"ru": "ru_RU", "kk": "kk_KZ", "en": "en_GB"}

_MONTHS = {
    "en": [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
    # After a day: the genitive ("20 ноября").
    "ru": [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ],
    "kk": [
        "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
        "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
    ],
}  # fmt: skip
# A month on its own ("March 2025"): the nominative.
_MONTHS_ALONE = {
    **_MONTHS,
    "ru": [
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ],
}  # fmt: skip


def current_language() -> str:
    """The active language if the site has it, else the site's default (Russian)."""
    code = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in _MONTHS else settings.LANGUAGE_CODE


def language_versions(path: str) -> tuple[str, list[tuple[str, str]]]:
    """A page's path without its language prefix, and its path in every language:
    "/ru/events/" → ("/events/", [("ru", "/ru/events/"), ("kk", "/kk/events/"), ...]).
    A path with no language prefix (the root's own addresses) has no versions."""
    language = translation.get_language_from_path(path)
    if language is None:
        return path, []
    bare = path[len(language) + 1 :]
    return bare, [(code, f"/{code}{bare}") for code, _name in settings.LANGUAGES]


# Numbers --------------------------------------------------------------------------------


def format_number(value, decimals: int = 0, language: str | None = None) -> str:
    """8800000 → "8 800 000" (ru, kk: no-break spaces) or "8,800,000" (en)."""
    language = language or current_language()
    text = f"{Decimal(value):,.{decimals}f}"
    if language == "en":
        return text
    whole, _dot, fraction = text.partition(".")
    return whole.replace(",", NBSP) + (f",{fraction}" if fraction else "")


# Dates ----------------------------------------------------------------------------------


def _day_month(day: datetime.date, language: str) -> str:
    return f"{day.day} {_MONTHS[language][day.month - 1]}"


def format_date(day: datetime.date, language: str | None = None) -> str:
    """ "20 November 2024", "20 ноября 2024 г.", "2024 жылғы 20 қараша"."""
    language = language or current_language()
    if language == "kk":
        return f"{day.year} жылғы {_day_month(day, language)}"
    text = f"{_day_month(day, language)} {day.year}"
    return f"{text} г." if language == "ru" else text


def format_month(year: int, month: int, language: str | None = None) -> str:
    """ "March 2025", "март 2025 г.", "2025 жылғы наурыз"."""
    language = language or current_language()
    name = _MONTHS_ALONE[language][month - 1]
    if language == "kk":
        return f"{year} жылғы {name}"
    return f"{name} {year} г." if language == "ru" else f"{name} {year}"


def month_name(month: int, language: str | None = None) -> str:
    """The month on its own: "March", "март", "наурыз"."""
    return _MONTHS_ALONE[language or current_language()][month - 1]


def format_year(year: int, language: str | None = None) -> str:
    """ "2025", "2025 г.", "2025 жыл"."""
    language = language or current_language()
    return {"ru": f"{year} г.", "kk": f"{year} жыл"}.get(language, str(year))


def range_parts(
    start: datetime.date, end: datetime.date | None, language: str | None = None
) -> list[tuple[datetime.date | None, str]]:
    """A date range as the language writes it, in parts: (date, text) for the text that
    names a date (to be wrapped in <time>), (None, text) for what joins them.

    en: 20–21 November 2024 · 30 November – 2 December 2024 · 30 December 2024 – 2 January 2025
    ru: 20–21 ноября 2024 г. · 30 ноября – 2 декабря 2024 г. · 30 декабря 2024 г. – 2 января 2025 г.
    kk: 2024 жылғы 20–21 қараша · 2024 жылғы 30 қараша – 2 желтоқсан ·
        2024 жылғы 30 желтоқсан – 2025 жылғы 2 қаңтар
    """
    language = language or current_language()
    if end is None or end == start:
        return [(start, format_date(start, language))]
    if start.year != end.year:
        return [
            (start, format_date(start, language)),
            (None, f" {EN_DASH} "),
            (end, format_date(end, language)),
        ]
    same_month = start.month == end.month
    joiner = EN_DASH if same_month else f" {EN_DASH} "
    first = str(start.day) if same_month else _day_month(start, language)
    if language == "kk":
        return [
            (None, f"{start.year} жылғы "),
            (start, first),
            (None, joiner),
            (end, _day_month(end, language)),
        ]
    return [(start, first), (None, joiner), (end, format_date(end, language))]


def format_range(
    start: datetime.date, end: datetime.date | None, language: str | None = None
) -> str:
    """The same range as plain text (calendars, PDFs, feeds)."""
    return "".join(text for _day, text in range_parts(start, end, language))
