import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from pressroom.models import Coverage, PressRelease
from tests.factories import (
    MINIMAL_PDF,
    CoverageFactory,
    EventFactory,
    OrganisationFactory,
    PersonFactory,
    PressReleaseFactory,
    ProjectFactory,
    png_bytes,
)
from tests.pages import translated_post

pytestmark = pytest.mark.django_db

ADD = reverse("admin:pressroom_pressrelease_add")
CHANGELIST = reverse("admin:pressroom_pressrelease_changelist")


def form_data(**overrides):
    project = overrides.pop("project", None)
    if project is None:
        project = ProjectFactory()
    data = {
        "title": "Rule of Law Academy for Civil Society Representatives",
        "slug": "rule-of-law-academy-2024",
        "release_date": "2024-08-21",
        "dateline_city": "ALMATY",
        "lead": "The Rule of Law Academy was concluded on August 21, 2024.",
        "body": "42 representatives from 27 organisations attended.",
        "project": project.pk if project else "",
        "event": "",
        "contacts": [],
        "status": "draft",
        "publish_at_0": "2024-08-21",
        "publish_at_1": "10:00:00",
    }
    data.update(overrides)
    return translated_post(data)


class TestAddAndChange:
    def test_a_publisher_adds_a_release_with_its_publish_time(self, publisher_client):
        # The publish time is a publishing field: an editor's form does not offer it.
        contact = PersonFactory()
        event = EventFactory()
        response = publisher_client.post(
            ADD, form_data(contacts=[contact.pk], event=event.pk), follow=True
        )
        assert response.status_code == 200
        release = PressRelease.objects.get(slug="rule-of-law-academy-2024")
        assert release.status == "draft"
        assert list(release.contacts.all()) == [contact]
        assert release.event == event
        assert release.publish_at == datetime.datetime(
            2024, 8, 21, 10, tzinfo=timezone.get_current_timezone()
        )

    def test_staff_upload_an_official_pdf(self, staff_client):
        upload = SimpleUploadedFile("official.pdf", MINIMAL_PDF, "application/pdf")
        staff_client.post(ADD, form_data(official_pdf=upload))
        release = PressRelease.objects.get(slug="rule-of-law-academy-2024")
        assert release.official_pdf.read() == MINIMAL_PDF

    def test_a_renamed_image_is_refused_with_a_clear_message(self, staff_client):
        upload = SimpleUploadedFile("release.pdf", png_bytes(), "application/pdf")
        response = staff_client.post(ADD, form_data(official_pdf=upload))
        assert response.status_code == 200
        assert "The file is not a PDF document." in response.content.decode()
        assert not PressRelease.objects.exists()

    def test_a_pdf_named_otherwise_is_refused(self, staff_client):
        upload = SimpleUploadedFile("release.docx", MINIMAL_PDF, "application/pdf")
        response = staff_client.post(ADD, form_data(official_pdf=upload))
        assert "File extension “docx” is not allowed" in response.content.decode()
        assert not PressRelease.objects.exists()

    def test_the_model_refuses_a_non_pdf_too(self):
        release = PressReleaseFactory.build(project=ProjectFactory())
        release.official_pdf = SimpleUploadedFile("x.pdf", b"GIF89a not a pdf", "application/pdf")
        with pytest.raises(ValidationError) as error:
            release.full_clean()
        assert "The file is not a PDF document." in error.value.message_dict["official_pdf"]

    def test_the_change_form_links_to_both_previews(self, staff_client):
        release = PressReleaseFactory(status="draft")
        html = staff_client.get(
            reverse("admin:pressroom_pressrelease_change", args=[release.pk])
        ).content.decode()
        assert release.get_preview_url() in html
        assert release.get_preview_pdf_url() in html

    def test_the_changelist_filters_and_searches(self, staff_client):
        PressReleaseFactory(title="Academy release", release_date=datetime.date(2024, 8, 21))
        PressReleaseFactory(title="Older release", release_date=datetime.date(2023, 1, 5))
        html = staff_client.get(CHANGELIST, {"year": "2024"}).content.decode()
        assert "Academy release" in html and "Older release" not in html
        html = staff_client.get(CHANGELIST, {"q": "Older"}).content.decode()
        assert "Older release" in html and "Academy release" not in html
        for params in ({"status__exact": "draft"}, {"visibility": "scheduled"}, {"year": "x"}):
            assert staff_client.get(CHANGELIST, params).status_code == 200

    def test_autocomplete_finds_events_projects_and_people(self, staff_client):
        EventFactory(title="Ninth Expert Forum")
        ProjectFactory(title="Rule of Law for All", short_name="")
        PersonFactory(name="Olga Miroshnichenko")
        url = reverse("admin:autocomplete")
        for field, term, expected in (
            ("event", "Ninth", "Ninth Expert Forum"),
            ("project", "Rule", "Rule of Law for All"),
            ("contacts", "Olga", "Olga Miroshnichenko"),
        ):
            response = staff_client.get(
                url,
                {
                    "term": term,
                    "app_label": "pressroom",
                    "model_name": "pressrelease",
                    "field_name": field,
                },
            )
            assert response.status_code == 200, field
            assert expected in response.content.decode(), field


