"""Dates as precise as the sources make them: a day, a month or only a year.

A source may say "20-21 November 2024", "in March of that year" or "from the beginning of
2024 to the end of 2026". The models keep ordinary DateFields (lists sort and filter on
them, addresses carry the year) plus a precision; a date known to the month is stored as
the first day of that month when it starts a period and as its last day when it ends one,
so "upcoming" and "past" stay right, and it is *shown* as "March 2025", never as a day.

Staff type what they know: "2025-03-14", "2025-03" or "2025" (also "March 2025");
``PreciseDateFormField`` turns that into a date and its precision.
"""

import calendar
import datetime
import re
from typing import NamedTuple

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core import i18n

EN_DASH = "\u2013"


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


#: The help text of every date field that takes a precision.
PRECISE_DATE_HELP = _(
    "Type what the source says: 2025-03-14 for a day, 2025-03 (or March 2025) when only the "
    "month is known, 2025 when only the year is."
)


class PreciseDate(NamedTuple):
    date: datetime.date
    precision: str


def period_start(day: datetime.date, precision: str) -> datetime.date:
    if precision == DatePrecision.YEAR:
        return day.replace(month=1, day=1)
    if precision == DatePrecision.MONTH:
        return day.replace(day=1)
    return day


def period_end(day: datetime.date, precision: str) -> datetime.date:
    """The last day of the month or year ``day`` stands for."""
    if precision == DatePrecision.YEAR:
        return day.replace(month=12, day=31)
    if precision == DatePrecision.MONTH:
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day


def is_period_start(day: datetime.date, precision: str) -> bool:
    return day == period_start(day, precision)


def is_period_end(day: datetime.date, precision: str) -> bool:
    return day == period_end(day, precision)


# Month names staff may type ("March 2025", "Mar 2025"), in English whatever the language.
_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_YEAR = re.compile(r"^(\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_NAMED_MONTH = re.compile(r"^([A-Za-z]+)\.?,?\s+(\d{4})$")

INVALID_DATE = _(
    "Enter a date as 2025-03-14, a month as 2025-03 (or March 2025), or a year as 2025."
)


def parse_precise_date(text: str) -> PreciseDate | None:
    """``text`` as a date and its precision; None for an empty text. Raises ValidationError
    for anything else, with a message that says what to type."""
    text = " ".join((text or "").split())
    if not text:
        return None
    try:
        if match := _YEAR.match(text):
            return PreciseDate(datetime.date(int(match[1]), 1, 1), DatePrecision.YEAR)
        if match := _YEAR_MONTH.match(text):
            return PreciseDate(datetime.date(int(match[1]), int(match[2]), 1), DatePrecision.MONTH)
        if match := _MONTH_YEAR.match(text):
            return PreciseDate(datetime.date(int(match[2]), int(match[1]), 1), DatePrecision.MONTH)
        if (match := _NAMED_MONTH.match(text)) and match[1].lower() in _MONTHS:
            month = _MONTHS[match[1].lower()]
            return PreciseDate(datetime.date(int(match[2]), month, 1), DatePrecision.MONTH)
    except ValueError:
        raise ValidationError(INVALID_DATE, code="invalid") from None
    try:
        # Every format the admin's own date fields take (2025-03-14, 14.03.2025, ...).
        day = forms.DateField().to_python(text)
    except ValidationError:
        raise ValidationError(INVALID_DATE, code="invalid") from None
    return PreciseDate(day, DatePrecision.DAY)


def precise_date_text(day: datetime.date | None, precision: str) -> str:
    """What a form shows for a stored date: "2025-03-14", "2025-03" or "2025"."""
    if day is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{day:%Y}"
    if precision == DatePrecision.MONTH:
        return f"{day:%Y-%m}"
    return day.isoformat()


class PreciseDateFormField(forms.CharField):
    """A text box for a date known to the day, the month or the year; cleans to a
    PreciseDate (or None when empty and not required)."""

    default_error_messages = {"invalid": INVALID_DATE}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("help_text", PRECISE_DATE_HELP)
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, PreciseDate):
            return precise_date_text(value.date, value.precision)
        if isinstance(value, datetime.date):
            return value.isoformat()
        return value

    def to_python(self, value):
        if isinstance(value, PreciseDate):
            return value
        return parse_precise_date(super().to_python(value))

    def has_changed(self, initial, data):
        try:
            return self.to_python(initial) != self.to_python(data)
        except ValidationError:
            return True


def precise_range_fields(start: PreciseDate | None, end: PreciseDate | None):
    """(start date, end date, precision) for a period typed as two precise dates: the end
    may be left empty (the same day, month or year), and must not be more precise or less
    precise than the start. Raises ValidationError keyed by field ("end_date")."""
    if start is None:
        return None, None, DatePrecision.DAY
    if end is None:
        end = start
    if end.precision != start.precision:
        raise ValidationError(
            {
                "end_date": _(
                    "Give the end as precisely as the start: a day (2025-03-14), a month "
                    "(2025-03) or a year (2025), or leave it empty."
                )
            }
        )
    return start.date, period_end(end.date, end.precision), start.precision


