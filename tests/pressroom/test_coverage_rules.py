"""A coverage item is about an event or a project: the database holds the rule, and
deleting what an item is about never leaves it pointing at nothing."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.urls import reverse

from events.models import Event
from partners.models import Project
from pressroom.models import Coverage
from tests.factories import CoverageFactory, EventFactory, ProjectFactory
from tests.roles import PUBLISHERS, client_as

pytestmark = pytest.mark.django_db


def test_the_database_refuses_coverage_about_nothing():
    item = CoverageFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Coverage.objects.filter(pk=item.pk).update(project=None, event=None)


def test_clean_keeps_its_message_for_the_admin_form():
    item = CoverageFactory.build(project=None, event=None, outlet=CoverageFactory().outlet)
    with pytest.raises(ValidationError) as excinfo:
        item.full_clean()
    assert "Link the article to the event or the project it is about (or both)." in str(
        excinfo.value
    )


def test_deleting_the_event_keeps_an_item_also_about_a_project():
    event = EventFactory(project=None)
    item = CoverageFactory(event=event)
    project = item.project
    event.delete()
    item.refresh_from_db()
    assert (item.event_id, item.project_id) == (None, project.pk)


def test_deleting_the_project_keeps_an_item_also_about_an_event():
    event = EventFactory(project=None)
    item = CoverageFactory(event=event)
    item.project.delete()
    item.refresh_from_db()
    assert item.event_id == event.pk and item.project_id is None


def test_deleting_the_only_event_an_item_is_about_is_refused():
    event = EventFactory(project=None)
    item = CoverageFactory(event=event, project=None)
    with pytest.raises(ProtectedError) as excinfo, transaction.atomic():
        event.delete()
    assert set(excinfo.value.protected_objects) == {item}
    assert Event.objects.filter(pk=event.pk).exists()
    item.refresh_from_db()
    assert item.event_id == event.pk


def test_deleting_the_only_project_an_item_is_about_is_refused():
    item = CoverageFactory()
    with pytest.raises(ProtectedError), transaction.atomic():
        item.project.delete()
    assert Project.objects.filter(pk=item.project_id).exists()


def test_the_admin_explains_why_an_event_cannot_be_deleted():
    event = EventFactory(project=None)
    item = CoverageFactory(event=event, project=None, title="Forum in the news")
    publisher = client_as(PUBLISHERS)
    url = reverse("admin:events_event_delete", args=[event.pk])
    page = publisher.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "would require deleting the following protected related objects" in html
    assert "Forum in the news" in html
    response = publisher.post(url, {"post": "yes"})
    assert response.status_code in (200, 403)
    assert Event.objects.filter(pk=event.pk).exists()
    assert Coverage.objects.filter(pk=item.pk, event=event).exists()


def test_deleting_an_unrelated_project_is_untouched_by_the_rule():
    project = ProjectFactory()
    project.delete()
    assert not Project.objects.filter(pk=project.pk).exists()
