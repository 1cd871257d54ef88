"""Press releases as open data, with their PDFs.

One module per resource (see events.py). A release is public once published and past its
publish time (scheduled and embargoed ones are not, anywhere); the event it is about is
named only while that event is published.
"""

from django.db.models import Prefetch
from rest_framework import serializers

from events.models import Event
from partners.models import Person
from pressroom.models import PressRelease

from .common import (
    EventRefSerializer,
    LinkField,
    OrganisationRefSerializer,
    ProjectRefSerializer,
    paths,
)


def public_releases():
    return PressRelease.objects.published()


def list_queryset(queryset=None):
    queryset = public_releases() if queryset is None else queryset
    return (
        queryset.select_related("project", "event")
        .defer("body", "body_html", "event__body", "event__body_html")
        .order_by("-release_date", "-publish_at")
    )


def detail_queryset():
    return (
        public_releases()
        .select_related("project", "event")
        .defer("event__body", "event__body_html")
        .prefetch_related(
            Prefetch("contacts", queryset=Person.objects.select_related("organisation"))
        )
    )


class PublicEventField(EventRefSerializer):
    """The event a release is about, or null while that event is not published."""

    def get_attribute(self, release):
        event = release.event
        return event if event is not None and event.status == Event.Status.PUBLISHED else None


class ContactSerializer(serializers.ModelSerializer):
    organisation = OrganisationRefSerializer(read_only=True)

    class Meta:
        model = Person
        fields = ["name", "position", "organisation", "phone", "email"]


RELEASE_FIELDS = [
    "url",
    "api_url",
    "pdf_url",
    "year",
    "slug",
    "title",
    "release_date",
    "dateline_city",
    "lead_html",
    "project",
    "event",
    "updated_at",
]
RELEASE_DETAIL_FIELDS = [*RELEASE_FIELDS, "body_html", "contacts"]


class ReleaseSerializer(serializers.ModelSerializer):
    url = LinkField(
        lambda r: paths.release(year=r.release_date.year, slug=r.slug), help_text="Page."
    )
    api_url = LinkField(lambda r: paths.release_api(year=r.release_date.year, slug=r.slug))
    pdf_url = LinkField(
        lambda r: paths.release_pdf(year=r.release_date.year, slug=r.slug),
        help_text="The release as a PDF: the official upload, or the one the site makes.",
    )
    year = serializers.IntegerField(source="release_date.year", read_only=True)
    project = ProjectRefSerializer(read_only=True, allow_null=True)
    event = PublicEventField(read_only=True, allow_null=True)

    class Meta:
        model = PressRelease
        fields = RELEASE_FIELDS


class ReleaseDetailSerializer(ReleaseSerializer):
    contacts = ContactSerializer(many=True, read_only=True, help_text="Contacts for journalists.")

    class Meta(ReleaseSerializer.Meta):
        fields = RELEASE_DETAIL_FIELDS