# Showing them ---------------------------------------------------------------------------
# In the visitor's language, as core.i18n writes dates: "11 April 2024", "11 апреля 2024 г.",
# "2024 жылғы 11 сәуір"; "March 2025", "март 2025 г.", "2025 жылғы наурыз".

_MACHINE = {DatePrecision.DAY: "%Y-%m-%d", DatePrecision.MONTH: "%Y-%m", DatePrecision.YEAR: "%Y"}


def _shown(day: datetime.date, precision: str) -> str:
    if precision == DatePrecision.YEAR:
        return i18n.format_year(day.year)
    if precision == DatePrecision.MONTH:
        return i18n.format_month(day.year, day.month)
    return i18n.format_date(day)


def _time(day, shown: str, precision: str):
    machine = day.strftime(_MACHINE.get(precision, _MACHINE[DatePrecision.DAY]))
    return format_html('<time datetime="{}">{}</time>', machine, shown)


def precise_date_html(day: datetime.date | None, precision: str = DatePrecision.DAY):
    """One date as precise as it is known, in a <time> element: "11 April 2024",
    "March 2025" or "2025" (in the visitor's language)."""
    if day is None:
        return ""
    return _time(day, _shown(day, precision), precision)


def precise_date_plain(day: datetime.date | None, precision: str = DatePrecision.DAY) -> str:
    if day is None:
        return ""
    return _shown(day, precision)


def _month_range_html(start, end):
    """ "March – April 2025", "март – апрель 2025 г.", "2025 жылғы наурыз – сәуір";
    across years each month with its year."""
    language = i18n.current_language()
    dash = f" {EN_DASH} "
    if start.year != end.year:
        return format_html(
            "{}{}{}",
            _time(start, _shown(start, DatePrecision.MONTH), DatePrecision.MONTH),
            dash,
            _time(end, _shown(end, DatePrecision.MONTH), DatePrecision.MONTH),
        )
    first = i18n.month_name(start.month, language)
    if language == "kk":
        return format_html(
            "{} жылғы {}{}{}",
            start.year,
            _time(start, first, DatePrecision.MONTH),
            dash,
            _time(end, i18n.month_name(end.month, language), DatePrecision.MONTH),
        )
    return format_html(
        "{}{}{}",
        _time(start, first, DatePrecision.MONTH),
        dash,
        _time(end, _shown(end, DatePrecision.MONTH), DatePrecision.MONTH),
    )


def precise_range_html(start, end, precision: str = DatePrecision.DAY):
    """A period as the visitor's language writes it, each end in a <time> element.

    Days: "20–21 November 2024", "20–21 ноября 2024 г.", "2024 жылғы 20–21 қараша".
    Months: "March 2025", "March – April 2025", "December 2024 – January 2025".
    Years: "2024", "2024 – 2026".
    """
    if precision == DatePrecision.YEAR:
        if end is None or end.year == start.year:
            return precise_date_html(start, precision)
        return format_html(
            "{} {} {}",
            _time(start, str(start.year), precision),
            EN_DASH,
            _time(end, str(end.year), precision),
        )
    if precision == DatePrecision.MONTH:
        if end is None or (end.year, end.month) == (start.year, start.month):
            return precise_date_html(start, precision)
        return _month_range_html(start, end)
    return format_html_join(
        "",
        "{}",
        (
            (_time(day, text, DatePrecision.DAY) if day else text,)
            for day, text in i18n.range_parts(start, end)
        ),
    )


def precise_period_html(start, start_precision, end, end_precision, *, open_end=""):
    """A period whose two ends may be known to different precisions ("2024 - 2026",
    "March 2022 - 2025", en dashes); ``open_end`` is shown when only the start is known."""
    if start is None and end is None:
        return ""
    if start is not None and end is not None and start_precision == end_precision:
        return precise_range_html(start, end, start_precision)
    if end is None:
        if not open_end:
            return format_html("{} {}", _("from"), precise_date_html(start, start_precision))
        return format_html("{} {} {}", precise_date_html(start, start_precision), EN_DASH, open_end)
    if start is None:
        return format_html("{} {}", _("until"), precise_date_html(end, end_precision))
    return format_html(
        "{} {} {}",
        precise_date_html(start, start_precision),
        EN_DASH,
        precise_date_html(end, end_precision),
    )


def duration_text(months: int | None) -> str:
    """ "3 years", "18 months"; empty when no length is known."""
    from django.utils.translation import ngettext

    if not months:
        return ""
    if months % 12 == 0:
        years = months // 12
        return ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
    return ngettext("%(count)d month", "%(count)d months", months) % {"count": months}
