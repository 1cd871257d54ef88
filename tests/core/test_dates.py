import datetime

import pytest
from django.core.exceptions import ValidationError

from core.dates import (
    DatePrecision,
    PreciseDate,
    PreciseDateFormField,
    duration_text,
    parse_precise_date,
    period_end,
    precise_period_html,
    precise_range_fields,
    precise_range_html,
)

D = datetime.date
DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR


def text(html):
    return str(html).replace("</time>", "").replace('<time datetime="', "[").replace('">', "]")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2025-03-14", PreciseDate(D(2025, 3, 14), DAY)),
        ("14.03.2025", None),  # not an admin input format in English: refused below
        ("2025-03", PreciseDate(D(2025, 3, 1), MONTH)),
        ("2025-3", PreciseDate(D(2025, 3, 1), MONTH)),
        ("03/2025", PreciseDate(D(2025, 3, 1), MONTH)),
        ("March 2025", PreciseDate(D(2025, 3, 1), MONTH)),
        ("mar 2025", PreciseDate(D(2025, 3, 1), MONTH)),
        ("  2025 ", PreciseDate(D(2025, 1, 1), YEAR)),
        ("", None),
    ],
)
def test_what_staff_type_is_a_date_and_its_precision(typed, expected):
    if typed == "14.03.2025":
        with pytest.raises(ValidationError):
            parse_precise_date(typed)
        return
    assert parse_precise_date(typed) == expected


@pytest.mark.parametrize("typed", ["2025-13", "2025-02-30", "Marchember 2025", "soon", "20250"])
def test_anything_else_says_how_to_type_each_precision(typed):
    with pytest.raises(ValidationError) as error:
        parse_precise_date(typed)
    assert "2025-03-14" in str(error.value) and "2025-03" in str(error.value)


def test_form_field_shows_a_stored_date_as_precisely_as_it_is_known():
    field = PreciseDateFormField()
    assert field.prepare_value(PreciseDate(D(2025, 3, 1), MONTH)) == "2025-03"
    assert field.prepare_value(PreciseDate(D(2024, 1, 1), YEAR)) == "2024"
    assert field.prepare_value(PreciseDate(D(2024, 4, 11), DAY)) == "2024-04-11"
    assert not field.has_changed(PreciseDate(D(2025, 3, 1), MONTH), "March 2025")
    assert field.has_changed(PreciseDate(D(2025, 3, 1), MONTH), "2025-03-01")


def test_a_month_only_period_runs_to_the_last_day_of_its_month():
    assert period_end(D(2024, 2, 1), MONTH) == D(2024, 2, 29)
    assert precise_range_fields(PreciseDate(D(2025, 3, 1), MONTH), None) == (
        D(2025, 3, 1),
        D(2025, 3, 31),
        MONTH,
    )
    with pytest.raises(ValidationError) as error:
        precise_range_fields(PreciseDate(D(2025, 3, 1), MONTH), PreciseDate(D(2025, 3, 20), DAY))
    assert "as precisely as the start" in str(error.value)


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        (D(2025, 3, 1), D(2025, 3, 31), MONTH, "[2025-03]March 2025"),
        (D(2025, 3, 1), D(2025, 4, 30), MONTH, "[2025-03]March \u2013 [2025-04]April 2025"),
        (
            D(2024, 12, 1),
            D(2025, 1, 31),
            MONTH,
            "[2024-12]December 2024 \u2013 [2025-01]January 2025",
        ),
        (D(2024, 1, 1), D(2026, 12, 31), YEAR, "[2024]2024 \u2013 [2026]2026"),
        (D(2024, 1, 1), D(2024, 12, 31), YEAR, "[2024]2024"),
        (D(2024, 11, 20), D(2024, 11, 21), DAY, "[2024-11-20]20\u2013[2024-11-21]21 November 2024"),
    ],
)
def test_periods_are_shown_as_precisely_as_they_are_known(start, end, precision, expected):
    assert text(precise_range_html(start, end, precision)) == expected


def test_ends_of_different_precision_and_lengths():
    assert (
        text(precise_period_html(D(2022, 3, 1), MONTH, D(2025, 12, 31), YEAR))
        == "[2022-03]March 2022 \u2013 [2025]2025"
    )
    assert text(precise_period_html(D(2024, 1, 1), YEAR, None, DAY, open_end="ongoing")) == (
        "[2024]2024 \u2013 ongoing"
    )
    assert precise_period_html(None, DAY, None, DAY) == ""
    assert duration_text(48) == "4 years"
    assert duration_text(18) == "18 months"
    assert duration_text(None) == ""
