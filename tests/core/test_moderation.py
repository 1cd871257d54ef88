"""Review of editors' changes: an editor never changes what the public sees.

Staff act as an editor or a publisher (the groups website.staff makes), never as a
superuser. What the public sees is read with a fresh anonymous Client and the production
page cache on, warmed before the change, so a stale page would show.
"""

import re

import pytest
import reversion
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from core.languages import current_language
from core.models import Proposal
from events.models import Session
from partners.models import Organisation
from pressroom.models import Coverage, PressRelease
from tests.factories import (
    MINIMAL_PDF,
    CoverageFactory,
    EventFactory,
    EventOrganisationFactory,
    EventSeriesFactory,
    OrganisationFactory,
    PersonFactory,
    PressReleaseFactory,
    ProjectFactory,
    SessionFactory,
)
from tests.pages import translated_post
from tests.website.test_staff import errors, form_data
from website.staff import EDITORS, PUBLISHERS

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_content_types():
    """Proposals name their model by content type. A test that flushes and restores the
    database inside its own transaction (tests/website/test_backup.py) leaves this
    process's content type cache holding ids that, once rolled back, belong to other
    models."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


def staff(django_user_model, username, group):
    user = django_user_model.objects.create_user(
        username=username, password="a-long-test-password", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def editor(django_user_model):
    return staff(django_user_model, "editor", EDITORS)


@pytest.fixture
def publisher(django_user_model):
    return staff(django_user_model, "publisher", PUBLISHERS)


def public(url) -> str:
    """The page as a visitor gets it: a new anonymous client, the page cache on."""
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def review_url(proposal) -> str:
    return reverse("admin:core_proposal_change", args=[proposal.pk])


def propose(client, obj, submit=True, **changes):
    page = client.get(change_url(obj))
    assert page.status_code == 200
    data = form_data(page, **changes)
    if submit:
        data["_submit_proposal"] = "Save and submit for review"
    response = client.post(change_url(obj), data)
    assert response.status_code == 302, errors(response)
    return response


def approve(client, proposal, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review_url(proposal), {"action": "approve"})
    assert response.status_code == 302
    return response


def flash(client, response) -> str:
    return client.get(response.url).content.decode()


# A published release: fields, the official PDF, and the public's view -------------------


def test_an_editors_change_to_a_published_release_waits_for_a_publisher(
    editor, publisher, django_capture_on_commit_callbacks
):
    release = PressReleaseFactory(title="Academy opens", slug="academy-opens")
    page_url, list_url = release.get_absolute_url(), reverse("pressroom:release-list")
    assert "Academy opens" in public(page_url) and "Academy opens" in public(list_url)

    form = editor.get(change_url(release)).content.decode()
    assert "This press release is public: what you save becomes a proposal." in form
    response = propose(editor, release, title="Academy opens in Astana")

    assert "awaits a publisher&#x27;s review" in flash(editor, response)
    release.refresh_from_db()
    assert release.title == "Academy opens"
    for url in (page_url, list_url, reverse("website:search") + "?q=Astana"):
        assert "Academy opens in Astana" not in public(url)
    proposal = Proposal.objects.get()
    assert (proposal.status, proposal.author, proposal.object_id) == (
        "submitted",
        editor.user,
        str(release.pk),
    )
    assert not LogEntry.objects.filter(content_type__model="pressrelease").exists()
    assert LogEntry.objects.get(content_type__model="proposal").user == editor.user

    review = publisher.get(review_url(proposal)).content.decode()
    assert re.search(r"Published now.*Proposed", review, re.S)
    assert "Academy opens" in review and "<ins>in Astana</ins>" in review

    approve(publisher, proposal, django_capture_on_commit_callbacks)

    release.refresh_from_db()
    assert release.title == "Academy opens in Astana"
    assert release.status == "published"
    for url in (page_url, list_url, reverse("website:search") + "?q=Astana"):
        assert "Academy opens in Astana" in public(url), url
    proposal.refresh_from_db()
    assert (proposal.status, proposal.reviewer) == ("approved", publisher.user)
    entry = LogEntry.objects.get(content_type__model="pressrelease")
    assert entry.user == publisher.user and "Approved" in entry.get_change_message()
    revision = Version.objects.get_for_object(release).first().revision
    assert revision.user == publisher.user and "Approved" in revision.comment


def test_a_new_official_pdf_stays_aside_until_approved(
    editor, publisher, django_capture_on_commit_callbacks
):
    release = PressReleaseFactory()
    page = editor.get(change_url(release))
    data = form_data(page, _submit_proposal="1")
    data["official_pdf"] = SimpleUploadedFile("release.pdf", MINIMAL_PDF, "application/pdf")
    response = editor.post(change_url(release), data)
    assert response.status_code == 302, errors(response)

    release.refresh_from_db()
    assert not release.official_pdf
    proposed_name = Proposal.objects.get().data["object"]["fields"]["official_pdf"]
    assert proposed_name.startswith("press/pdf/") and proposed_name.endswith(".pdf")

    approve(publisher, Proposal.objects.get(), django_capture_on_commit_callbacks)
    release.refresh_from_db()
    assert release.official_pdf.name == proposed_name
    assert release.official_pdf.read() == MINIMAL_PDF


def test_saving_the_same_form_twice_keeps_one_proposal_which_the_form_then_shows(editor):
    release = PressReleaseFactory(title="Academy opens")
    propose(editor, release, submit=False, title="Academy opens in Almaty")
    propose(editor, release, submit=False, title="Academy opens in Almaty")
    assert Proposal.objects.count() == 1

    form = editor.get(change_url(release)).content.decode()
    assert 'value="Academy opens in Almaty"' in form
    assert "You are editing your proposed change (Draft)." in form
    propose(editor, release, lead="A new lead.")  # the form starts from the proposal

    proposal = Proposal.objects.get()
    fields = proposal.data["object"]["fields"]
    assert (fields["title"], fields["lead"]) == ("Academy opens in Almaty", "A new lead.")
    assert proposal.status == "submitted"
    assert PressRelease.objects.get().title == "Academy opens"


def test_a_draft_is_the_editors_to_change_directly(editor):
    release = PressReleaseFactory(status="draft", title="Draft")
    response = editor.post(
        change_url(release), form_data(editor.get(change_url(release)), title="Draft 2")
    )
    assert response.status_code == 302, errors(response)
    release.refresh_from_db()
    assert release.title == "Draft 2" and release.status == "draft"
    assert not Proposal.objects.exists()
    assert Version.objects.get_for_object(release).first().revision.user == editor.user


def test_editing_a_proposal_with_nothing_left_to_change_withdraws_it(editor):
    release = PressReleaseFactory(title="Academy opens")
    propose(editor, release, submit=False, title="Academy opens in Almaty")
    response = propose(editor, release, submit=False, title="Academy opens")
    assert not Proposal.objects.exists()
    assert "no longer changes anything" in flash(editor, response)


# A published event: inline rows added, removed and changed -----------------------------


def test_an_editors_change_to_an_events_rows_is_proposed_and_applied_on_approval(
    editor, publisher, django_capture_on_commit_callbacks
):
    event = EventFactory(title="Ninth Expert Forum")
    kept = SessionFactory(event=event, title="Opening plenary", kind="plenary", order=1)
    dropped = SessionFactory(event=event, title="Panel to drop", order=2)
    role = EventOrganisationFactory(event=event, role="organiser")
    page_url = event.get_absolute_url()
    assert "Panel to drop" in public(page_url)

    data = form_data(editor.get(change_url(event)))
    index = {data[f"sessions-{i}-id"]: i for i in range(int(data["sessions-TOTAL_FORMS"]))}
    kept_title = f"sessions-{index[str(kept.pk)]}-title"
    data.update(translated_post({kept_title: "Opening plenary session"}))
    data[f"sessions-{index[str(dropped.pk)]}-DELETE"] = "on"
    new = int(data["sessions-TOTAL_FORMS"])
    data.update(
        translated_post(
            {
                "sessions-TOTAL_FORMS": str(new + 1),
                f"sessions-{new}-kind": "working-group",
                f"sessions-{new}-order": "3",
                f"sessions-{new}-title": "Working group on juvenile justice",
                f"sessions-{new}-description": "",
                "roles-0-role": "co-organiser",
                "_submit_proposal": "1",
            }
        )
    )
    response = editor.post(change_url(event), data)
    assert response.status_code == 302, errors(response)

    assert list(event.sessions.values_list("title", flat=True)) == [
        "Opening plenary",
        "Panel to drop",
    ]
    role.refresh_from_db()
    assert role.role == "organiser"
    html = public(page_url)
    assert "Panel to drop" in html and "juvenile justice" not in html

    review = publisher.get(review_url(Proposal.objects.get())).content.decode()
    for badge, title in (
        ("added", "Working group on juvenile justice"),
        ("removed", "Panel to drop"),
        ("changed", "Opening plenary session"),
    ):
        assert re.search(rf'row-badge">{badge}</span> {re.escape(title)}', review), badge
    assert "Co-organiser" in review and "Organiser" in review

    approve(publisher, Proposal.objects.get(), django_capture_on_commit_callbacks)

    assert list(event.sessions.values_list("title", flat=True)) == [
        "Opening plenary session",
        "Working group on juvenile justice",
    ]
    assert not Session.objects.filter(pk=dropped.pk).exists()
    role.refresh_from_db()
    assert role.role == "co-organiser"
    html = public(page_url)
    assert "Panel to drop" not in html and "juvenile justice" in html


def test_approval_keeps_what_a_publisher_changed_meanwhile_and_warns_of_overlaps(
    editor, publisher, django_capture_on_commit_callbacks
):
    event = EventFactory(title="Forum", summary="Old summary.")
    propose(editor, event, title="Forum in Astana")
    # Meanwhile a publisher changes the summary and then the title, directly.
    response = publisher.post(
        change_url(event), form_data(publisher.get(change_url(event)), summary="New summary.")
    )
    assert response.status_code == 302, errors(response)
    proposal = Proposal.objects.get()
    assert "Changed on the live item" not in publisher.get(review_url(proposal)).content.decode()
    publisher.post(
        change_url(event), form_data(publisher.get(change_url(event)), title="Forum (Astana)")
    )
    review = publisher.get(review_url(proposal)).content.decode()
    title = f"Title [{current_language()}]"  # the column of the language the admin runs in
    assert f"Changed on the live item after this proposal was written: {title}." in review

    approve(publisher, proposal, django_capture_on_commit_callbacks)
    event.refresh_from_db()
    assert (event.title, event.summary) == ("Forum in Astana", "New summary.")


# Content without a status: a change and a new object are proposals -----------------------


KINDS = {
    "organisation": (
        lambda: OrganisationFactory(name="Dignity"),
        "name",
        "Dignity Public Association",
    ),
    "person": (lambda: PersonFactory(position="Coordinator"), "position", "Director"),
    "project": (lambda: ProjectFactory(title="Rule of Law"), "title", "Rule of Law for All"),
    "coverage": (lambda: CoverageFactory(title="An article"), "title", "An article, corrected"),
    "series": (
        lambda: EventSeriesFactory(title="Expert Forum"),
        "title",
        "Expert Forum on Justice",
    ),
}


@pytest.mark.parametrize("kind", KINDS)
def test_a_change_to_content_without_a_status_is_a_proposal_for_editors_only(
    kind, editor, publisher, django_capture_on_commit_callbacks
):
    make, field, value = KINDS[kind]
    obj = make()
    before = getattr(obj, field)
    propose(editor, obj, **{field: value})
    obj.refresh_from_db()
    assert getattr(obj, field) == before
    proposal = Proposal.objects.get()
    assert proposal.status == "submitted"

    approve(publisher, proposal, django_capture_on_commit_callbacks)
    obj.refresh_from_db()
    assert getattr(obj, field) == value

    # A publisher's own save goes live at once, recorded with who made it.
    response = publisher.post(
        change_url(obj), form_data(publisher.get(change_url(obj)), **{field: before})
    )
    assert response.status_code == 302, errors(response)
    obj.refresh_from_db()
    assert getattr(obj, field) == before
    assert Version.objects.get_for_object(obj).first().revision.user == publisher.user
    assert Proposal.objects.count() == 1


def test_an_organisation_an_editor_adds_appears_only_once_approved(
    editor, publisher, django_capture_on_commit_callbacks
):
    list_url = reverse("partners:organisation-list")
    assert "Dignity Public Association" not in public(list_url)
    add = reverse("admin:partners_organisation_add")
    assert "is public as soon as it exists" in editor.get(add).content.decode()
    data = form_data(
        editor.get(add),
        name="Dignity Public Association",
        short_name="Dignity",
        slug="dignity",
        kind="civil-society",
        _continue="1",
    )
    data.update(
        translated_post(
            {
                "people-TOTAL_FORMS": "1",
                "people-0-name": "Aigerim Contact",
                "people-0-position": "Lawyer",
            }
        )
    )
    response = editor.post(add, data)
    assert response.status_code == 302, errors(response)
    assert not Organisation.objects.filter(slug="dignity").exists()
    proposal = Proposal.objects.get()
    assert proposal.object_id is None

    # "Save and continue" leads to the form of the proposal, which can be changed again.
    assert response.url == reverse("admin:partners_organisation_proposal", args=[proposal.pk])
    form = editor.get(response.url)
    assert 'value="Dignity Public Association"' in form.content.decode()
    assert 'value="Aigerim Contact"' in form.content.decode()
    again = editor.post(response.url, form_data(form, short_name="DPA", _submit_proposal="1"))
    assert again.status_code == 302, errors(again)
    assert Proposal.objects.count() == 1
    assert not Organisation.objects.filter(slug="dignity").exists()
    assert "Dignity Public Association" not in public(list_url)

    review = publisher.get(review_url(proposal)).content.decode()
    assert "Proposed new organisation" in review and "Aigerim Contact" in review
    approve(publisher, proposal, django_capture_on_commit_callbacks)

    organisation = Organisation.objects.get(slug="dignity")
    assert organisation.short_name == "DPA"
    assert list(organisation.people.values_list("name", flat=True)) == ["Aigerim Contact"]
    assert "Dignity Public Association" in public(list_url)
    assert Proposal.objects.get().object_id == str(organisation.pk)


def test_an_approval_that_no_longer_fits_says_why_and_changes_nothing(
    editor, publisher, django_capture_on_commit_callbacks
):
    add = reverse("admin:partners_organisation_add")
    data = form_data(editor.get(add), name="Dignity", slug="dignity", kind="donor")
    data["_submit_proposal"] = "1"
    assert editor.post(add, data).status_code == 302
    OrganisationFactory(name="Dignity", slug="dignity")  # a publisher was quicker

    response = publisher.post(
        review_url(Proposal.objects.get()), {"action": "approve"}, follow=True
    )
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert Proposal.objects.get().status == "submitted"
    assert Organisation.objects.filter(slug="dignity").count() == 1


# Review: the list, the counts, rejection with a comment -----------------------------------


def test_publishers_see_the_count_and_the_list_editors_their_own(editor, publisher):
    release = PressReleaseFactory(title="Academy opens")
    propose(editor, release, title="Academy opens in Astana")

    index = publisher.get(reverse("admin:index")).content.decode()
    assert "1 proposed change awaits your review" in index
    listing = publisher.get(reverse("admin:core_proposal_changelist")).content.decode()
    assert "Academy opens in Astana" in listing
    assert (
        "1 of your proposals awaits review" in editor.get(reverse("admin:index")).content.decode()
    )

    # Another editor sees neither the proposal nor its page.
    other = staff(type(editor.user), "other-editor", EDITORS)
    assert (
        "Academy opens" not in other.get(reverse("admin:core_proposal_changelist")).content.decode()
    )
    assert other.get(review_url(Proposal.objects.get())).status_code == 302  # "does not exist"


def test_a_rejection_needs_a_comment_which_the_editor_then_sees(editor, publisher):
    release = PressReleaseFactory(title="Academy opens")
    page_url = release.get_absolute_url()
    propose(editor, release, title="Academy closes")
    proposal = Proposal.objects.get()

    refused = publisher.post(review_url(proposal), {"action": "reject", "comment": "  "})
    assert refused.status_code == 200
    assert "Say why in the comment" in refused.content.decode()
    assert Proposal.objects.get().status == "submitted"

    publisher.post(
        review_url(proposal), {"action": "reject", "comment": "The academy opens on Monday."}
    )
    proposal.refresh_from_db()
    assert (proposal.status, proposal.reviewer) == ("rejected", publisher.user)
    assert "Academy closes" not in public(page_url)

    form = editor.get(change_url(release)).content.decode()
    assert "Your last proposal for this item was rejected by publisher" in form
    assert "The academy opens on Monday." in form
    assert 'value="Academy opens"' in form  # a new change starts from the live item
    listing = editor.get(reverse("admin:core_proposal_changelist") + "?status__exact=rejected")
    assert "The academy opens on Monday." in listing.content.decode()


def test_editors_cannot_approve_and_authors_submit_or_withdraw(editor, publisher):
    release = PressReleaseFactory()
    propose(editor, release, submit=False, title="A better title")
    proposal = Proposal.objects.get()
    assert "Approve and publish" not in publisher.get(review_url(proposal)).content.decode()

    denied = editor.post(review_url(proposal), {"action": "approve"})
    assert denied.status_code == 403
    assert "Only publishers can approve or reject" in denied.content.decode()

    editor.post(review_url(proposal), {"action": "submit"})
    proposal.refresh_from_db()
    assert proposal.status == "submitted" and proposal.submitted_at
    assert "Approve and publish" in publisher.get(review_url(proposal)).content.decode()

    editor.post(review_url(proposal), {"action": "withdraw"})
    assert not Proposal.objects.exists()
    assert PressRelease.objects.get().title != "A better title"


# History: readable by editors, a back door for no one ------------------------------------


def test_editors_read_history_but_only_publishers_revert(
    editor, publisher, django_capture_on_commit_callbacks
):
    event = EventFactory(title="Forum of 2024")
    with reversion.create_revision():
        event.save()
    event.title = "Forum, renamed"
    with reversion.create_revision():
        event.save()
    first = Version.objects.get_for_object(event).last()
    url = reverse("admin:events_event_revision", args=[event.pk, first.pk])

    history = editor.get(reverse("admin:events_event_history", args=[event.pk]))
    assert "Only publishers can revert" in history.content.decode()
    page = editor.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Forum of 2024" in html and "Forum, renamed" in html  # then | now
    assert 'name="_save"' not in html

    denied = editor.post(url, {"title": "Forum of 2024"})
    assert denied.status_code == 403
    html = denied.content.decode()
    assert "Only publishers can revert events to an earlier version." in html
    assert 'id="site-name"' in html and "Ask a publisher" in html
    event.refresh_from_db()
    assert event.title == "Forum, renamed"

    assert "Forum, renamed" in public(event.get_absolute_url())
    revert_form = publisher.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        response = publisher.post(url, form_data(revert_form))
    assert response.status_code == 302, errors(response)
    event.refresh_from_db()
    assert event.title == "Forum of 2024"
    assert "Forum of 2024" in public(event.get_absolute_url())
    latest = Version.objects.get_for_object(event).first().revision
    assert latest.user == publisher.user and "Reverted" in latest.comment


def test_an_editor_cannot_recover_deleted_coverage(editor, publisher):
    """The issue's case: an editor restored a deleted coverage item through History."""
    coverage = CoverageFactory(title="Deleted article")
    with reversion.create_revision():
        coverage.save()
    coverage.delete()
    version = Version.objects.get_deleted(Coverage).get()

    listing = editor.get(reverse("admin:pressroom_coverage_changelist")).content.decode()
    assert "Recover deleted" not in listing
    assert (
        "Recover deleted"
        in publisher.get(reverse("admin:pressroom_coverage_changelist")).content.decode()
    )
    for url in (
        reverse("admin:pressroom_coverage_recoverlist"),
        reverse("admin:pressroom_coverage_recover", args=[version.pk]),
    ):
        response = editor.get(url)
        assert response.status_code == 403
        assert "Only publishers can see and recover deleted coverage." in response.content.decode()
    recover = reverse("admin:pressroom_coverage_recover", args=[version.pk])
    assert editor.post(recover, {"title": "Deleted article"}).status_code == 403
    assert not Coverage.objects.exists()

    response = publisher.post(recover, form_data(publisher.get(recover)))
    assert response.status_code == 302, errors(response)
    assert Coverage.objects.get().title == "Deleted article"


