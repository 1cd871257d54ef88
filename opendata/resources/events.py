"""Events as open data: what the API and the CSV download say of a published event.

One module per resource: its querysets (public rows only, everything prefetched so that a
list costs the same queries at any size), its API serialisers and its CSV columns. Fields
that other work adds to events (dates with their precision, counts with their source:
issue 16; texts per language) are added here, once, for all three.
"""

from django.db.models import F, Prefetch
from rest_framework import serializers

from core.dates import DatePrecision
from events.models import (
    Document,
    Event,
    EventOrganisation,
    ParticipantCount,
    Photo,
    Quote,
    Session,
)
from partners.models import Organisation
from pressroom.models import Coverage, PressRelease

from .common import (
    CountryField,
    LabelField,
    LinkField,
    OrganisationRefSerializer,
    ProjectRefSerializer,
    ReleaseRefSerializer,
    SourceRefSerializer,
    absolute,
    paths,
)

# --- querysets -------------------------------------------------------------------------


def public_events():
    return Event.objects.published()


def _roles():
    return Prefetch(
        "roles",
        queryset=EventOrganisation.objects.select_related(
            "organisation", "source__publisher"
        ).order_by("order", "organisation__name"),
    )


def list_queryset(queryset=None):
    """Published events for a list: series, project and organisers in three queries."""
    queryset = public_events() if queryset is None else queryset
    return (
        queryset.for_cards()
        .select_related("participant_source__publisher", "main_source__publisher")
        .prefetch_related(_roles())
    )


def detail_queryset():
    """One published event with everything its page shows."""
    return (
        public_events()
        .select_related(
            "series", "project", "participant_source__publisher", "main_source__publisher"
        )
        .prefetch_related(
            _roles(),
            Prefetch(
                "other_counts",
                queryset=ParticipantCount.objects.select_related("source__publisher"),
            ),
            Prefetch("quotes", queryset=Quote.objects.for_display()),
            Prefetch(
                "sessions",
                queryset=Session.objects.select_related("source__publisher").prefetch_related(
                    Prefetch(
                        "leading_organisations", queryset=Organisation.objects.order_by("name")
                    )
                ),
            ),
            Prefetch("documents", queryset=Document.objects.order_by("order", "pk")),
            Prefetch("photos", queryset=Photo.objects.order_by("order", "pk")),
            Prefetch(
                "press_releases",
                queryset=PressRelease.objects.published()
                .defer("body", "body_html", "lead", "lead_html")
                .order_by("-release_date", "-publish_at"),
                to_attr="public_releases",
            ),
            Prefetch(
                "coverage",
                queryset=Coverage.objects.select_related("outlet").order_by(
                    F("published_on").desc(nulls_last=True)
                ),
                to_attr="coverage_items",
            ),
        )
    )


# --- API -------------------------------------------------------------------------------


class SeriesSerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    title = serializers.CharField(read_only=True)


class OrganiserSerializer(serializers.ModelSerializer):
    organisation = OrganisationRefSerializer(read_only=True)
    role_label = LabelField("role")
    source = SourceRefSerializer(
        read_only=True, allow_null=True, help_text="Who names the organisation in this role."
    )

    class Meta:
        model = EventOrganisation
        fields = ["organisation", "role", "role_label", "source"]


class ParticipantCountSerializer(serializers.ModelSerializer):
    qualifier_label = LabelField("qualifier")
    source = SourceRefSerializer(read_only=True)

    class Meta:
        model = ParticipantCount
        fields = ["number", "qualifier", "qualifier_label", "note", "source"]


class PersonRefSerializer(serializers.Serializer):
    honorific = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)


class QuoteSerializer(serializers.ModelSerializer):
    kind_label = LabelField("kind")
    person = PersonRefSerializer(read_only=True)
    title = serializers.CharField(
        source="title_then", read_only=True, help_text="Their title when they spoke."
    )
    organisation = OrganisationRefSerializer(read_only=True, allow_null=True)
    on_behalf_of = PersonRefSerializer(read_only=True, allow_null=True)
    source = SourceRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Quote
        fields = [
            "kind",
            "kind_label",
            "person",
            "title",
            "organisation",
            "on_behalf_of",
            "on_behalf_of_title",
            "words_html",
            "language",
            "source",
        ]


class SessionSerializer(serializers.ModelSerializer):
    kind_label = LabelField("kind")
    leading_organisations = OrganisationRefSerializer(many=True, read_only=True)
    source = SourceRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Session
        fields = [
            "kind",
            "kind_label",
            "title",
            "description_html",
            "leading_organisations",
            "source",
        ]


class DocumentSerializer(serializers.ModelSerializer):
    url = LinkField(lambda d: d.file.url if d.file else None, help_text="The file.")
    format = serializers.CharField(source="file_format", read_only=True)
    kind_label = LabelField("kind")

    class Meta:
        model = Document
        fields = ["title", "kind", "kind_label", "url", "format", "size"]


class PhotoSerializer(serializers.ModelSerializer):
    url = LinkField(lambda p: p.web_url, help_text="The photo at web size.")
    thumbnail_url = LinkField(lambda p: p.thumbnail_url)
    alt = serializers.CharField(read_only=True, help_text="What the photo shows.")

    class Meta:
        model = Photo
        fields = ["url", "thumbnail_url", "caption", "alt", "credit", "width", "height"]


