"""The review round trip in a real browser: an editor changes a published release and a
published event; the public keeps seeing what was published; a publisher sees both changes
side by side, rejects one with a comment (the public still sees the old text and the editor
reads the comment) and approves the other, which is then what the public sees everywhere:
its page, the lists, search and the home page."""

import datetime
import os
from pathlib import Path

import pytest

from tests.browser.test_workflow import (
    click_and_wait,
    messages,
    sign_in,
    staff_accounts,  # noqa: F401 - a fixture used below
)
from tests.core.test_moderation import _fresh_content_types  # noqa: F401 - autouse fixture
from tests.factories import EventFactory, PressReleaseFactory, ProjectFactory, SessionFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RELEASE_OLD = "Rule of Law Academy Opens in Astana"
RELEASE_NEW = "Rule of Law Academy Opens in Almaty"
EVENT_OLD = "Ninth Expert Forum on Criminal Justice"
EVENT_NEW = "Ninth Expert Forum on Criminal Justice for Central Asia"


def screenshot(page, name):
    folder = os.environ.get("LPRC_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def visitor_sees(browser, live_server, urls) -> dict[str, str]:
    """Each page's text for a new visitor (a new browser context: no cookies, no cache)."""
    context = browser.new_context()
    page = context.new_page()
    seen = {}
    for url in urls:
        response = page.goto(live_server.url + url)
        assert response.ok, url
        seen[url] = page.content()
    context.close()
    return seen


@pytest.fixture
def published():
    today = datetime.date.today()
    project = ProjectFactory(short_name="JUST4ALL", title="Rule of Law for All")
    event = EventFactory(
        title=EVENT_OLD,
        slug="ninth-expert-forum",
        start_date=today + datetime.timedelta(days=30),
        project=project,
        summary="Over 220 participants from six countries.",
    )
    SessionFactory(event=event, title="Opening plenary", kind="plenary", order=1)
    SessionFactory(event=event, title="Side event that was cancelled", order=2)
    release = PressReleaseFactory(
        title=RELEASE_OLD, slug="academy-opens", project=project, release_date=today
    )
    return release, event


@pytest.mark.usefixtures("staff_accounts")
def test_editor_proposes_publisher_rejects_one_and_approves_the_other(
    published, live_server, browser, open_page
):
    release, event = published
    channels = [
        release.get_absolute_url(),
        "/en/press/",
        event.get_absolute_url(),
        "/en/events/",
        "/en/",
        "/en/search/?q=Almaty",
        "/en/search/?q=Central+Asia",
    ]
    before = visitor_sees(browser, live_server, channels)  # warms every cached page
    assert RELEASE_OLD in before["/en/press/"] and EVENT_OLD in before["/en/events/"]

    # The editor changes both and submits them for review.
    page, problems = open_page("desktop")
    sign_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/admin/pressroom/pressrelease/{release.pk}/change/")
    assert "This press release is public" in page.inner_text(".moderation-notice")
    page.fill("#id_title_en", RELEASE_NEW)
    screenshot(page, "review-editor-form")
    page.fill("#id_lead_en", "The Rule of Law Academy opened in Almaty with 40 young lawyers.")
    click_and_wait(page, "input[name=_submit_proposal]")
    assert "awaits a publisher's review" in messages(page)

    page.goto(f"{live_server.url}/admin/events/event/{event.pk}/change/")
    page.fill("#id_title_en", EVENT_NEW)
    page.fill("#id_sessions-0-title_en", "Opening plenary on criminal justice reform")
    page.check("#id_sessions-1-DELETE")
    click_and_wait(page, "input[name=_submit_proposal]")
    assert "awaits a publisher's review" in messages(page)
    screenshot(page, "review-editor-proposal")
    assert problems.messages == []
    page.context.close()

    # The public sees what was published, on every channel.
    after_proposal = visitor_sees(browser, live_server, channels)
    for url, html in after_proposal.items():
        assert RELEASE_NEW not in html and EVENT_NEW not in html, url
    assert RELEASE_OLD in after_proposal[release.get_absolute_url()]
    assert EVENT_OLD in after_proposal[event.get_absolute_url()]

    # The publisher finds both on the admin's start page and reviews them.
    page, problems = open_page("desktop")
    sign_in(page, live_server, "publisher")
    assert "2 proposed changes await your review" in page.inner_text("#review-summary")
    click_and_wait(page, "#review-summary a")
    assert page.locator("#result_list tbody tr").count() == 2

    click_and_wait(page, f"#result_list a:has-text({RELEASE_NEW!r})")
    fields = page.text_content(".changes-table")
    assert "Published now" in fields and "Proposed" in fields
    assert RELEASE_OLD.split(" in ")[0] in fields and "Almaty" in fields
    assert page.locator(".changes-table ins", has_text="Almaty").count() >= 1
    screenshot(page, "review-release")
    page.fill("#id_comment", "The academy is in Astana, as the seed release says.")
    click_and_wait(page, "button[value=reject]")
    assert "Rejected" in messages(page)

    click_and_wait(page, f"#result_list a:has-text({EVENT_NEW!r})")
    assert page.locator(".row-changed caption", has_text="Opening plenary on").count() == 1
    assert page.locator(".row-removed caption", has_text="Side event").count() == 1
    screenshot(page, "review-event")
    click_and_wait(page, "button[value=approve]")
    assert "is live as proposed" in messages(page)
    assert problems.messages == []
    page.context.close()

    # The approved change is what the public sees everywhere; the rejected one nowhere.
    after_review = visitor_sees(browser, live_server, channels)
    assert EVENT_NEW in after_review[event.get_absolute_url()]
    assert "Opening plenary on criminal justice reform" in after_review[event.get_absolute_url()]
    assert "Side event that was cancelled" not in after_review[event.get_absolute_url()]
    assert "Side event that was cancelled" in after_proposal[event.get_absolute_url()]
    assert EVENT_NEW in after_review["/en/events/"]
    assert EVENT_NEW in after_review["/en/"]
    assert EVENT_NEW in after_review["/en/search/?q=Central+Asia"]
    for url, html in after_review.items():
        assert RELEASE_NEW not in html, url
    assert RELEASE_OLD in after_review[release.get_absolute_url()]
    assert RELEASE_OLD in after_review["/en/press/"]

    # The editor reads why the release change was turned down.
    page, problems = open_page("desktop")
    sign_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/admin/pressroom/pressrelease/{release.pk}/change/")
    notice = page.inner_text(".moderation-notice-rejected")
    assert "rejected by publisher" in notice
    assert "The academy is in Astana, as the seed release says." in notice
    page.goto(f"{live_server.url}/admin/core/proposal/?status__exact=rejected")
    assert "The academy is in Astana" in page.inner_text("#result_list")
    screenshot(page, "review-editor-rejected")
    assert problems.messages == []


@pytest.mark.usefixtures("staff_accounts")
def test_a_refusal_in_the_admin_says_why_in_the_admins_own_look(
    published, live_server, open_page, run_axe
):
    from tests.browser.conftest import describe_violations

    release, event = published
    page, problems = open_page("desktop")
    sign_in(page, live_server, "editor")
    response = page.goto(f"{live_server.url}/admin/pressroom/pressrelease/{release.pk}/delete/")
    assert response.status == 403
    assert page.locator("#site-name").count() == 1
    assert "Only publishers can delete press releases." in page.inner_text(".errornote")
    assert "Ask a publisher" in page.inner_text("#content-main")
    screenshot(page, "review-403")
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)

    # History: the editor reads an earlier version beside the item as it is now.
    page.goto(f"{live_server.url}/admin/events/event/{event.pk}/history/")
    assert "Only publishers can revert" in page.inner_text("#content-main")
    # The browser reports the refused page itself; nothing else may go wrong.
    assert [m for m in problems.messages if "status of 403" not in m] == []
