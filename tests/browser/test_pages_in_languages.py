"""The pages whose content is translated, in Russian and Kazakh, as a browser that asks
for those languages gets them: no axe-core violations, no W3C HTML checker errors (the
``lang`` attributes on texts shown in another language included), nothing wider than a
360 px phone with Kazakh's long words. The demo content is in the three languages; the
UNODC article and the SDG names exist in English only, so their blocks are marked."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from .conftest import VIEWPORTS, PageProblems, describe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGES = {
    "release-detail": lambda: reverse(
        "pressroom:release-detail",
        kwargs={"year": 2024, "slug": "ninth-expert-forum-criminal-justice-central-asia"},
    ),
    "release-list": lambda: reverse("pressroom:release-list") + "?available=1",
    "event-detail": lambda: reverse(
        "events:event-detail",
        kwargs={"year": 2023, "slug": "just4all-third-steering-committee-meeting"},
    ),
    "project-detail": lambda: reverse("partners:project-detail", kwargs={"slug": "just4all"}),
}


@pytest.fixture
def open_in(browser):
    contexts = []

    def _open(language, viewport):
        context = browser.new_context(viewport=VIEWPORTS[viewport], locale=language)
        contexts.append(context)
        page = context.new_page()
        return page, PageProblems(page)

    yield _open
    for context in contexts:
        context.close()


@pytest.mark.parametrize("language", ["ru", "kk"])
@pytest.mark.parametrize("page_name", PAGES)
def test_translated_page_is_accessible_valid_and_fits_a_phone(
    page_name, language, live_server, open_in, run_axe, validate_html, screenshot_dir
):
    call_command("load_demo", "--no-user", verbosity=0)
    with translation.override(language):  # the page's own address: /ru/..., /kk/...
        path = PAGES[page_name]()
    page, problems = open_in(language, "desktop")
    response = page.goto(live_server.url + path)
    assert response.status == 200, path
    html = response.text()
    assert f'<html lang="{language}"' in html
    html_errors = validate_html(html)
    assert not html_errors, f"W3C HTML checker on {path} ({language}):\n" + "\n".join(html_errors)
    violations = run_axe(page)
    assert not violations, f"axe-core on {path} ({language}):\n{describe_violations(violations)}"
    if screenshot_dir:
        page.screenshot(path=screenshot_dir / f"{page_name}-{language}.png", full_page=True)
    assert not problems.messages, "\n".join(problems.messages)

    phone, _phone_problems = open_in(language, "phone")
    phone.goto(live_server.url + path)
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path} ({language}) is {overflow}px wider than a 360px phone"
    assert not run_axe(phone)