# Every admin 403 is a page in the admin that says why and what to do ----------------------


def test_a_refusal_is_a_styled_page_that_says_why(editor, publisher):
    release = PressReleaseFactory()
    response = editor.get(reverse("admin:pressroom_pressrelease_delete", args=[release.pk]))
    assert response.status_code == 403
    html = response.content.decode()
    assert "403 Forbidden" not in html
    assert 'id="site-name"' in html  # the admin's own header and look
    assert "Only publishers can delete press releases." in html
    assert "Ask a publisher" in html and "publisher" in html.split("Publishers:")[1]
    assert PressRelease.objects.filter(pk=release.pk).exists()


def test_a_projects_funding_is_proposed_and_shown_side_by_side(
    editor, publisher, django_capture_on_commit_callbacks
):
    from tests.factories import ParticipationFactory

    project = ProjectFactory(title="Rule of Law for All", countries=["KZ"])
    eu = OrganisationFactory(name="European Union", short_name="EU")
    ParticipationFactory(project=project, role="lead")
    funding = ParticipationFactory(
        project=project, organisation=eu, role="funder", contribution=700000
    )
    page_url = project.get_absolute_url()
    assert "90.0 % from European Union" in public(page_url)

    data = form_data(editor.get(change_url(project)), countries=["KZ", "KG"])
    row = next(
        i
        for i in range(int(data["participations-TOTAL_FORMS"]))
        if data.get(f"participations-{i}-id") == str(funding.pk)
    )
    data[f"participations-{row}-contribution"] = "739000.00"
    data["_submit_proposal"] = "1"
    response = editor.post(change_url(project), data)
    assert response.status_code == 302, errors(response)

    funding.refresh_from_db()
    assert funding.contribution == 700000
    html = public(page_url)
    assert "90.0 % from European Union" in html and "95.0 %" not in html

    review = publisher.get(review_url(Proposal.objects.get())).content.decode()
    assert (
        '<td class="change-old">Kazakhstan</td><td class="change-new">Kyrgyzstan, Kazakhstan'
        in review
    )
    assert '<td class="change-old">700,000.00</td><td class="change-new">739,000.00' in review
    assert re.search(r'row-badge">changed</span> EU: Funder', review)

    approve(publisher, Proposal.objects.get(), django_capture_on_commit_callbacks)
    funding.refresh_from_db()
    project.refresh_from_db()
    assert funding.contribution == 739000
    assert sorted(c.code for c in project.countries) == ["KG", "KZ"]
    assert "95.0 % from European Union" in public(page_url)


