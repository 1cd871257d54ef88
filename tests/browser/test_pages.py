"""Every kind of public page, as a browser sees it: no axe-core violations at desktop and
phone widths, no W3C HTML checker errors in the served HTML, nothing wider than a 360 px
phone, and nothing refused or missing in the browser console (CSP, static files).

The pages are filled with the demo content (`load_demo`), the same as `make run` shows.
"""

import pytest
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from .conftest import describe_violations

pytestmark = [
    pytest.mark.browser,
    # The live server runs in another thread, so the data must be committed; the serialized
    # rollback puts back what migrations created (SDGs, staff groups) for later tests.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def url_or_skip(name, **kwargs):
    try:
        return reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        pytest.skip(f"{name} is not built yet")


def first_or_skip(queryset, what):
    obj = queryset.first()
    if obj is None:
        pytest.skip(f"the demo content has no {what} yet")
    return obj.get_absolute_url()


def project_detail():
    from partners.models import Project

    return first_or_skip(Project.objects.order_by("-start_date"), "project")


def organisation_detail():
    from partners.models import Organisation

    return first_or_skip(Organisation.objects.filter(slug="lprc"), "LPRC organisation")


def event_detail():
    try:
        from events.models import Event
    except ImportError:
        pytest.skip("events are not built yet")
    return first_or_skip(Event.objects.published().order_by("-start_date"), "published event")


def release_detail():
    try:
        from pressroom.models import PressRelease
    except ImportError:
        pytest.skip("the pressroom is not built yet")
    return first_or_skip(PressRelease.objects.published(), "published release")


def by_slug(model_path, **lookup):
    def url():
        from django.apps import apps

        return first_or_skip(apps.get_model(model_path).objects.filter(**lookup), str(lookup))

    return url


PAGES = {
    "home": lambda: url_or_skip("website:home"),
    "project-list": lambda: url_or_skip("partners:project-list"),
    "project-detail": project_detail,
    "organisation-list": lambda: url_or_skip("partners:organisation-list"),
    "organisation-detail": organisation_detail,
    "funder-list": lambda: url_or_skip("partners:funder-list"),
    "event-list": lambda: url_or_skip("events:event-list"),
    "forum-list": lambda: url_or_skip("events:forum-list"),
    "academy-list": lambda: url_or_skip("events:academy-list"),
    "presentation-list": lambda: url_or_skip("events:presentation-list"),
    "steering-meeting-list": lambda: url_or_skip("events:steering-meeting-list"),
    "event-list-filtered": lambda: url_or_skip("events:event-list") + "?kind=forum&year=2024",
    "event-list-bad-filter": lambda: url_or_skip("events:event-list") + "?year=not-a-year",
    "event-detail": event_detail,
    "release-list": lambda: url_or_skip("pressroom:release-list"),
    "release-detail": release_detail,
    # Quotes, remarks, a count "about 60", roles with their source, a partners' event.
    "event-detail-quotes": by_slug(
        "events.Event", slug="just4all-third-steering-committee-meeting"
    ),
    "release-detail-quote": by_slug("pressroom.PressRelease", release_date="2024-04-11"),
    "project-detail-partners": by_slug("partners.Project", slug="just4all"),
    "organisation-detail-quotes": by_slug("partners.Organisation", slug="unodc"),
    "coverage-list": lambda: url_or_skip("pressroom:coverage-list"),
    "coverage-detail": by_slug("pressroom.Coverage"),
    "search": lambda: url_or_skip("website:search") + "?q=rule+of+law",
    "search-every-kind": lambda: url_or_skip("website:search") + "?q=probation",
    "search-empty": lambda: url_or_skip("website:search"),
    "search-nothing-found": lambda: url_or_skip("website:search") + "?q=zanzibar",
    "open-data": lambda: url_or_skip("opendata:open-data"),
    "api-reference": lambda: url_or_skip("opendata:api-reference"),
}


@pytest.fixture
def demo_content():
    call_command("load_demo", "--no-user", verbosity=0)


@pytest.mark.parametrize("page_name", PAGES)
def test_page_is_accessible_valid_and_fits_a_phone_in_every_language(
    page_name, demo_content, live_server, open_page, run_axe, validate_html, screenshot_dir
):
    # One test per kind of page, in each of the three languages (the demo content is
    # loaded once for the three).
    for language in ("ru", "kk", "en"):
        with translation.override(language):
            path = PAGES[page_name]()
        assert path.startswith(f"/{language}/"), path
        check_page(
            live_server.url + path,
            f"{page_name}-{language}",
            language=language,
            open_page=open_page,
            run_axe=run_axe,
            validate_html=validate_html,
            screenshot_dir=screenshot_dir,
        )


def check_page(url, name, *, open_page, run_axe, validate_html, screenshot_dir, language=None):
    page, problems = open_page("desktop")
    response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    if language:  # the page's own language; texts shown in another one carry their lang
        assert f'<html lang="{language}"' in response.text(), url
    assert page.title(), f"{url} has no title"
    assert page.locator("h1").count() == 1, f"{url} should have exactly one h1"
    html_errors = validate_html(response.text())
    assert not html_errors, f"W3C HTML checker on {url}:\n" + "\n".join(html_errors)
    violations = run_axe(page)
    assert not violations, f"axe-core on {url} (desktop):\n{describe_violations(violations)}"
    if screenshot_dir:
        page.screenshot(path=screenshot_dir / f"{name}-desktop.png", full_page=True)
    assert not problems.messages, f"browser console on {url}:\n" + "\n".join(problems.messages)

    phone, phone_problems = open_page("phone")
    phone.goto(url)
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if screenshot_dir:
        phone.screenshot(path=screenshot_dir / f"{name}-phone.png", full_page=True)
    assert overflow <= 0, f"{url} is {overflow}px wider than a 360px phone"
    violations = run_axe(phone)
    assert not violations, f"axe-core on {url} (phone):\n{describe_violations(violations)}"
    assert not phone_problems.messages, "\n".join(phone_problems.messages)


def test_missing_page_helps_the_visitor_on(live_server, open_page, run_axe, validate_html):
    page, _problems = open_page("desktop")
    response = page.goto(live_server.url + "/no-such-page/")
    assert response.status == 404
    assert "Page not found" in page.locator("h1").inner_text()
    assert not validate_html(response.text())
    assert not run_axe(page)


def test_server_error_page_is_valid_html(validate_html, rf):
    from django.views.defaults import server_error

    html = server_error(rf.get("/")).content.decode()
    assert not validate_html(html)


def test_the_html_checker_reports_an_error_it_should(validate_html):
    """The checker the page tests lean on (a local vnu service) does find errors: an empty
    report means a valid page, not a checker that did not run."""
    broken = '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p>a<div></p>'
    errors = validate_html(broken)
    assert any("“p” end tag" in error for error in errors), errors
    assert validate_html(broken.replace("<div>", "") + "</body></html>") == []
