"""The one publishing path (core.publishing): bulk actions, admin deletes, restore, demo and
bulk loads each leave a revision and a LogEntry where a person acted, and renew what the
public sees. Staff act as a publisher or an editor, never as a superuser; the public is a
fresh anonymous Client with the page cache on."""

import io

import pytest
import reversion
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from core import cache as page_cache
from core.publishing import PublishingDenied, content_set_status
from events.models import Event
from pressroom.models import Coverage, PressRelease
from tests.factories import (
    CoverageFactory,
    EventFactory,
    EventSeriesFactory,
    PressReleaseFactory,
)
from website.staff import EDITORS, PUBLISHERS, staff_groups_sync

pytestmark = pytest.mark.django_db


def staff(django_user_model, username, group_name):
    groups = staff_groups_sync()
    user = django_user_model.objects.create_user(username, password="x", is_staff=True)
    user.groups.add(groups["publishers" if group_name == PUBLISHERS else "editors"])
    return user


@pytest.fixture
def publisher(django_user_model):
    user = staff(django_user_model, "publisher", PUBLISHERS)
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def editor(django_user_model):
    user = staff(django_user_model, "editor", EDITORS)
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def public(path: str) -> str:
    """What a visitor sees: a fresh anonymous Client each time, the page cache on."""
    response = Client().get(path)
    return response.content.decode() if response.status_code == 200 else ""


def public_pdf(path: str) -> bytes:
    response = Client().get(path)
    return response.content if response.status_code == 200 else b""


def run_action(client, model, action: str, objects, **extra):
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    data = {"action": action, "_selected_action": [obj.pk for obj in objects], **extra}
    return client.post(url, data, follow=True)


def versions_of(obj):
    return Version.objects.get_for_object(obj).select_related("revision")


@pytest.mark.parametrize(
    "model_name, make, action, status",
    [
        ("event", lambda: EventFactory(title="Bulk forum"), "unpublish", "draft"),
        ("release", lambda: PressReleaseFactory(title="Bulk release"), "unpublish", "draft"),
        ("event", lambda: EventFactory(title="Bulk forum", status="draft"), "publish", "published"),
        (
            "release",
            lambda: PressReleaseFactory(title="Bulk release", status="draft"),
            "publish",
            "published",
        ),
    ],
)
def test_a_bulk_action_leaves_a_revision_a_log_entry_and_renewed_pages(
    publisher, model_name, make, action, status
):
    item = make()
    lists = {"event": reverse("events:event-list"), "release": reverse("pressroom:release-list")}
    page = lists[model_name]
    before = public(page)  # cached now, in this process
    version = page_cache.content_version()

    response = run_action(publisher, type(item), action, [item])

    assert response.status_code == 200
    item.refresh_from_db()
    assert item.status == status
    revision = versions_of(item).first().revision
    assert revision.user == publisher.user
    assert revision.comment
    entry = LogEntry.objects.get(object_id=str(item.pk), action_flag=CHANGE)
    assert entry.user == publisher.user
    assert page_cache.content_version() != version
    shown = public(page)
    if status == "draft":
        assert item.title in before and item.title not in shown
        assert public(item.get_absolute_url()) == ""
    else:
        assert item.title not in before and item.title in shown


def test_an_event_with_placeholder_dates_is_not_published(publisher):
    event = EventFactory(status="draft", dates_unconfirmed=True)
    response = run_action(publisher, Event, "publish", [event])
    assert "only a copy&#x27;s placeholders" in response.content.decode()
    event.refresh_from_db()
    assert event.status == "draft"
    assert not LogEntry.objects.filter(object_id=str(event.pk)).exists()


def test_an_editor_is_not_offered_the_publishing_actions(editor):
    event = EventFactory(title="Stays public")
    run_action(editor, Event, "unpublish", [event])
    event.refresh_from_db()
    assert event.status == "published"
    assert "Stays public" in public(event.get_absolute_url())
    with pytest.raises(PublishingDenied):
        content_set_status(objs=[event], user=editor.user, status="draft")


