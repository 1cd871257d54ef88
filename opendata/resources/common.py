"""What every resource's serialisation shares: absolute addresses, references to other
resources (an organisation, a project, an event), countries and choice labels.

Absolute addresses start at the site's one configured origin (core.origin, SITE_ORIGIN),
never at the request's Host, as every page, sitemap and calendar does.
"""

from django.utils.functional import cached_property
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.formatting import country_name
from core.origin import site_origin
from core.sitemaps import path_builder


def absolute(request, location: str | None) -> str | None:
    """``/events/2024/forum/`` -> ``https://lprc.kz/events/2024/forum/``; an address that is
    already absolute (media on object storage) stays as it is."""
    if not location:
        return None
    if location.startswith(("http://", "https://")):
        return location
    if location.startswith("//"):
        return f"{site_origin().split(':', 1)[0]}:{location}"
    return site_origin() + location


class Paths:
    """Path builders of the public pages and API addresses, each reversed once per
    process (core.sitemaps.path_builder): a list of thousands of rows formats strings
    instead of walking the URL patterns for every address."""

    @cached_property
    def event(self):
        return path_builder("events:event-detail", year=1987, slug="sample-slug-x")

    @cached_property
    def event_ics(self):
        return path_builder("events:event-ics", year=1987, slug="sample-slug-x")

    @cached_property
    def event_api(self):
        return path_builder("opendata:api-event-detail", year=1987, slug="sample-slug-x")

    @cached_property
    def release(self):
        return path_builder("pressroom:release-detail", year=1987, slug="sample-slug-x")

    @cached_property
    def release_pdf(self):
        return path_builder("pressroom:release-pdf", year=1987, slug="sample-slug-x")

    @cached_property
    def release_api(self):
        return path_builder("opendata:api-release-detail", year=1987, slug="sample-slug-x")

    @cached_property
    def project(self):
        return path_builder("partners:project-detail", slug="sample-slug-x")

    @cached_property
    def project_api(self):
        return path_builder("opendata:api-project-detail", slug="sample-slug-x")

    @cached_property
    def project_iati(self):
        return path_builder("opendata:iati-activity", slug="sample-slug-x")

    @cached_property
    def organisation(self):
        return path_builder("partners:organisation-detail", slug="sample-slug-x")

    @cached_property
    def organisation_api(self):
        return path_builder("opendata:api-organisation-detail", slug="sample-slug-x")

    @cached_property
    def coverage_api(self):
        return path_builder("opendata:api-coverage-detail", pk=987654321)


paths = Paths()


@extend_schema_field(OpenApiTypes.URI)
class LinkField(serializers.Field):
    """An absolute address made from the object by ``path(obj)`` (a path, or None)."""

    def __init__(self, path, **kwargs):
        self.path = path
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return absolute(self.context["request"], self.path(obj))


@extend_schema_field(
    {
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "ISO 3166-1 alpha-2 code"},
            "name": {"type": "string", "description": "in the language of the response"},
        },
        "required": ["code", "name"],
    }
)
class CountryField(serializers.Field):
    """{"code": "KZ", "name": "Kazakhstan"}, or null when not known."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        code = getattr(value, "code", value) or ""
        return {"code": code, "name": country_name(code)} if code else None


class LabelField(serializers.CharField):
    """The human label of a choice field (``get_<name>_display``), in the response's
    language."""

    def __init__(self, choice_field: str, **kwargs):
        kwargs.update(source=f"get_{choice_field}_display", read_only=True)
        super().__init__(**kwargs)


class OrganisationRefSerializer(serializers.Serializer):
    """An organisation named from another resource."""

    slug = serializers.SlugField(read_only=True)
    name = serializers.CharField(read_only=True)
    short_name = serializers.CharField(read_only=True)
    url = LinkField(lambda o: paths.organisation(slug=o.slug), help_text="Its page on the site.")
    api_url = LinkField(lambda o: paths.organisation_api(slug=o.slug))


class ProjectRefSerializer(serializers.Serializer):
    """A project named from another resource."""

    slug = serializers.SlugField(read_only=True)
    title = serializers.CharField(read_only=True)
    short_name = serializers.CharField(read_only=True)
    url = LinkField(lambda p: paths.project(slug=p.slug), help_text="Its page on the site.")
    api_url = LinkField(lambda p: paths.project_api(slug=p.slug))


class EventRefSerializer(serializers.Serializer):
    """A published event named from another resource."""

    id = serializers.IntegerField(read_only=True, help_text="For ?event= on press releases.")
    year = serializers.IntegerField(source="start_date.year", read_only=True)
    slug = serializers.SlugField(read_only=True)
    title = serializers.CharField(read_only=True)
    start_date = serializers.DateField(read_only=True)
    url = LinkField(
        lambda e: paths.event(year=e.start_date.year, slug=e.slug), help_text="Its page."
    )
    api_url = LinkField(lambda e: paths.event_api(year=e.start_date.year, slug=e.slug))


class ReleaseRefSerializer(serializers.Serializer):
    """A public press release named from another resource."""

    year = serializers.IntegerField(source="release_date.year", read_only=True)
    slug = serializers.SlugField(read_only=True)
    title = serializers.CharField(read_only=True)
    release_date = serializers.DateField(read_only=True)
    url = LinkField(
        lambda r: paths.release(year=r.release_date.year, slug=r.slug), help_text="Its page."
    )
    pdf_url = LinkField(
        lambda r: paths.release_pdf(year=r.release_date.year, slug=r.slug),
        help_text="The release as a PDF.",
    )
    api_url = LinkField(lambda r: paths.release_api(year=r.release_date.year, slug=r.slug))


class SourceRefSerializer(serializers.Serializer):
    """Where a fact comes from (partners.Source): a press release on the site, an article,
    or a named document. The title and address of a release not yet public are null."""

    kind = serializers.CharField(read_only=True, help_text="release, article or document")
    kind_label = LabelField("kind")
    title = serializers.SerializerMethodField()
    publisher = OrganisationRefSerializer(read_only=True, allow_null=True)
    date = serializers.DateField(read_only=True, allow_null=True)
    date_precision = serializers.CharField(
        read_only=True, help_text="day, month or year: how precisely the date is known"
    )
    url = LinkField(lambda s: s.link or None, help_text="Where to read it, if it is public.")

    def get_title(self, source) -> str | None:
        return source.title if source.is_public else None
