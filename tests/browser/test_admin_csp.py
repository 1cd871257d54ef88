"""The Django admin works under the strict CSP: no refused script or style, no script error.

The admin of Django 5.2 loads its scripts from files and passes data in JSON elements and
data attributes, so the site's policy (no 'unsafe-inline') must not break it. Our own admin
additions must not add inline style attributes either (they go in static/css/admin.css).
"""

import pytest
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse

from tests.factories import STAFF_PASSWORD, staff_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ADMIN_PAGES = [
    "admin:index",
    "admin:partners_project_add",
    "admin:partners_organisation_add",
    "admin:partners_organisation_changelist",
    "admin:partners_project_changelist",
    "admin:events_event_add",
    "admin:events_event_changelist",
    "admin:pressroom_pressrelease_add",
    "admin:pressroom_pressrelease_changelist",
]


@pytest.fixture
def signed_in_page(live_server, open_page):
    call_command("load_demo", "--no-user", verbosity=0)
    staff_user("editors")
    page, problems = open_page("desktop")
    page.goto(live_server.url + reverse("admin:login"))
    page.fill("#id_username", "editor")
    page.fill("#id_password", STAFF_PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(live_server.url + reverse("admin:index"))
    return page, problems


def test_public_home_and_admin_login_have_no_csp_refusals(live_server, open_page):
    page, problems = open_page("desktop")
    for url in (reverse("website:home"), reverse("admin:login")):
        page.goto(live_server.url + url)
        page.wait_for_load_state("networkidle")
    assert problems.messages == []


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_admin_page_has_no_csp_refusals(signed_in_page, live_server, name):
    try:
        url = reverse(name)
    except NoReverseMatch:
        pytest.skip(f"{name} is not built yet")
    page, problems = signed_in_page
    page.goto(live_server.url + url)
    page.wait_for_load_state("networkidle")
    assert page.locator("#content").count() == 1
    assert problems.messages == []


def test_admin_scripts_run_under_the_csp(signed_in_page, live_server):
    """Scripts that only work when loaded: the slug is filled in from the name, and the
    project inline's "Add another" row appears."""
    page, problems = signed_in_page
    page.goto(live_server.url + reverse("admin:partners_organisation_add"))
    # The slug comes from the English name (core.admin.TranslatedFieldsAdminMixin).
    page.locator("#id_name_en").press_sequentially("New Partner")
    assert page.input_value("#id_slug") == "new-partner"

    page.goto(live_server.url + reverse("admin:partners_project_add"))
    rows = page.locator("tr.form-row.dynamic-participations")
    before = rows.count()
    page.click(".add-row a")
    assert rows.count() == before + 1
    assert problems.messages == []
