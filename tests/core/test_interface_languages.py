"""Three languages in the interface: addresses, the switcher, alternates, and dates and
numbers as each language writes them."""

import datetime

import pytest
from django.test import Client

from core import i18n
from core.templatetags.core_tags import date_range
from tests.factories import EventFactory, ProjectFactory

D = datetime.date
LANGUAGES = ("ru", "kk", "en")


@pytest.mark.parametrize(
    ("start", "end", "language", "expected"),
    [
        (D(2024, 11, 20), D(2024, 11, 21), "ru", "20–21 ноября 2024 г."),
        (D(2024, 11, 20), D(2024, 11, 21), "kk", "2024 жылғы 20–21 қараша"),
        (D(2024, 11, 20), D(2024, 11, 21), "en", "20–21 November 2024"),
        (D(2024, 11, 30), D(2024, 12, 2), "ru", "30 ноября – 2 декабря 2024 г."),
        (D(2024, 11, 30), D(2024, 12, 2), "kk", "2024 жылғы 30 қараша – 2 желтоқсан"),
        (D(2024, 12, 30), D(2025, 1, 2), "ru", "30 декабря 2024 г. – 2 января 2025 г."),
        (D(2024, 12, 30), D(2025, 1, 2), "kk", "2024 жылғы 30 желтоқсан – 2025 жылғы 2 қаңтар"),
        (D(2023, 10, 5), None, "ru", "5 октября 2023 г."),
        (D(2023, 10, 5), D(2023, 10, 5), "kk", "2023 жылғы 5 қазан"),
    ],
)
def test_date_ranges_as_each_language_writes_them(start, end, language, expected):
    assert i18n.format_range(start, end, language) == expected


def test_a_range_in_the_page_marks_each_date_with_time():
    from django.utils import translation

    with translation.override("kk"):
        html = str(date_range(D(2024, 11, 20), D(2024, 11, 21)))
    assert html == (
        '2024 жылғы <time datetime="2024-11-20">20</time>–'
        '<time datetime="2024-11-21">21 қараша</time>'
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "март 2025 г."), ("kk", "2025 жылғы наурыз"), ("en", "March 2025")],
)
def test_a_month_alone_is_in_the_nominative(language, expected):
    assert i18n.format_month(2025, 3, language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "8\u00a0800\u00a0000"), ("kk", "8\u00a0800\u00a0000"), ("en", "8,800,000")],
)
def test_thousands_as_each_language_groups_them(language, expected):
    assert i18n.format_number(8_800_000, language=language) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_names_its_language_and_links_its_versions(language):
    event = EventFactory(slug="ninth-forum", title="Ninth Expert Forum")
    bare = event.get_absolute_url().removeprefix("/en")
    response = Client().get(f"/{language}{bare}")
    assert response.status_code == 200
    assert response["Content-Language"] == language
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f'<link rel="canonical" href="http://localhost/{language}{bare}">' in html
    for code in LANGUAGES:
        assert (
            f'<link rel="alternate" hreflang="{code}" href="http://localhost/{code}{bare}">' in html
        )
        # The switcher leads to the same item in each language, in that language's name.
        assert f'<a href="/{code}{bare}" hreflang="{code}" lang="{code}"' in html
    assert f'<link rel="alternate" hreflang="x-default" href="http://localhost{bare}">' in html
    assert f'<meta property="og:locale" content="{i18n.OG_LOCALES[language]}">' in html
    assert html.count('aria-current="true"') == 1


@pytest.mark.django_db
def test_the_switcher_keeps_a_lists_filters():
    EventFactory(start_date=D(2024, 11, 20))
    html = Client().get("/kk/events/?year=2024&utm_source=x").content.decode()
    assert 'href="/ru/events/?year=2024"' in html
    assert "utm_source" not in html


@pytest.mark.django_db
def test_an_address_without_a_language_redirects_to_the_visitors_keeping_its_query():
    ProjectFactory(slug="rule-of-law-for-all")
    silent = Client(headers={"Accept-Language": ""})
    response = silent.get("/projects/rule-of-law-for-all/")
    assert response.status_code == 302
    assert response["Location"] == "/ru/projects/rule-of-law-for-all/"
    response = silent.get("/events/", {"year": "2024"}, headers={"Accept-Language": "kk,en"})
    assert response["Location"] == "/kk/events/?year=2024"
    assert Client().get("/", headers={"Accept-Language": "de"})["Location"] == "/ru/"


@pytest.mark.django_db
def test_an_unknown_language_or_a_prefix_twice_is_not_found():
    assert Client().get("/de/events/").status_code == 404
    assert Client().get("/ru/en/events/").status_code == 404


@pytest.mark.django_db
def test_the_root_addresses_belong_to_no_language():
    client = Client(headers={"Accept-Language": "kk"})
    assert client.get("/healthz/").status_code == 200
    assert client.get("/robots.txt").status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/ru/healthz/").status_code == 404


@pytest.mark.django_db
def test_staff_choose_the_admins_language(staff_client):
    page = staff_client.get("/admin/").content.decode()
    assert 'id="language-form"' in page
    response = staff_client.post("/i18n/setlang/", {"language": "kk", "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    page = staff_client.get("/admin/")
    assert page["Content-Language"] == "kk"
    assert '<html lang="kk"' in page.content.decode()
    # A language the site does not have is never used: the browser's language is.
    staff_client.post("/i18n/setlang/", {"language": "de", "next": "/admin/"})
    assert staff_client.get("/admin/")["Content-Language"] == "en"
