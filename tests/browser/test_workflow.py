"""The staff workflow end to end, in a real browser: an editor signs in and writes an event
and a release for it, which stay drafts; a publisher publishes both; an anonymous visitor
then finds the release in the list, on the event page, in the feed and as a PDF."""

import datetime

import pytest
from django.contrib.auth.models import Group

from website.staff import EDITORS, PUBLISHERS, staff_groups_sync

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "a-long-browser-test-password"
EVENT_TITLE = "Tenth Expert Forum on Criminal Justice"
RELEASE_TITLE = "Tenth Expert Forum Concludes in Astana"


@pytest.fixture
def staff_accounts(django_user_model):
    staff_groups_sync()
    accounts = {}
    for username, group in (("editor", EDITORS), ("publisher", PUBLISHERS)):
        user = django_user_model.objects.create_user(
            username=username, password=PASSWORD, is_staff=True
        )
        user.groups.add(Group.objects.get(name=group))
        accounts[username] = user
    return accounts


def sign_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    click_and_wait(page, "input[type=submit]")
    page.wait_for_selector("#site-name")


def choose_autocomplete(page, field_id, text):
    """Pick an option in one of the admin's select2 autocomplete boxes."""
    page.click(f"#{field_id} + .select2 .select2-selection")
    page.fill(".select2-container--open .select2-search__field", text)
    page.click(f".select2-results__option:has-text({text!r})")
    # select2 may still have a search request of its own in flight: wait until the network
    # is quiet, so that the next step acts on the page as it will stay.
    page.wait_for_load_state("networkidle")


def click_and_wait(page, selector):
    """Click a link or a submit button and wait until the next page has loaded."""
    with page.expect_navigation():
        page.click(selector)


def messages(page) -> str:
    """What the admin's message list says after a save or an action."""
    return page.wait_for_selector(".messagelist", timeout=15_000).inner_text()


def run_action(page, live_server, changelist, title, action):
    page.goto(live_server.url + changelist)
    row = page.locator("#result_list tbody tr", has_text=title)
    row.locator("input.action-select").check()
    page.select_option("select[name=action]", action)
    click_and_wait(page, "button[name=index]")


def test_editor_writes_publisher_publishes_visitor_finds(
    staff_accounts, live_server, browser, project_factory_data
):
    year = datetime.date.today().year
    editor = browser.new_context(viewport={"width": 1280, "height": 900})
    page = editor.new_page()
    sign_in(page, live_server, "editor")

    # The editor writes the event; it can only be a draft.
    page.goto(live_server.url + "/admin/events/event/add/")
    assert page.locator("select#id_status").count() == 0
    page.fill("#id_title_en", EVENT_TITLE)
    page.fill("#id_slug", "tenth-expert-forum")
    page.select_option("#id_kind", "forum")
    page.fill("#id_summary_en", "Over 230 participants from seven countries met in Astana.")
    page.fill("#id_start_date", f"{year}-01-20")
    page.fill("#id_end_date", f"{year}-01-21")
    page.fill("#id_city_en", "Astana")
    page.select_option("#id_country", "KZ")
    click_and_wait(page, "input[name=_save]")
    assert "was added successfully" in messages(page)

    # ... and the release about it.
    page.goto(live_server.url + "/admin/pressroom/pressrelease/add/")
    assert page.locator("select#id_status").count() == 0
    page.fill("#id_title_en", RELEASE_TITLE)
    page.fill("#id_slug", "tenth-expert-forum-concludes")
    page.fill("#id_release_date", f"{year}-01-21")
    page.fill("#id_dateline_city_en", "ASTANA")
    page.fill("#id_lead_en", "The Tenth Expert Forum brought together over 230 participants.")
    choose_autocomplete(page, "id_event", "Tenth Expert Forum")
    choose_autocomplete(page, "id_project", project_factory_data.short_name)
    click_and_wait(page, "input[name=_save]")
    assert "was added successfully" in messages(page)
    # The editor is offered no way to publish.
    assert page.locator("select[name=action] option[value=publish]").count() == 0
    page.wait_for_load_state("networkidle")
    editor.close()

    early_visitor = browser.new_context()
    early = early_visitor.new_page()
    early.goto(live_server.url + "/en/press/")
    assert RELEASE_TITLE not in early.content()  # still a draft
    # (A browser may keep that list for a minute, as Cache-Control allows; a new visitor
    # is what the test looks at below.)
    early_visitor.close()

    # The publisher publishes both.
    publisher = browser.new_context(viewport={"width": 1280, "height": 900})
    page = publisher.new_page()
    sign_in(page, live_server, "publisher")
    run_action(page, live_server, "/admin/events/event/", EVENT_TITLE, "publish")
    assert "1 event published." in messages(page)
    run_action(page, live_server, "/admin/pressroom/pressrelease/", RELEASE_TITLE, "publish")
    assert "1 release published." in messages(page)
    page.wait_for_load_state("networkidle")
    publisher.close()

    # A visitor finds it everywhere.
    visitor = browser.new_context(viewport={"width": 1280, "height": 900})
    anonymous = visitor.new_page()
    anonymous.goto(live_server.url + "/en/press/")
    click_and_wait(anonymous, f"text={RELEASE_TITLE}")
    assert anonymous.locator("h1").inner_text() == RELEASE_TITLE
    release_url = anonymous.url

    anonymous.goto(live_server.url + "/en/events/")
    click_and_wait(anonymous, f"text={EVENT_TITLE}")
    assert anonymous.locator("h1").inner_text() == EVENT_TITLE
    assert anonymous.locator("#event-releases + .cards", has_text=RELEASE_TITLE).count() == 1

    feed = visitor.request.get(live_server.url + "/en/press/feed/")
    assert feed.ok and RELEASE_TITLE in feed.text()

    pdf = visitor.request.get(release_url.rstrip("/") + ".pdf")
    assert pdf.ok
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")
    visitor.close()


@pytest.fixture
def project_factory_data():
    from tests.factories import ParticipationFactory, ProjectFactory

    project = ProjectFactory(short_name="FORUM10", title="Criminal Justice for Central Asia")
    ParticipationFactory(project=project, role="lead")
    return project
