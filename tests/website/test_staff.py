"""Staff in the admin: Editors write but cannot publish or delete, Publishers can; history
with restore of an earlier version and of a deleted object; the index ordered the way
staff think; "View on site" on every public object."""

from html.parser import HTMLParser

import pytest
import reversion
from django.contrib.auth.models import Group
from django.urls import reverse
from reversion.models import Version

from tests.factories import (
    EventFactory,
    OrganisationFactory,
    PersonFactory,
    PressReleaseFactory,
    ProjectFactory,
)
from tests.pages import translated_post
from website.staff import EDITORS, PUBLISHERS

pytestmark = pytest.mark.django_db


class _FormFields(HTMLParser):
    """The values a browser would submit from the admin's object form (id="<model>_form")."""

    def __init__(self):
        super().__init__()
        self.data: dict[str, list[str]] = {}
        self._in_form = False
        self._done = False
        self._select = None
        self._textarea = None
        self._options: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._done:
            return
        form_id = attrs.get("id") or ""
        if tag == "form" and form_id.endswith("_form") and form_id != "logout-form":
            self._in_form = True
        if not self._in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind in ("submit", "file", "button"):
                return
            default = "on" if kind in ("checkbox", "radio") else ""
            self.data.setdefault(name, []).append(attrs.get("value", default))
        elif tag == "select" and name:
            self._select, self._options = (name, "multiple" in attrs), []
        elif tag == "option" and self._select:
            self._options.append((attrs.get("value", ""), "selected" in attrs))
        elif tag == "textarea" and name:
            self._textarea = name
            self.data.setdefault(name, []).append("")

    def handle_endtag(self, tag):
        if tag == "form" and self._in_form:
            self._in_form, self._done = False, True
        elif tag == "select" and self._select:
            name, multiple = self._select
            chosen = [value for value, selected in self._options if selected]
            if not chosen and not multiple and self._options:
                chosen = [self._options[0][0]]
            self.data[name] = chosen
            self._select = None
        elif tag == "textarea" and self._textarea:
            # Like a browser, drop the one newline that follows the opening tag.
            value = self.data[self._textarea][-1]
            self.data[self._textarea][-1] = value[1:] if value.startswith("\n") else value
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data


def form_data(response, **changes):
    parser = _FormFields()
    parser.feed(response.content.decode())
    data = {name: values if len(values) != 1 else values[0] for name, values in parser.data.items()}
    # A translated text has one input per language (title_ru, title_kk, title_en): a change
    # of "title" is one of the language the test runs in.
    data.update(translated_post(changes))
    return data


def errors(response) -> str:
    """The admin's error messages on a form page that did not save."""
    import re

    html = response.content.decode()
    return "\n".join(re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S))


def test_the_migration_made_both_groups_with_the_right_permissions():
    editors = set(Group.objects.get(name=EDITORS).permissions.values_list("codename", flat=True))
    publishers = set(
        Group.objects.get(name=PUBLISHERS).permissions.values_list("codename", flat=True)
    )
    for model in ("event", "pressrelease", "coverage", "organisation", "person", "project"):
        assert {f"add_{model}", f"change_{model}"} <= editors
        assert f"delete_{model}" not in editors
        assert f"delete_{model}" in publishers
    assert "delete_session" in editors  # removing a session is editing the event
    assert not {"publish_event", "publish_pressrelease"} & editors
    assert {"publish_event", "publish_pressrelease"} <= publishers
    assert editors < publishers


def test_editor_edits_a_draft_event_but_cannot_publish_it(staff_client):
    event = EventFactory(title="Draft forum", status="draft")
    url = reverse("admin:events_event_change", args=[event.pk])
    page = staff_client.get(url)
    assert page.status_code == 200
    assert 'name="status"' not in page.content.decode()

    response = staff_client.post(
        url, form_data(page, title="Draft forum, edited", status="published")
    )

    assert response.status_code == 302, errors(response)
    event.refresh_from_db()
    assert event.title == "Draft forum, edited"
    assert event.status == "draft"


def test_editor_sees_no_publish_actions_and_cannot_delete(staff_client):
    release = PressReleaseFactory(status="draft")
    changelist = staff_client.get(reverse("admin:pressroom_pressrelease_changelist"))
    html = changelist.content.decode()
    assert 'value="publish"' not in html and 'value="unpublish"' not in html
    assert (
        'name="publish_at"'
        not in staff_client.get(
            reverse("admin:pressroom_pressrelease_change", args=[release.pk])
        ).content.decode()
    )

    response = staff_client.post(
        reverse("admin:pressroom_pressrelease_changelist"),
        {"action": "publish", "_selected_action": [release.pk]},
    )
    release.refresh_from_db()
    assert release.status == "draft"
    assert response.status_code in (200, 302)
    delete = staff_client.get(reverse("admin:pressroom_pressrelease_delete", args=[release.pk]))
    assert delete.status_code == 403


