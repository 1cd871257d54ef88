"""Staff pick a project's countries in the admin's two-box picker, in a real browser."""

import pytest

from tests.browser.test_workflow import click_and_wait, messages
from tests.factories import ParticipationFactory, ProjectFactory, staff_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "a-long-browser-test-password"


def test_staff_type_part_of_a_name_and_move_countries_across(open_page, live_server):
    staff_user("publishers", username="staff", password=PASSWORD)
    project = ProjectFactory(countries=["KZ"])
    ParticipationFactory(project=project, role="lead")
    page, problems = open_page("desktop")
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "staff")
    page.fill("#id_password", PASSWORD)
    click_and_wait(page, "input[type=submit]")
    page.goto(f"{live_server.url}/admin/partners/project/{project.pk}/change/")

    # The picker replaced the 250-line select: a filter box, and what is chosen on the right.
    assert page.locator("#id_countries_to option").all_inner_texts() == ["Kazakhstan"]
    # The picker filters on key presses, as a person types.
    page.locator("#id_countries_input").press_sequentially("kyrg")
    assert page.locator("#id_countries_from option").all_inner_texts() == ["Kyrgyzstan"]
    page.dblclick("#id_countries_from option:has-text('Kyrgyzstan')")
    page.fill("#id_countries_input", "")
    page.locator("#id_countries_input").press_sequentially("uzbek")
    page.dblclick("#id_countries_from option:has-text('Uzbekistan')")
    click_and_wait(page, "input[name=_save]")

    assert "was changed successfully" in messages(page)
    project.refresh_from_db()
    assert sorted(country.code for country in project.countries) == ["KG", "KZ", "UZ"]
    assert problems.messages == []