def test_a_photo_added_to_a_published_event_appears_only_once_approved(
    editor, publisher, django_capture_on_commit_callbacks
):
    from events.models import Photo
    from tests.factories import png_bytes

    event = EventFactory(title="Academy")
    page_url = event.get_absolute_url()
    assert "Graduates of the academy" not in public(page_url)
    data = form_data(editor.get(change_url(event)), _submit_proposal="1")
    data.update(
        translated_post(
            {
                "photos-TOTAL_FORMS": "1",
                "photos-0-image": SimpleUploadedFile("graduates.png", png_bytes(), "image/png"),
                "photos-0-caption": "Graduates of the academy",
                "photos-0-alt_text": "",
                "photos-0-credit": "LPRC",
                "photos-0-order": "0",
            }
        )
    )
    response = editor.post(change_url(event), data)
    assert response.status_code == 302, errors(response)
    assert not Photo.objects.exists()
    assert "Graduates of the academy" not in public(page_url)
    review = publisher.get(review_url(Proposal.objects.get())).content.decode()
    assert 'row-badge">added</span> Graduates of the academy' in review
    assert 'class="change-image"' in review  # the reviewer sees the image itself

    approve(publisher, Proposal.objects.get(), django_capture_on_commit_callbacks)
    photo = Photo.objects.get()
    assert photo.event == event and photo.web_image and photo.thumbnail
    assert photo.image.storage.exists(photo.web_image.name)
    assert "Graduates of the academy" in public(page_url)