class CoverageRefSerializer(serializers.ModelSerializer):
    outlet = OrganisationRefSerializer(read_only=True)
    link = serializers.URLField(source="url", read_only=True, allow_blank=True)

    class Meta:
        model = Coverage
        fields = ["title", "link", "outlet", "published_on", "published_precision"]


# The fields of an event in a list, and those its detail adds: the one place to add one.
EVENT_FIELDS = [
    "id",
    "url",
    "api_url",
    "ics_url",
    "year",
    "slug",
    "title",
    "kind",
    "kind_label",
    "series",
    "edition",
    "edition_ordinal",
    "start_date",
    "end_date",
    "date_precision",
    "dates_to_be_confirmed",
    "city",
    "country",
    "venue",
    "place",
    "participant_count",
    "participant_qualifier",
    "participant_note",
    "participant_source",
    "main_source",
    "participating_countries",
    "summary_html",
    "project",
    "organisations",
    "updated_at",
]
EVENT_DETAIL_FIELDS = [
    *EVENT_FIELDS,
    "body_html",
    "other_counts",
    "quotes",
    "sessions",
    "documents",
    "photos",
    "press_releases",
    "coverage",
]


class EventSerializer(serializers.ModelSerializer):
    url = LinkField(lambda e: paths.event(year=e.start_date.year, slug=e.slug), help_text="Page.")
    api_url = LinkField(lambda e: paths.event_api(year=e.start_date.year, slug=e.slug))
    ics_url = LinkField(
        lambda e: (
            paths.event_ics(year=e.start_date.year, slug=e.slug)
            if e.date_precision == DatePrecision.DAY
            else None
        ),
        help_text="The event as an iCalendar file; null when only its month or year is known.",
    )
    year = serializers.IntegerField(read_only=True, help_text="The year it starts in.")
    kind_label = LabelField("kind")
    series = SeriesSerializer(read_only=True, allow_null=True)
    edition_ordinal = serializers.CharField(read_only=True, help_text="“Ninth” for edition 9.")
    country = CountryField()
    place = serializers.CharField(read_only=True, help_text="Venue, city and country.")
    participating_countries = serializers.SerializerMethodField()
    project = ProjectRefSerializer(read_only=True, allow_null=True)
    organisations = OrganiserSerializer(
        source="roles",
        many=True,
        read_only=True,
        help_text="Organisations and their roles, each with the source that names it.",
    )
    participant_source = SourceRefSerializer(read_only=True, allow_null=True)
    main_source = SourceRefSerializer(
        read_only=True, allow_null=True, help_text="The account shown first where sources differ."
    )

    class Meta:
        model = Event
        fields = EVENT_FIELDS

    def get_participating_countries(self, event) -> list[dict]:
        field = CountryField()
        return [field.to_representation(code) for code in event.participating_countries]


class EventDetailSerializer(EventSerializer):
    other_counts = ParticipantCountSerializer(
        many=True, read_only=True, help_text="Numbers of participants other sources give."
    )
    quotes = QuoteSerializer(many=True, read_only=True)
    sessions = SessionSerializer(many=True, read_only=True)
    documents = DocumentSerializer(many=True, read_only=True)
    photos = PhotoSerializer(many=True, read_only=True)
    press_releases = ReleaseRefSerializer(
        source="public_releases", many=True, read_only=True, help_text="Its public releases."
    )
    coverage = CoverageRefSerializer(
        source="coverage_items", many=True, read_only=True, help_text="Articles by others."
    )

    class Meta(EventSerializer.Meta):
        fields = EVENT_DETAIL_FIELDS


# --- CSV -------------------------------------------------------------------------------


def csv_rows(queryset, request):
    """The header and one row per event of ``queryset`` (filtered, published events):
    one query for the events and one for all their organisers, whatever the number."""
    events = list(
        queryset.select_related("series", "project")
        .defer("body", "body_html", "summary", "summary_html")
        .order_by("-start_date", "title")
    )
    organisers: dict[int, list[str]] = {}
    roles = (
        EventOrganisation.objects.filter(event__in=queryset.order_by().values("pk"))
        .select_related("organisation")
        .order_by("event_id", "order", "organisation__name")
    )
    labels = dict(EventOrganisation.Role.choices)
    for role in roles:
        organisers.setdefault(role.event_id, []).append(
            f"{role.organisation.name} ({labels.get(role.role, role.role)})"
        )
    kinds = dict(Event.Kind.choices)
    yield [
        "title",
        "kind",
        "series",
        "edition",
        "start_date",
        "end_date",
        "date_precision",
        "dates_to_be_confirmed",
        "city",
        "country",
        "venue",
        "participant_count",
        "participant_qualifier",
        "participant_note",
        "participating_countries",
        "project",
        "organisations",
        "url",
    ]
    for event in events:
        yield [
            event.title,
            str(kinds.get(event.kind, event.kind)),
            event.series.title if event.series else "",
            event.edition,
            event.start_date,
            event.end_date,
            event.date_precision,
            event.dates_to_be_confirmed,
            event.city,
            event.country.code if event.country else "",
            event.venue,
            event.participant_count,
            event.participant_qualifier,
            event.participant_note,
            " ".join(country.code for country in event.participating_countries),
            str(event.project) if event.project else "",
            "; ".join(organisers.get(event.pk, [])),
            absolute(request, paths.event(year=event.start_date.year, slug=event.slug)),
        ]