def test_publisher_publishes_a_release_and_may_delete(publisher_client):
    release = PressReleaseFactory(status="draft", title="Academy concludes")
    changelist = reverse("admin:pressroom_pressrelease_changelist")
    assert 'value="publish"' in publisher_client.get(changelist).content.decode()

    response = publisher_client.post(
        changelist, {"action": "publish", "_selected_action": [release.pk]}, follow=True
    )

    assert "1 release published." in response.content.decode()
    release.refresh_from_db()
    assert release.status == "published"
    delete = publisher_client.get(reverse("admin:pressroom_pressrelease_delete", args=[release.pk]))
    assert delete.status_code == 200


def test_publisher_publishes_events_with_the_action(publisher_client):
    event = EventFactory(status="draft")
    publisher_client.post(
        reverse("admin:events_event_changelist"),
        {"action": "publish", "_selected_action": [event.pk]},
    )
    event.refresh_from_db()
    assert event.status == "published"


def test_an_earlier_version_of_a_project_is_restored_from_its_history(publisher_client):
    project = ProjectFactory(title="Rule of Law for All")
    with reversion.create_revision():
        project.save()
    url = reverse("admin:partners_project_change", args=[project.pk])
    page = publisher_client.get(url)
    publisher_client.post(url, form_data(page, title="A wrong title"))
    project.refresh_from_db()
    assert project.title == "A wrong title"

    versions = Version.objects.get_for_object(project)
    assert versions.count() == 2
    history = publisher_client.get(reverse("admin:partners_project_history", args=[project.pk]))
    assert history.status_code == 200
    first = versions.last()
    revision_url = reverse("admin:partners_project_revision", args=[project.pk, first.pk])
    revision_page = publisher_client.get(revision_url)
    assert 'value="Rule of Law for All"' in revision_page.content.decode()

    response = publisher_client.post(revision_url, form_data(revision_page))

    assert response.status_code == 302
    project.refresh_from_db()
    assert project.title == "Rule of Law for All"


def test_a_deleted_organisation_is_recovered_with_its_people(publisher_client):
    organisation = OrganisationFactory(name="Dignity Public Association", slug="dignity")
    PersonFactory(name="Aigerim Contact", organisation=organisation)
    with reversion.create_revision():
        organisation.save()
    organisation.delete_url = reverse("admin:partners_organisation_delete", args=[organisation.pk])
    organisation.people.all().delete()
    publisher_client.post(organisation.delete_url, {"post": "yes"})
    from partners.models import Organisation, Person

    assert not Organisation.objects.filter(slug="dignity").exists()

    recover_list = publisher_client.get(reverse("admin:partners_organisation_recoverlist"))
    assert "Dignity Public Association" in recover_list.content.decode()
    version = Version.objects.get_deleted(Organisation).get()
    recover_url = reverse("admin:partners_organisation_recover", args=[version.pk])
    response = publisher_client.post(recover_url, form_data(publisher_client.get(recover_url)))

    assert response.status_code == 302
    assert Organisation.objects.get(slug="dignity").name == "Dignity Public Association"
    assert Person.objects.filter(name="Aigerim Contact").exists()


def test_editors_cannot_restore_an_old_status_of_a_publishable_object(staff_client):
    event = EventFactory(status="published")
    with reversion.create_revision():
        event.save()
    version = Version.objects.get_for_object(event).first()
    url = reverse("admin:events_event_revision", args=[event.pk, version.pk])
    # Editors read the version (beside the item as it is now) but cannot revert to it.
    page = staff_client.get(url)
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert staff_client.post(url, form_data(page, status="draft")).status_code == 403
    event.refresh_from_db()
    assert event.status == "published"


def test_admin_index_lists_events_then_press_then_partners(staff_client):
    html = staff_client.get(reverse("admin:index")).content.decode()
    positions = [
        html.index(f'href="{reverse(name)}"')
        for name in (
            "admin:events_event_changelist",
            "admin:events_eventseries_changelist",
            "admin:pressroom_pressrelease_changelist",
            "admin:pressroom_coverage_changelist",
            "admin:partners_project_changelist",
            "admin:partners_organisation_changelist",
        )
    ]
    assert positions == sorted(positions)


def test_every_public_object_has_view_on_site(staff_client):
    objects = [
        EventFactory(),
        PressReleaseFactory(),
        ProjectFactory(),
        OrganisationFactory(),
    ]
    for obj in objects:
        opts = obj._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        html = staff_client.get(url).content.decode()
        assert "View on site" in html, opts.label


def test_demo_command_makes_and_prints_an_editor_and_a_publisher(django_user_model):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("load_demo", "--allow-demo-accounts", stdout=out)
    call_command("load_demo", "--allow-demo-accounts", stdout=StringIO())  # twice: no change

    text = out.getvalue()
    assert "user 'editor', password 'lprc-editor-2024'" in text
    assert "user 'publisher', password 'lprc-publisher-2024'" in text
    editor = django_user_model.objects.get(username="editor")
    publisher = django_user_model.objects.get(username="publisher")
    assert list(editor.groups.values_list("name", flat=True)) == [EDITORS]
    assert list(publisher.groups.values_list("name", flat=True)) == [PUBLISHERS]
    assert not editor.has_perm("pressroom.publish_pressrelease")
    assert publisher.has_perm("pressroom.publish_pressrelease")
    assert editor.is_staff and not editor.is_superuser
    event = Version.objects.filter(content_type__model="event")
    assert event.exists()  # the demo content starts with a first version