def test_deleting_from_the_admin_renews_the_public_pages(publisher):
    with reversion.create_revision():
        release = PressReleaseFactory(title="Deleted release")
    assert "Deleted release" in public(reverse("pressroom:release-list"))
    url = reverse("admin:pressroom_pressrelease_delete", args=[release.pk])
    assert publisher.post(url, {"post": "yes"}).status_code == 302
    assert not PressRelease.objects.filter(pk=release.pk).exists()
    entry = LogEntry.objects.get(object_id=str(release.pk))
    assert (entry.action_flag, entry.user) == (DELETION, publisher.user)
    assert "Deleted release" not in public(reverse("pressroom:release-list"))
    assert public(release.get_absolute_url()) == ""
    # The last version stays, for History -> Recover.
    assert Version.objects.get_deleted(PressRelease).filter(object_id=str(release.pk)).exists()


def test_deleting_the_selected_renews_the_public_pages(publisher):
    items = [CoverageFactory(title=f"Coverage to go {n}") for n in range(2)]
    project_page = items[0].project.get_absolute_url()
    assert "Coverage to go 0" in public(project_page)
    response = run_action(publisher, Coverage, "delete_selected", items, post="yes")
    assert response.status_code == 200
    assert not Coverage.objects.exists()
    assert LogEntry.objects.filter(action_flag=DELETION).count() == 2
    assert "Coverage to go 0" not in public(project_page)


def test_an_editor_cannot_delete(editor):
    event = EventFactory(title="Not deleted")
    url = reverse("admin:events_event_delete", args=[event.pk])
    assert editor.post(url, {"post": "yes"}).status_code == 403
    assert Event.objects.filter(pk=event.pk).exists()


def test_duplicating_an_edition_is_recorded(publisher):
    series = EventSeriesFactory()
    event = EventFactory(series=series, edition=9, title="Ninth forum")
    run_action(publisher, Event, "duplicate_as_next_edition", [event])
    copy = Event.objects.get(series=series, edition=10)
    assert copy.status == "draft"
    assert versions_of(copy).first().revision.user == publisher.user
    entry = LogEntry.objects.get(object_id=str(copy.pk))
    assert entry.action_flag == ADDITION and "Ninth forum" in entry.get_change_message()


# Commands ------------------------------------------------------------------------------------


def test_a_restore_renews_what_the_running_site_serves(tmp_path):
    from website.backups import backup_restore, backup_write

    release = PressReleaseFactory(title="Restored away", status="draft")
    archive = tmp_path / "draft.tar.gz"
    backup_write(destination=archive)
    release.status = "published"
    release.save()
    assert "Restored away" in public(reverse("pressroom:release-list"))
    assert public_pdf(release.get_pdf_url()).startswith(b"%PDF")

    backup_restore(archive_path=archive, force=True)

    assert "Restored away" not in public(reverse("pressroom:release-list"))
    assert public(release.get_absolute_url()) == ""
    assert public_pdf(release.get_pdf_url()) == b""


def test_bench_data_renews_once_at_the_end(monkeypatch):
    writes = []
    real = page_cache._write_state

    def spy(**kwargs):
        writes.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(page_cache, "_write_state", spy)
    assert "Tiny project 0" not in public(reverse("partners:project-list"))
    call_command(
        "bench_data",
        organisations=10,
        projects=2,
        events=5,
        releases=5,
        label="tiny",
        stdout=io.StringIO(),
    )
    assert len(writes) == 1  # bulk inserts send no signals: one renewal, at the end
    assert "Tiny project 0" in public(reverse("partners:project-list"))


def test_the_demo_load_is_one_revision_and_renews_the_pages():
    projects = reverse("partners:project-list")
    assert "JUST4ALL" not in public(projects)
    call_command("load_demo", "--no-user", stdout=io.StringIO())
    assert "JUST4ALL" in public(projects)
    release = PressRelease.objects.published().first()
    revision = versions_of(release).first().revision
    assert "load_demo" in revision.comment
