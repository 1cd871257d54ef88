import datetime

import pytest

from core.templatetags.core_tags import date_range
from events.services import _one_year_later
from tests.factories import EventFactory, EventSeriesFactory

D = datetime.date


def text(html):
    return str(html).replace("</time>", "").replace('<time datetime="', "[").replace('">', "]")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2024, 4, 11), D(2024, 4, 11), "[2024-04-11]11 April 2024"),
        (D(2024, 4, 11), None, "[2024-04-11]11 April 2024"),
        (D(2024, 11, 20), D(2024, 11, 21), "[2024-11-20]20\u2013[2024-11-21]21 November 2024"),
        (
            D(2024, 11, 30),
            D(2024, 12, 2),
            "[2024-11-30]30 November \u2013 [2024-12-02]2 December 2024",
        ),
        (
            D(2024, 12, 30),
            D(2025, 1, 2),
            "[2024-12-30]30 December 2024 \u2013 [2025-01-02]2 January 2025",
        ),
    ],
)
def test_date_range(start, end, expected):
    assert text(date_range(start, end)) == expected


def test_one_year_later_moves_29_february_to_the_28th():
    assert _one_year_later(D(2024, 2, 29)) == D(2025, 2, 28)
    assert _one_year_later(D(2024, 11, 20)) == D(2025, 11, 20)


@pytest.mark.django_db
def test_card_names_the_series_only_when_the_title_does_not(client):
    series = EventSeriesFactory(title="Expert Forum on Criminal Justice for Central Asia")
    EventFactory(
        title="Ninth Expert Forum on Criminal Justice for Central Asia", series=series, edition=9
    )
    EventFactory(
        title="Almaty regional forum 2025", series=series, edition=10, start_date=D(2025, 3, 1)
    )
    html = client.get("/en/events/").content.decode()
    assert "Tenth edition of the Expert Forum on Criminal Justice for Central Asia" in html
    assert "Ninth edition of the" not in html
