"""Events: series with numbered editions, events, the organisations behind them, sessions,
photos and documents."""

import contextlib

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.dates import DatePrecision, is_period_end, is_period_start
from core.formatting import MARKDOWN_HELP, RenderedHTMLField, StoredMarkdownMixin, country_name
from core.i18n import current_language
from core.languages import TranslatedTextsMixin
from core.text import CleanTextMixin
from core.uploads import (
    MB,
    HashedUploadTo,
    MaxFileSizeValidator,
    WebImageField,
    WebImageValidator,
)
from partners.models import Organisation, Person, Project, Source

from .ordinals import ordinal_title
from .validators import EventDocumentValidator, document_format

PARTICIPANT_COUNT_NEGATIVE = _("The number of participants cannot be negative.")


class CountQualifier(models.TextChoices):
    """How a source gives a number: "42", "some 60", "over 220", "at least", "up to"."""

    EXACT = "exact", _("exactly")
    ABOUT = "about", _("about")
    OVER = "over", _("over")
    AT_LEAST = "at-least", _("at least")
    UP_TO = "up-to", _("up to")


def qualified_number(number, qualifier) -> str:
    """ "over 220", "about 60", "42"."""
    if number is None:
        return ""
    if not qualifier or qualifier == CountQualifier.EXACT:
        return str(number)
    return f"{CountQualifier(qualifier).label} {number}"


class EventSeries(CleanTextMixin, TranslatedTextsMixin, StoredMarkdownMixin, models.Model):
    """A recurring event whose editions are numbered, e.g. the Expert Forum on Criminal
    Justice for Central Asia (its 2024 edition is the Ninth)."""

    title = models.CharField(
        _("title"),
        max_length=255,
        unique=True,
        help_text=_("Without the edition: “Expert Forum on Criminal Justice for Central Asia”."),
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP)
    description_html = RenderedHTMLField()

    markdown_fields = ("description",)

    class Meta:
        ordering = ["title"]
        verbose_name = _("event series")
        verbose_name_plural = _("event series")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:event-list") + f"?series={self.slug}"


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Event.Status.PUBLISHED)

    def upcoming(self, today=None):
        """Events not yet over (running today counts), soonest first."""
        today = today or timezone.localdate()
        return self.filter(end_date__gte=today).order_by("start_date", "title")

    def past(self, today=None):
        """Events that are over, latest first."""
        today = today or timezone.localdate()
        # start_date < today follows from end_date < today (event_end_after_start); said
        # too, it lets the database walk the (status, -start_date) index newest first and
        # stop after a few rows, instead of sorting every past event (SQLite: 4 ms -> 0.03
        # ms for the home page's three at 2,000 events).
        return self.filter(end_date__lt=today, start_date__lt=today).order_by(
            "-start_date", "title"
        )

    def for_cards(self, *, marks=True):
        """What includes/event_card.html shows, in a constant number of queries (not the
        body, which a card never shows), with whether LPRC organised it (``is_ours``).
        ``marks=False`` leaves the funders' roles out, for a page that loads them once for
        several lists (marking_roles_prefetch)."""
        cards = (
            self.select_related("series", "project")
            .defer("body", "body_html")
            .annotate(is_ours=models.Exists(organised_by_site_owner()))
        )
        return cards.with_marking_roles() if marks else cards

    def with_marking_roles(self):
        """The organisers and funders an event's funder marks read (events.visibility), in
        one query for the whole list."""
        return self.prefetch_related(marking_roles_prefetch())


def organised_by_site_owner():
    """The roles that make an event LPRC's own: LPRC among its organisers."""
    return EventOrganisation.objects.filter(
        event=models.OuterRef("pk"),
        organisation__is_site_owner=True,
        role__in=EventOrganisation.ORGANISING_ROLES,
    )


def marking_roles_prefetch():
    """The organisers and funders of events, with the funders' visibility rules, as
    ``event.marking_roles`` (read by events.visibility)."""
    return models.Prefetch(
        "roles",
        queryset=EventOrganisation.objects.filter(role__in=["organiser", "funder"])
        .select_related("organisation__visibility")
        .order_by("order", "pk"),
        to_attr="marking_roles",
    )


