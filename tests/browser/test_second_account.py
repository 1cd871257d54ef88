"""A second account of an event already on the site, entered by an editor through the
admin alone and approved by a publisher; then the public pages show every fact with its
source, and nothing contradictory (issue 16).

The event is the demo's Ninth Expert Forum, as LPRC's release of 21 November 2024 gives
it. The second account is an article written for this test, by Dignity Public
Association (a partner already on the site), that names the organisers differently, counts
"some 250 participants", quotes a speaker, reports a session the release does not, gives
no date of its own, and mentions a follow-up forum known only by its month ("in March
2025, in Osh").

Two rounds of review, as the admin's moderation requires: what the account cites must
exist before the event can cite it. First the editor proposes two new organisations, the
article and (from the event's own form, with the + button of a quote) the speaker; a
publisher approves them. Then the editor proposes the event's new roles, count, quote and
session, and adds the follow-up forum as a draft; the publisher approves and publishes.
"""

import re
from html import unescape

import pytest
from django.core.management import call_command

from tests.browser.test_review import screenshot
from tests.browser.test_workflow import (
    PASSWORD,
    choose_autocomplete,
    click_and_wait,
    messages,
    run_action,
    staff_accounts,  # noqa: F401 - a fixture used below
)
from tests.core.test_moderation import _fresh_content_types  # noqa: F401 - autouse fixture

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ARTICLE = "Ninth Forum: the bar and civil society on legal aid"
ARTICLE_TEXT = (
    "Some 250 participants met in Astana for the Ninth Expert Forum.\n\n"
    "The Kazakhstan Bar Association co-organised the forum with the Central Asian Legal "
    "Clinic Network, which supported it; UNDP took part as a partner."
)
SPEAKER = "Aigerim Sadykova"
SPEAKER_TITLE = "Chair of the Kazakhstan Bar Association"
WORDS = "Legal aid is where the rule of law meets the citizen."
SESSION = "Legal aid in the digital age"
FOLLOW_UP = "Regional Forum on Legal Aid in Osh"


def visible_text(html: str) -> str:
    html = re.sub(r"</?(?:a|time|strong|em|span|cite)\b[^>]*>", "", html)
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    return re.sub(r" ([,.;:)])", r"\1", re.sub(r"\s+", " ", text))


@pytest.fixture
def demo_site():
    call_command("load_demo", "--no-user", verbosity=0)
    from events.models import Event

    return Event.objects.get(slug="ninth-expert-forum-on-criminal-justice-for-central-asia")