def test_a_publishers_own_save_goes_live_at_once_through_the_publishing_path(
    publisher, django_capture_on_commit_callbacks
):
    release = PressReleaseFactory(title="Academy opens")
    page_url = release.get_absolute_url()
    assert "Academy opens" in public(page_url)
    page = publisher.get(change_url(release))
    assert "becomes a proposal" not in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = publisher.post(change_url(release), form_data(page, title="Academy closes"))
    assert response.status_code == 302, errors(response)
    # The content version is renewed inside the change's own transaction (core.cache), so
    # the page cached above is unreachable at once: the public sees the new title.
    assert "Academy closes" in public(page_url)
    assert not Proposal.objects.exists()
    revision = Version.objects.get_for_object(release).first().revision
    assert revision.user == publisher.user and "Changed Title" in revision.comment
    assert LogEntry.objects.get(content_type__model="pressrelease").user == publisher.user


def test_every_admin_with_history_is_moderated():
    """A model admin added later without the mixin would let editors publish directly and
    revert or recover through its history."""
    from django.contrib import admin
    from reversion.admin import VersionAdmin

    from core.admin import ModerationAdminMixin

    versioned = [
        model_admin
        for model_admin in admin.site._registry.values()
        if isinstance(model_admin, VersionAdmin)
    ]
    assert len(versioned) >= 7
    unmoderated = [
        type(model_admin).__name__
        for model_admin in versioned
        if not isinstance(model_admin, ModerationAdminMixin)
    ]
    assert unmoderated == []


def test_a_proposal_moving_money_between_funders_at_the_budget_is_approved(
    editor, publisher, django_capture_on_commit_callbacks
):
    """The budget rule runs at every row's save, so a lowered contribution must be applied
    before the raised one, as the admin's own formset does."""
    from tests.factories import ParticipationFactory

    project = ProjectFactory(total_budget=1000)
    first = ParticipationFactory(project=project, role="funder", contribution=600)
    second = ParticipationFactory(project=project, role="co-funder", contribution=400)
    data = form_data(editor.get(change_url(project)))
    for i in range(int(data["participations-TOTAL_FORMS"])):
        # The raised row first in the form, so a naive apply would break the budget.
        if data.get(f"participations-{i}-id") == str(first.pk):
            data[f"participations-{i}-contribution"] = "300.00"
        if data.get(f"participations-{i}-id") == str(second.pk):
            data[f"participations-{i}-contribution"] = "700.00"
    data["_submit_proposal"] = "1"
    assert editor.post(change_url(project), data).status_code == 302

    approve(publisher, Proposal.objects.get(), django_capture_on_commit_callbacks)

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.contribution, second.contribution) == (300, 700)
    assert Proposal.objects.get().status == Proposal.Status.APPROVED