class Event(CleanTextMixin, TranslatedTextsMixin, StoredMarkdownMixin, models.Model):
    class Kind(models.TextChoices):
        FORUM = "forum", _("Forum")
        ACADEMY = "academy", _("Academy")
        PRESENTATION = "presentation", _("Presentation")
        STEERING_COMMITTEE = "steering-committee", _("Steering committee meeting")
        CONFERENCE = "conference", _("Conference")
        TRAINING = "training", _("Training")
        ROUNDTABLE = "roundtable", _("Round table")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        # The admin shows help texts as HTML: no angle brackets here.
        help_text=_(
            "The last part of the address, as in /events/2024/ninth-expert-forum/; unique "
            "within a year."
        ),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_("Drafts appear nowhere on the public site."),
    )
    series = models.ForeignKey(
        EventSeries,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("series"),
    )
    edition = models.PositiveSmallIntegerField(
        _("edition"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("For an event in a series: 9 for the Ninth Forum."),
    )
    project = models.ForeignKey(
        Project,
        # Deleting a project must not silently unlink the events it reported on.
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("project"),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), help_text=_("The last day; the same as the start for a one-day event.")
    )
    date_precision = models.CharField(
        _("precision of the dates"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_(
            "How precisely the sources give the dates. An event known only by its month is "
            "shown as “March 2025” and left out of calendars."
        ),
    )
    dates_to_be_confirmed = models.BooleanField(
        _("dates to be confirmed"),
        default=False,
        help_text=_(
            "The dates are announced but not final: the page says “to be confirmed” and "
            "calendars mark the event as tentative."
        ),
    )
    dates_unconfirmed = models.BooleanField(
        _("placeholder dates of a copy"),
        default=False,
        help_text=_(
            "Set on a copy made by “duplicate as next edition”: its dates are only the "
            "previous edition's moved one year on. It cannot be published until this is "
            "cleared, which happens by itself when the dates are changed."
        ),
    )
    city = models.CharField(
        _("city"), max_length=100, blank=True, help_text=_("Leave blank if not known.")
    )
    country = CountryField(_("country"))
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    participant_count = models.PositiveIntegerField(
        _("number of participants"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0, message=PARTICIPANT_COUNT_NEGATIVE)],
    )
    participant_qualifier = models.CharField(
        _("the number is"),
        max_length=10,
        choices=CountQualifier.choices,
        default=CountQualifier.EXACT,
        help_text=_("As the source gives it: “over 220” is over, “some 60” is about."),
    )
    participant_note = models.CharField(
        _("who they were"),
        max_length=255,
        blank=True,
        help_text=_(
            "What follows the number in the source, e.g. “participants, including judges "
            "and prosecutors” or “representatives of 27 organisations from 13 regions”. "
            "Without a number: who attended."
        ),
    )
    participant_source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("source of the number"),
    )
    main_source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("main account"),
        help_text=_(
            "When sources differ, the one whose organisers the page lists first; the "
            "others' roles and counts are shown as theirs."
        ),
    )
    participating_countries = CountryField(_("participating countries"), multiple=True, blank=True)
    summary = models.TextField(
        _("summary"),
        help_text=format_lazy("{} {}", _("One or two sentences for lists."), MARKDOWN_HELP),
    )
    summary_html = RenderedHTMLField()
    body = models.TextField(_("body"), blank=True, help_text=MARKDOWN_HELP)
    body_html = RenderedHTMLField()
    cover_image = WebImageField(
        _("cover image"),
        upload_to=HashedUploadTo("events/covers"),
        blank=True,
        width_field="cover_width",
        height_field="cover_height",
        validators=[MaxFileSizeValidator(5 * MB), WebImageValidator()],
        help_text=_("JPEG, PNG, WebP or GIF, at most 5 MB."),
    )
    cover_width = models.PositiveIntegerField(null=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, editable=False)
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    organisations = models.ManyToManyField(
        Organisation, through="EventOrganisation", related_name="events", blank=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = EventQuerySet.as_manager()
    markdown_fields = ("summary", "body")

    class Meta:
        permissions = [("publish_event", _("Can publish and unpublish events"))]
        ordering = ["-start_date", "title"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            models.Index(fields=["status", "-start_date"], name="event_status_start"),
            models.Index(fields=["status", "end_date"], name="event_status_end"),
            models.Index(fields=["kind", "-start_date"], name="event_kind_start"),
            models.Index(fields=["country"], name="event_country"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")),
                name="event_end_after_start",
                violation_error_message=_("The end date must be on or after the start date."),
            ),
            # An event is in a series with an edition number, or in neither.
            models.CheckConstraint(
                condition=Q(series__isnull=True, edition__isnull=True)
                | Q(series__isnull=False, edition__isnull=False),
                name="event_series_has_edition",
                violation_error_message=_("An event in a series needs an edition number."),
            ),
            models.UniqueConstraint(
                fields=["series", "edition"],
                condition=Q(series__isnull=False),
                name="event_unique_edition_in_series",
                violation_error_message=_("This edition number is already taken in the series."),
            ),
            models.UniqueConstraint(
                ExtractYear("start_date"),
                "slug",
                name="event_unique_slug_per_year",
                violation_error_message=_(
                    "Another event starting in the same year already has this slug."
                ),
            ),
            models.CheckConstraint(
                condition=Q(participant_count__isnull=True) | Q(participant_count__gte=0),
                name="event_participants_not_negative",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "events:event-detail", kwargs={"year": self.start_date.year, "slug": self.slug}
        )

    def get_card_url(self):
        """The share card (og:image) drawn for the event."""
        return reverse(
            "events:event-card", kwargs={"year": self.start_date.year, "slug": self.slug}
        )

    def get_ics_url(self):
        return reverse("events:event-ics", kwargs={"year": self.start_date.year, "slug": self.slug})

    def get_preview_url(self):
        """Where staff see the event as the public will (core.views.StaffPreviewMixin)."""
        return reverse("events:event-preview", kwargs={"pk": self.pk})

    def clean(self):
        super().clean()
        errors = {}
        if self.dates_unconfirmed and self.status == self.Status.PUBLISHED:
            errors["status"] = _(
                "The dates of this copy are only placeholders: set the real dates (or "
                "untick “placeholder dates of a copy”) before publishing."
            )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date must be on or after the start date.")
        elif self.start_date and self.end_date and self.date_precision != DatePrecision.DAY:
            # A month-only event runs from the 1st to the last day of its month(s): what
            # "upcoming" and "past" read, though the page shows only the month.
            if not is_period_start(self.start_date, self.date_precision):
                errors["start_date"] = _(
                    "An event known only by its month or year starts on the first day of it."
                )
            elif not is_period_end(self.end_date, self.date_precision):
                errors["end_date"] = _(
                    "An event known only by its month or year ends on the last day of it."
                )
        if self.series_id and self.edition is None:
            errors["edition"] = _("An event in a series needs an edition number.")
        elif self.edition is not None and not self.series_id:
            errors["edition"] = _("An edition number needs a series; choose one or clear it.")
        elif self.series_id and self.edition is not None:
            taken = (
                Event.objects.filter(series_id=self.series_id, edition=self.edition)
                .exclude(pk=self.pk)
                .first()
            )
            if taken:
                errors["edition"] = _(
                    "The %(ordinal)s edition of this series is already taken by “%(title)s”."
                ) % {"ordinal": ordinal_title(self.edition), "title": taken.title}
        if errors:
            raise ValidationError(errors)

    @property
    def is_public(self) -> bool:
        """What the public sees now; an event has no publish time, its status says it."""
        return self.status == self.Status.PUBLISHED

    @property
    def year(self) -> int:
        return self.start_date.year

    @property
    def has_exact_dates(self) -> bool:
        """Known to the day: what calendars can carry (a month is no 31-day block)."""
        return self.date_precision == DatePrecision.DAY

    @property
    def edition_ordinal(self) -> str:
        """ "Ninth" ("Девятый", "Тоғызыншы") for edition 9, in the active language, as the
        interface's "… edition of the series" sentence needs it (Russian: masculine, for
        "выпуск"); empty when the event is not numbered."""
        if not self.edition:
            return ""
        return ordinal_title(self.edition, current_language())

    @property
    def participants_text(self) -> str:
        """ "over 220 participants, including judges…"; the note alone without a number."""
        number = qualified_number(self.participant_count, self.participant_qualifier)
        return " ".join(part for part in (number, self.participant_note) if part)

    @property
    def place(self) -> str:
        """ "Astana, Kazakhstan"; just the country when the city is not known."""
        parts = [self.venue, self.city, country_name(self.country) if self.country else ""]
        return ", ".join(part for part in parts if part)

    # Grouping helpers read self.roles.all() / self.sessions.all(), which the detail view
    # prefetches so that they cost no further queries.
    def organisations_by_role(self) -> list[tuple[str, list["EventOrganisation"]]]:
        return _by_role(self.roles.all())

    def organised_by_us(self) -> bool:
        """Whether LPRC is among the organisers, in any account (reads the prefetched
        roles)."""
        return any(
            role.organisation.is_site_owner and role.role in EventOrganisation.ORGANISING_ROLES
            for role in self.roles.all()
        )

    def we_take_part(self) -> bool:
        """Whether LPRC has any role in it (reads the prefetched roles)."""
        return any(role.organisation.is_site_owner for role in self.roles.all())

    def organisers(self) -> list[Organisation]:
        """The organisers the main account names (reads the prefetched roles)."""
        accounts = self.role_accounts()
        if not accounts:
            return []
        return [
            row.organisation
            for _label, rows in accounts[0].groups
            for row in rows
            if row.role in EventOrganisation.ORGANISING_ROLES
        ]

    def role_accounts(self) -> list["RoleAccount"]:
        """The organisations and their roles as each source gives them: the main account
        first (the main source's roles, with those no source is given for), then each
        other source's, so that two lists are never shown without saying whose they are."""
        by_source: dict[int | None, list[EventOrganisation]] = {}
        for role in self.roles.all():
            by_source.setdefault(role.source_id, []).append(role)
        keys = list(by_source)
        if self.main_source_id in by_source:
            keys.remove(self.main_source_id)
            keys.insert(0, self.main_source_id)
        elif None in by_source:
            keys.remove(None)
            keys.insert(0, None)
        return [
            RoleAccount(
                source=by_source[key][0].source if key is not None else None,
                groups=_by_role(by_source[key]),
                main=index == 0,
            )
            for index, key in enumerate(keys)
        ]


class RoleAccount:
    """One source's list of an event's organisations by role (Event.role_accounts)."""

    __slots__ = ("groups", "main", "source")

    def __init__(self, *, source, groups, main):
        self.source = source
        self.groups = groups
        self.main = main


def _by_role(rows) -> list[tuple[str, list["EventOrganisation"]]]:
    groups: dict[str, list[EventOrganisation]] = {}
    for row in rows:
        groups.setdefault(row.role, []).append(row)
    return [
        (label, groups[value]) for value, label in EventOrganisation.Role.choices if value in groups
    ]


class EventOrganisation(CleanTextMixin, models.Model):
    """An organisation's role in an event: organiser, co-organiser, partner, supporter, funder."""

    class Role(models.TextChoices):
        ORGANISER = "organiser", _("Organiser")
        CO_ORGANISER = "co-organiser", _("Co-organiser")
        PARTNER = "partner", _("Partner")
        SUPPORTER = "supporter", _("Supporter")
        FUNDER = "funder", _("Funder")

    ORGANISING_ROLES = (Role.ORGANISER, Role.CO_ORGANISER)

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="roles", verbose_name=_("event")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="event_roles",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("source"),
        help_text=_("Who names the organisation in this role."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["event", "order", "pk"]
        verbose_name = _("organisation role")
        verbose_name_plural = _("organisations and their roles")
        constraints = [
            # Two sources may both name an organisation in the same role.
            models.UniqueConstraint(
                fields=["event", "organisation", "role", "source"],
                name="event_organisation_unique_role_per_source",
                violation_error_message=_(
                    "This organisation already has this role here, from the same source."
                ),
            ),
            models.UniqueConstraint(
                fields=["event", "organisation", "role"],
                condition=Q(source__isnull=True),
                name="event_organisation_unique_role_unsourced",
                violation_error_message=_("This organisation already has this role here."),
            ),
        ]
        indexes = [models.Index(fields=["organisation", "role"], name="event_org_role")]

    def __str__(self):
        return f"{self.organisation.display_name}: {self.get_role_display()}"


class ParticipantCount(CleanTextMixin, models.Model):
    """Another source's number of participants, shown as theirs beside the event's own
    ("UNODC's article counts about 60 stakeholders")."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="other_counts", verbose_name=_("event")
    )
    number = models.PositiveIntegerField(_("number"))
    qualifier = models.CharField(
        _("the number is"),
        max_length=10,
        choices=CountQualifier.choices,
        default=CountQualifier.EXACT,
    )
    note = models.CharField(
        _("who they were"),
        max_length=255,
        blank=True,
        help_text=_("What follows the number in the source, e.g. “stakeholders”."),
    )
    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, related_name="+", verbose_name=_("source")
    )

    class Meta:
        ordering = ["event", "pk"]
        verbose_name = _("number of participants in another source")
        verbose_name_plural = _("numbers of participants in other sources")

    def __str__(self):
        return self.text

    @property
    def text(self) -> str:
        number = qualified_number(self.number, self.qualifier)
        return " ".join(part for part in (number, self.note) if part)


# Languages a quote may be in: the site's own and the region's.
QUOTE_LANGUAGES = [
    ("en", _("English")),
    ("ru", _("Russian")),
    ("kk", _("Kazakh")),
    ("ky", _("Kyrgyz")),
    ("uz", _("Uzbek")),
    ("tg", _("Tajik")),
    ("tk", _("Turkmen")),
    ("mn", _("Mongolian")),
]


class QuoteQuerySet(models.QuerySet):
    def public(self):
        return self.filter(event__status=Event.Status.PUBLISHED)

    def for_display(self):
        return self.select_related(
            "person__organisation",
            "organisation",
            "on_behalf_of",
            "source__publisher",
            "event",
        )


class Quote(CleanTextMixin, StoredMarkdownMixin, models.Model):
    """What someone said at an event, as a source reports it: their own words, or their
    remarks in the source's words; with the title and organisation they had then."""

    class Kind(models.TextChoices):
        QUOTE = "quote", _("Their own words (a quotation)")
        REMARKS = "remarks", _("Their remarks, in the source's words")

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="quotes", verbose_name=_("event")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.QUOTE)
    person = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        related_name="quotes",
        verbose_name=_("who"),
        help_text=_("Choose from People, or add the person with the + button."),
    )
    title_at_the_time = models.CharField(
        _("their title then"),
        max_length=255,
        blank=True,
        help_text=_("As the source gives it, e.g. “Head of Cooperation”."),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="quotes",
        verbose_name=_("their organisation then"),
        help_text=_("Leave empty for the person's organisation."),
    )
    on_behalf_of = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="quotes_on_behalf",
        verbose_name=_("speaking on behalf of"),
    )
    on_behalf_of_title = models.CharField(
        _("their title then"),
        max_length=255,
        blank=True,
        help_text=_("The title of the person spoken for, e.g. “the EU Ambassador”."),
    )
    words = models.TextField(
        _("words"),
        help_text=format_lazy(
            "{} {}",
            _("Exactly as the source gives them, without quotation marks."),
            MARKDOWN_HELP,
        ),
    )
    words_html = RenderedHTMLField()
    language = models.CharField(_("language"), max_length=5, choices=QUOTE_LANGUAGES, default="en")
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("source"),
    )
    # Who spoke, as text, for the search (its stored document cannot read another table).
    speaker = models.CharField(_("speaker"), max_length=255, blank=True, editable=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = QuoteQuerySet.as_manager()
    markdown_fields = ("words",)

    class Meta:
        ordering = ["event", "order", "pk"]
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        indexes = [models.Index(fields=["organisation", "event"], name="quote_organisation")]

    def __str__(self):
        return f"{self.person.name}: {self.words[:60]}"

    def save(self, *args, **kwargs):
        if self.organisation_id is None and self.person_id is not None:
            self.organisation_id = self.person.organisation_id
        names = [self.person.full_name] if self.person_id else []
        if self.on_behalf_of_id:
            names.append(self.on_behalf_of.full_name)
        self.speaker = ", ".join(names)[:255]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{self.event.get_absolute_url()}#quote-{self.pk}"

    @property
    def title_then(self) -> str:
        return self.title_at_the_time or self.person.position


class Session(CleanTextMixin, TranslatedTextsMixin, StoredMarkdownMixin, models.Model):
    class Kind(models.TextChoices):
        SESSION = "session", _("Session")
        PLENARY = "plenary", _("Plenary session")
        PANEL = "panel", _("Panel")
        WORKING_GROUP = "working-group", _("Working group")
        SIDE_EVENT = "side-event", _("Side event")

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("event")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SESSION)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP)
    description_html = RenderedHTMLField()
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    leading_organisations = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="led_sessions",
        verbose_name=_("leading organisations"),
    )
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("source"),
        help_text=_("Where the session is reported."),
    )

    markdown_fields = ("description",)

    class Meta:
        ordering = ["event", "order", "pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return self.title


def _image_validators():
    return [MaxFileSizeValidator(15 * MB), WebImageValidator()]


class Photo(CleanTextMixin, TranslatedTextsMixin, models.Model):
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="photos", verbose_name=_("event")
    )
    # Re-encoded on upload (no EXIF, no hidden payload), then resized into renditions.
    image = WebImageField(
        _("image"),
        upload_to=HashedUploadTo("events/photos"),
        width_field="width",
        height_field="height",
        validators=_image_validators(),
        help_text=_("JPEG, PNG, WebP or GIF, at most 15 MB; web sizes are made on saving."),
    )
    width = models.PositiveIntegerField(editable=False, null=True)
    height = models.PositiveIntegerField(editable=False, null=True)
    # Renditions made by services.photo_make_renditions: what pages actually load.
    web_image = models.ImageField(
        upload_to=HashedUploadTo("events/photos/web"), blank=True, editable=False
    )
    thumbnail = models.ImageField(
        upload_to=HashedUploadTo("events/photos/thumbs"), blank=True, editable=False
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    alt_text = models.CharField(
        _("description"),
        max_length=255,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it; the caption if empty."),
    )
    credit = models.CharField(_("credit"), max_length=150, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["event", "order", "pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.caption or self.image.name

    def save(self, *args, **kwargs):
        # A file just uploaded (not yet in storage) needs new renditions; a caption edit not.
        new_upload = bool(self.image) and not getattr(self.image, "_committed", True)
        super().save(*args, **kwargs)
        if new_upload or (self.image and not self.web_image):
            from .services import photo_make_renditions

            photo_make_renditions(photo=self)

    @property
    def alt(self) -> str:
        return self.alt_text or self.caption

    @property
    def web_url(self) -> str:
        return (self.web_image or self.image).url

    @property
    def thumbnail_url(self) -> str:
        return (self.thumbnail or self.web_image or self.image).url


class Document(CleanTextMixin, TranslatedTextsMixin, models.Model):
    class Kind(models.TextChoices):
        AGENDA = "agenda", _("Agenda")
        PRESENTATION = "presentation", _("Presentation")
        OTHER = "other", _("Other document")

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="documents", verbose_name=_("event")
    )
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.AGENDA)
    file = models.FileField(
        _("file"),
        upload_to=HashedUploadTo("events/documents"),
        # EventDocumentValidator checks the extension too, with a message in plain words.
        validators=[MaxFileSizeValidator(20 * MB), EventDocumentValidator()],
        help_text=_("PDF, Word (.docx), PowerPoint (.pptx) or Excel (.xlsx), at most 20 MB."),
    )
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["event", "order", "pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file:
            with contextlib.suppress(OSError):
                self.size = self.file.size
        super().save(*args, **kwargs)

    @property
    def file_format(self) -> str:
        return document_format(self.file.name).upper()