class TestActions:
    def test_publish_and_unpublish(self, publisher_client, client):
        draft = PressReleaseFactory(title="Ready to go", status="draft")
        scheduled = PressReleaseFactory(
            title="Embargoed",
            status="draft",
            publish_at=timezone.now() + datetime.timedelta(days=1),
        )
        response = publisher_client.post(
            CHANGELIST,
            {"action": "publish", "_selected_action": [draft.pk, scheduled.pk]},
            follow=True,
        )
        html = response.content.decode()
        assert "2 releases published." in html
        assert "1 of them has a publish time in the future" in html
        assert client.get(draft.get_absolute_url()).status_code == 200
        assert client.get(scheduled.get_absolute_url()).status_code == 404

        response = publisher_client.post(
            CHANGELIST, {"action": "unpublish", "_selected_action": [draft.pk]}, follow=True
        )
        assert "1 release unpublished" in response.content.decode()
        draft.refresh_from_db()
        assert draft.status == "draft"
        assert client.get(draft.get_absolute_url()).status_code == 404


class TestPreview:
    def test_staff_preview_a_draft_as_the_public_would_see_it(self, staff_client):
        release = PressReleaseFactory(title="Draft for review", status="draft", lead="Lead **x**")
        response = staff_client.get(release.get_preview_url())
        html = response.content.decode()
        assert response.status_code == 200
        assert "<h1>Draft for review</h1>" in html
        assert "This release is a draft" in html
        assert '<meta name="robots" content="noindex, nofollow">' in html
        assert "no-store" in response["Cache-Control"]
        assert release.get_preview_pdf_url() in html

    def test_staff_preview_the_pdf_of_a_scheduled_release(self, staff_client):
        release = PressReleaseFactory(publish_at=timezone.now() + datetime.timedelta(days=2))
        response = staff_client.get(release.get_preview_pdf_url())
        assert response.status_code == 200
        assert response.content.startswith(b"%PDF-")
        release.refresh_from_db()
        assert release.downloads == 0

    def test_the_public_cannot_preview(self, client):
        release = PressReleaseFactory(status="draft")
        for url in (release.get_preview_url(), release.get_preview_pdf_url()):
            response = client.get(url)
            assert response.status_code == 302
            assert reverse("admin:login") in response["Location"]

    def test_view_on_site_goes_to_the_preview_for_a_draft(self, staff_client):
        draft = PressReleaseFactory(status="draft")
        public = PressReleaseFactory()
        admin = (
            staff_client.get(reverse("admin:pressroom_pressrelease_change", args=[draft.pk]))
            .context["adminform"]
            .model_admin
        )
        assert admin.view_on_site(draft) == draft.get_preview_url()
        assert admin.view_on_site(public) == public.get_absolute_url()


class TestCoverageAdmin:
    def test_add_coverage(self, publisher_client):
        outlet = OrganisationFactory(short_name="UNODC")
        event = EventFactory()
        response = publisher_client.post(
            reverse("admin:pressroom_coverage_add"),
            translated_post(
                {
                    "outlet": outlet.pk,
                    "title": "EU, UNODC and partners discuss probation",
                    "url": "https://www.unodc.org/example",
                    "published_on": "2023-10-05",
                    "excerpt": "Some 60 stakeholders.",
                    "event": event.pk,
                    "project": "",
                }
            ),
        )
        assert response.status_code == 302
        assert Coverage.objects.get().event == event

    def test_coverage_needs_an_event_or_a_project(self, staff_client):
        response = staff_client.post(
            reverse("admin:pressroom_coverage_add"),
            translated_post(
                {
                    "outlet": OrganisationFactory().pk,
                    "title": "An article about nothing of ours",
                    "url": "",
                    "published_on": "2023-10-05",
                    "event": "",
                    "project": "",
                }
            ),
        )
        assert "Link the article to the event or the project" in response.content.decode()

    def test_the_same_link_twice_is_refused(self, staff_client):
        CoverageFactory(url="https://news.example.org/once")
        response = staff_client.post(
            reverse("admin:pressroom_coverage_add"),
            translated_post(
                {
                    "outlet": OrganisationFactory().pk,
                    "title": "Again",
                    "url": "https://news.example.org/once",
                    "published_on": "2023-10-05",
                    "project": ProjectFactory().pk,
                }
            ),
        )
        assert "This article is already recorded." in response.content.decode()

    def test_coverage_changelist(self, staff_client):
        CoverageFactory(title="Listed article")
        html = staff_client.get(reverse("admin:pressroom_coverage_changelist")).content.decode()
        assert "Listed article" in html


def test_a_release_about_an_event_takes_the_event_project_when_none_is_given(staff_client):
    project = ProjectFactory()
    event = EventFactory(project=project)
    staff_client.post(ADD, form_data(event=event.pk, project=""))
    assert PressRelease.objects.get().project == project