def staff_page(browser, live_server, username):
    # A time zone other than the server's (Asia/Almaty), as an editor abroad has.
    context = browser.new_context(
        viewport={"width": 1280, "height": 1000}, locale="en-GB", timezone_id="Europe/London"
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    click_and_wait(page, "input[type=submit]")
    page.wait_for_selector("#site-name")
    return page, errors


def propose_organisation(page, live_server, name, kind):
    page.goto(live_server.url + "/admin/partners/organisation/add/")
    page.locator("#id_name_en").press_sequentially(name)  # slugs come from the English
    # The slug fills from the name as it is typed.
    assert page.input_value("#id_slug") == re.sub(r"[^a-z]+", "-", name.lower()).strip("-")
    page.select_option("#id_kind", kind)
    click_and_wait(page, "input[name=_submit_proposal]")
    assert "awaits a publisher's review" in messages(page)


def add_inline_row(page, prefix) -> int:
    """Add a row to an inline formset; its index."""
    total = int(page.input_value(f"#id_{prefix}-TOTAL_FORMS"))
    page.click(f"#{prefix}-group .add-row a")
    page.wait_for_selector(f"[name='{prefix}-{total}-id']", state="attached")
    assert page.input_value(f"#id_{prefix}-TOTAL_FORMS") == str(total + 1)
    return total


def approve_everything_submitted(page, live_server) -> list[str]:
    approved = []
    while True:
        page.goto(live_server.url + "/admin/core/proposal/?status__exact=submitted")
        rows = page.locator("#result_list tbody tr th a")
        if rows.count() == 0:
            return approved
        approved.append(rows.first.inner_text())
        click_and_wait(page, "#result_list tbody tr th a >> nth=0")
        click_and_wait(page, "button[value=approve]")
        assert "is live as proposed" in messages(page)


@pytest.mark.usefixtures("staff_accounts")
def test_an_editor_enters_a_second_account_and_the_public_sees_both_attributed(
    demo_site, live_server, browser, run_axe
):
    from tests.browser.conftest import describe_violations

    forum = demo_site
    forum_url = forum.get_absolute_url()

    # Round 1, the editor: what the account will cite.
    page, errors = staff_page(browser, live_server, "editor")
    page.goto(live_server.url + "/admin/events/event/add/")
    # A date has no time of day: no time-zone warning under the date boxes.
    page.wait_for_selector(".vDateField + .datetimeshortcuts, .datetimeshortcuts")
    assert page.locator(".timezonewarning").count() >= 1  # Django adds them ...
    assert page.locator(".timezonewarning:visible").count() == 0  # ... none is shown

    propose_organisation(page, live_server, "Kazakhstan Bar Association", "civil-society")
    propose_organisation(page, live_server, "Central Asian Legal Clinic Network", "civil-society")

    page.goto(f"{live_server.url}/admin/pressroom/coverage/add/")
    page.fill("#id_title_en", ARTICLE)
    choose_autocomplete(page, "id_outlet", "Dignity Public Association")
    assert page.input_value("#id_published_on") == ""  # the article gives no date
    page.fill("#id_excerpt_en", ARTICLE_TEXT)
    choose_autocomplete(page, "id_event", "Ninth Expert Forum")
    click_and_wait(page, "input[name=_submit_proposal]")
    assert "awaits a publisher's review" in messages(page)

    # The speaker, added from the event's own form: a quote's + button.
    page.goto(f"{live_server.url}/admin/events/event/{forum.pk}/change/")
    row = add_inline_row(page, "quotes")
    with page.expect_popup() as popup_info:
        page.click(f"#add_id_quotes-{row}-person")
    popup = popup_info.value
    popup.wait_for_load_state()
    popup.fill("#id_honorific_en", "Ms")
    popup.fill("#id_name_en", SPEAKER)
    popup.fill("#id_position_en", SPEAKER_TITLE)
    choose_autocomplete(popup, "id_organisation", "Dignity Public Association")
    with popup.expect_navigation():
        popup.click("input[name=_save]")
    assert "You can choose it here once a publisher has approved it" in popup.content()
    with popup.expect_navigation():
        popup.click("button[value=submit]")
    assert "awaits a publisher's review" in popup.inner_text(".messagelist")
    popup.close()
    screenshot(page, "second-account-editor-round-1")
    assert errors == []
    page.context.close()

    # The publisher approves the four.
    page, errors = staff_page(browser, live_server, "publisher")
    page.goto(live_server.url + "/admin/pressroom/pressrelease/add/")
    # Beside a publish time, where the time of day matters, the warning stays.
    page.wait_for_selector(".datetimeshortcuts")
    assert page.locator(".datetime .timezonewarning:visible").count() >= 1
    approved = approve_everything_submitted(page, live_server)
    assert sorted(approved) == sorted(
        [
            "Kazakhstan Bar Association",
            "Central Asian Legal Clinic Network",
            f"{ARTICLE} (Dignity Public Association)",
            f"{SPEAKER}, Dignity Public Association",
        ]
    )
    page.context.close()

    # Round 2, the editor: the account itself, on the event's form.
    page, errors = staff_page(browser, live_server, "editor")
    page.goto(f"{live_server.url}/admin/events/event/{forum.pk}/change/")
    source = "Ninth Forum: the bar"
    for organisation, role in (
        ("Kazakhstan Bar Association", "co-organiser"),
        ("Central Asian Legal Clinic Network", "supporter"),
        ("United Nations Development Programme", "partner"),
    ):
        row = add_inline_row(page, "roles")
        choose_autocomplete(page, f"id_roles-{row}-organisation", organisation)
        page.select_option(f"#id_roles-{row}-role", role)
        choose_autocomplete(page, f"id_roles-{row}-source", source)
    row = add_inline_row(page, "other_counts")
    page.select_option(f"#id_other_counts-{row}-qualifier", "about")
    page.fill(f"#id_other_counts-{row}-number", "250")
    page.fill(f"#id_other_counts-{row}-note_en", "participants")
    choose_autocomplete(page, f"id_other_counts-{row}-source", source)
    row = add_inline_row(page, "quotes")
    choose_autocomplete(page, f"id_quotes-{row}-person", SPEAKER)
    page.fill(f"#id_quotes-{row}-title_at_the_time", SPEAKER_TITLE)
    page.fill(f"#id_quotes-{row}-words", WORDS)
    choose_autocomplete(page, f"id_quotes-{row}-source", source)
    row = add_inline_row(page, "sessions")
    page.fill(f"#id_sessions-{row}-title_en", SESSION)
    choose_autocomplete(page, f"id_sessions-{row}-leading_organisations", "Kazakhstan Bar")
    choose_autocomplete(page, f"id_sessions-{row}-source", source)
    screenshot(page, "second-account-editor-form")
    click_and_wait(page, "input[name=_submit_proposal]")
    assert "awaits a publisher's review" in messages(page)

    # The follow-up forum, known only by its month: a draft the editor may add.
    page.goto(live_server.url + "/admin/events/event/add/")
    page.locator("#id_title_en").press_sequentially(FOLLOW_UP)
    page.select_option("#id_kind", "forum")
    page.fill("#id_summary_en", "A follow-up forum on legal aid, announced by Dignity.")
    page.fill("#id_start_date", "2025-03")
    page.fill("#id_city_en", "Osh")
    page.select_option("#id_country", "KG")
    choose_autocomplete(page, "id_main_source", source)
    click_and_wait(page, "input[name=_save]")
    assert "was added successfully" in messages(page)
    assert errors == []
    page.context.close()

    # The publisher approves the account and publishes the follow-up forum.
    page, errors = staff_page(browser, live_server, "publisher")
    page.goto(live_server.url + "/admin/core/proposal/?status__exact=submitted")
    click_and_wait(page, f"#result_list a:has-text({forum.title!r})")
    changes = page.inner_text("#content-main")
    assert "Kazakhstan Bar Association" in changes and WORDS in changes
    screenshot(page, "second-account-review")
    click_and_wait(page, "button[value=approve]")
    assert "is live as proposed" in messages(page)
    run_action(page, live_server, "/admin/events/event/", FOLLOW_UP, "publish")
    assert "1 event published." in messages(page)
    assert errors == []
    page.context.close()

    # What the public sees.
    visitor = browser.new_context(viewport={"width": 1280, "height": 1000})
    public = visitor.new_page()
    public.goto(live_server.url + forum_url)
    screenshot(public, "second-account-public-event")
    html = public.content()
    text = visible_text(html)
    # LPRC's account first, said to be LPRC's; the article's after it, said to be Dignity's.
    organisers = text.split("Organisers and partners", 1)[1]
    main, other = organisers.split("According to the Dignity Public Association article", 1)
    assert "As named in the LPRC press release, 21 November 2024" in main
    assert "Organiser OSCE Office for Democratic Institutions and Human Rights" in main
    assert "United Nations Development Programme" in main
    for fact in (
        "Co-organiser Kazakhstan Bar Association",
        "Partner United Nations Development Programme",
        "Supporter Central Asian Legal Clinic Network",
    ):
        assert fact in other, fact
    assert html.count('<h3 class="account">') == 1  # one other account, attributed
    assert "Kazakhstan Bar Association" not in main
    # Both counts, each with its source.
    assert "Over 220 participants" in text and "(LPRC press release, 21 November 2024)" in text
    assert "According to the Dignity Public Association article: about 250 participants" in text
    # The quote, with who said it, their title then, and the source.
    assert WORDS in text
    assert f"Ms {SPEAKER}, {SPEAKER_TITLE}" in text
    assert "(Dignity Public Association article)" in text
    # The session, and the article among the coverage.
    assert SESSION in text
    assert "Led by Kazakhstan Bar Association (Dignity Public Association article)" in text
    assert ARTICLE in text
    violations = run_axe(public)
    assert not violations, describe_violations(violations)

    public.click(f"text={ARTICLE}")
    public.wait_for_load_state()
    article = visible_text(public.content())
    assert "The article does not give its date." in article
    assert "Some 250 participants met in Astana" in article
    assert "UNDP took part as a partner." in article  # the second paragraph, whole

    public.goto(live_server.url + "/en/events/2025/regional-forum-on-legal-aid-in-osh/")
    follow_up = visible_text(public.content())
    assert "March 2025" in follow_up and "Osh, Kyrgyzstan" in follow_up
    assert "1 March" not in follow_up and "31 March" not in follow_up
    assert "Main source Dignity Public Association article" in follow_up
    assert "Our sources give only the month, so this event is not in the calendar feed." in (
        follow_up
    )
    calendar = visitor.request.get(live_server.url + "/en/events/calendar.ics").text()
    assert FOLLOW_UP not in calendar
    assert (
        visitor.request.get(
            live_server.url + "/en/events/2025/regional-forum-on-legal-aid-in-osh.ics"
        ).status
        == 404
    )

    public.goto(live_server.url + "/en/search/?q=Sadykova")
    found = visible_text(public.content())
    assert "Quotes" in found and "People" in found and WORDS in found
    public.goto(live_server.url + "/en/search/?q=legal+aid")
    found = visible_text(public.content())
    assert ARTICLE in found and SESSION in found and FOLLOW_UP in found
    visitor.close()
