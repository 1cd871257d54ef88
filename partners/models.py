from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Q, Sum
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.dates import DatePrecision, is_period_end, is_period_start, precise_date_plain
from core.formatting import MARKDOWN_HELP, RenderedHTMLField, StoredMarkdownMixin
from core.languages import TranslatedTextsMixin
from core.text import CleanTextMixin
from core.uploads import (
    MB,
    HashedUploadTo,
    MaxFileSizeValidator,
    WebImageField,
    WebImageValidator,
)


class Currency(models.TextChoices):
    EUR = "EUR", _("Euro")
    USD = "USD", _("US dollar")
    KZT = "KZT", _("Kazakhstani tenge")
    KGS = "KGS", _("Kyrgyz som")
    GBP = "GBP", _("Pound sterling")
    CHF = "CHF", _("Swiss franc")


class OrganisationQuerySet(models.QuerySet):
    def funders(self):
        return self.filter(participations__role__in=Participation.FUNDING_ROLES).distinct()


class Organisation(CleanTextMixin, TranslatedTextsMixin, StoredMarkdownMixin, models.Model):
    class Kind(models.TextChoices):
        CIVIL_SOCIETY = "civil-society", _("Civil society organisation")
        INTERNATIONAL = "international", _("International organisation")
        GOVERNMENT = "government", _("Government body")
        COURT = "court", _("Court")
        DONOR = "donor", _("Donor")
        ACADEMIC = "academic", _("Academic institution")
        MEDIA = "media", _("Media")

    name = models.CharField(_("name"), max_length=255, unique=True)
    short_name = models.CharField(
        _("short name"),
        max_length=40,
        blank=True,
        help_text=_("The acronym people know, such as LPRC, IPHR or UNODC."),
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    # An academy of a ministry is academic and a government body; a State Department
    # bureau that funds a forum is a government body and a donor.
    other_kinds = models.JSONField(
        _("also"),
        default=list,
        blank=True,
        help_text=_("Any other kind it is as well."),
    )
    country = CountryField(_("country"), blank=True, help_text=_("Where it is based."))
    website = models.URLField(_("website"), blank=True)
    logo = WebImageField(
        _("logo"),
        upload_to=HashedUploadTo("logos"),
        blank=True,
        width_field="logo_width",
        height_field="logo_height",
        validators=[MaxFileSizeValidator(2 * MB), WebImageValidator()],
        help_text=_(
            "PNG, JPEG, WebP or GIF (not SVG), at most 2 MB; shown on partner lists, "
            "organiser lists and release PDFs."
        ),
    )
    logo_width = models.PositiveIntegerField(null=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, editable=False)
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP)
    description_html = RenderedHTMLField()
    funder_statement = models.TextField(
        _("funder statement"),
        blank=True,
        help_text=format_lazy(
            "{} {}",
            _(
                "For funders: the statement and contacts printed on releases of the projects "
                "they fund, e.g. the EU Delegation's address."
            ),
            MARKDOWN_HELP,
        ),
    )
    funder_statement_html = RenderedHTMLField()
    is_european_union = models.BooleanField(
        _("is the European Union"),
        default=False,
        help_text=_(
            "Tick for the European Union itself (not a delegation): its share of each "
            "project's budget is reported as the EU share. Only one organisation can be it."
        ),
    )
    is_site_owner = models.BooleanField(
        _("is LPRC"),
        default=False,
        help_text=_(
            "Tick for the organisation this site belongs to (LPRC): the site calls its "
            "projects and events “ours” and those of others “with partners”. Only one "
            "organisation can be it."
        ),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OrganisationQuerySet.as_manager()
    markdown_fields = ("description", "funder_statement")

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["is_european_union"],
                condition=Q(is_european_union=True),
                name="organisation_one_european_union",
                violation_error_message=_("Another organisation is already the European Union."),
            ),
            models.UniqueConstraint(
                fields=["is_site_owner"],
                condition=Q(is_site_owner=True),
                name="organisation_one_site_owner",
                violation_error_message=_("Another organisation is already LPRC."),
            ),
        ]

    def __str__(self):
        if self.short_name and self.short_name != self.name:
            return f"{self.name} ({self.short_name})"
        return self.name

    def get_absolute_url(self):
        return reverse("partners:organisation-detail", kwargs={"slug": self.slug})

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    @property
    def kinds(self) -> list[str]:
        """Its kind first, then the others (values of Kind)."""
        return [self.kind, *(k for k in self.other_kinds or () if k != self.kind)]

    def get_kinds_display(self) -> str:
        labels = dict(self.Kind.choices)
        return ", ".join(str(labels.get(kind, kind)) for kind in self.kinds)

    def clean(self):
        super().clean()
        known = set(self.Kind.values)
        if not isinstance(self.other_kinds, list) or not set(self.other_kinds) <= known:
            raise ValidationError({"other_kinds": _("Choose kinds from the list.")})
        self.other_kinds = [k for k in self.Kind.values if k in self.other_kinds and k != self.kind]


# Honorifics written after the name (Kazakh's "Mr" and "Ms").
HONORIFICS_AFTER_THE_NAME = frozenset({"мырза", "ханым"})


class Person(CleanTextMixin, TranslatedTextsMixin, models.Model):
    honorific = models.CharField(
        _("honorific"),
        max_length=20,
        blank=True,
        help_text=_("As the source writes it: Mr, Ms, Dr, H.E."),
    )
    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(
        _("position"),
        max_length=200,
        blank=True,
        help_text=_("Their position now; a quote keeps the title they had when they spoke."),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="people",
        verbose_name=_("organisation"),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    phone_note = models.CharField(
        _("about the number"),
        max_length=60,
        blank=True,
        help_text=_("What the source says of it, e.g. “WhatsApp”."),
    )
    email = models.EmailField(_("email"), blank=True)
    is_press_contact = models.BooleanField(
        _("press contact"), default=False, help_text=_("Shown to journalists on releases.")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(fields=["name", "organisation"], name="person_unique_per_org"),
        ]

    def __str__(self):
        return f"{self.name}, {self.organisation.display_name}"

    def get_absolute_url(self):
        # People have no page of their own: their organisation's page lists their words.
        return self.organisation.get_absolute_url()

    @property
    def full_name(self) -> str:
        """ "Dr Iotam Lerer", "H.E. Marilyn Josefson", "г-жа Ашита Миттал"; Kazakh's
        "мырза" and "ханым" follow the name ("Ашита Миттал ханым")."""
        if self.honorific.casefold() in HONORIFICS_AFTER_THE_NAME:
            return f"{self.name} {self.honorific}"
        return f"{self.honorific} {self.name}".strip()

    @property
    def position_names_organisation(self) -> bool:
        """ "LPRC coordinator" says the organisation already: no ", LPRC" after it."""
        org = self.organisation
        return any(name and name in self.position for name in (org.short_name, org.name))


class Source(CleanTextMixin, models.Model):
    """Where a fact comes from: a press release on this site, an article (a coverage item
    or another one), or a named document. Roles, counts, quotes and a project's dates and
    figures cite one, so that two organisations' accounts of one event can both be shown,
    each as theirs.

    Sources of releases and coverage items are kept by the site itself (``origin`` names
    the item, pressroom keeps title, date and page up to date); staff add named documents.
    """

    class Kind(models.TextChoices):
        RELEASE = "release", _("Press release")
        ARTICLE = "article", _("Article")
        DOCUMENT = "document", _("Document")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    publisher = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sources",
        verbose_name=_("published by"),
    )
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    url = models.URLField(
        _("address"),
        max_length=500,
        blank=True,
        help_text=_("Where the public can read it, if it is online."),
    )
    # Kept by the site for sources that are pages of its own (a release, a coverage item).
    origin = models.CharField(_("origin"), max_length=60, null=True, blank=True, unique=True)
    page = models.CharField(_("page on this site"), max_length=300, blank=True, editable=False)
    public_from = models.DateTimeField(_("public from"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = [models.F("date").desc(nulls_last=True), "title"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        parts = [self.get_kind_display()]
        if self.publisher_id:
            parts.insert(0, self.publisher.display_name)
        label = " ".join(parts)
        if self.date:
            label += f", {precise_date_plain(self.date, self.date_precision)}"
        return f"{label}: {self.title}"

    @property
    def is_managed(self) -> bool:
        """Kept by the site from a release or a coverage item: staff change that instead."""
        return bool(self.origin)

    @property
    def is_public(self) -> bool:
        """Whether the public may read its title and follow it: a release only once it
        is public itself (a draft's or an embargoed release's title stays hidden)."""
        if self.kind != self.Kind.RELEASE:
            return True
        return self.public_from is not None and self.public_from <= timezone.now()

    @property
    def link(self) -> str:
        if not self.is_public:
            return ""
        return self.page or self.url


def source_sync(*, origin: str, **values) -> Source:
    """Create or bring up to date the source an item of the site is (``origin`` names it,
    such as "release:12"); saved only when something differs, so re-saving an unchanged
    release changes nothing here."""
    source = Source.objects.filter(origin=origin).first()
    if source is None:
        return Source.objects.create(origin=origin, **values)
    changed = [
        name for name, value in values.items() if getattr(source, _attname(name)) != _pk(value)
    ]
    if changed:
        for name in changed:
            setattr(source, name, values[name])
        source.save()
    return source


def _attname(name):
    return "publisher_id" if name == "publisher" else name


def _pk(value):
    return value.pk if isinstance(value, models.Model) else value


class SustainableDevelopmentGoal(CleanTextMixin, models.Model):
    """The 17 UN Sustainable Development Goals, created by a data migration."""

    number = models.PositiveSmallIntegerField(
        _("number"), primary_key=True, validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["number"]
        verbose_name = _("sustainable development goal")
        verbose_name_plural = _("sustainable development goals")

    def __str__(self):
        return f"SDG {self.number}: {self.name}"


class DacSector(models.TextChoices):
    """OECD DAC 5-digit purpose codes of the governance and civil society group, where
    LPRC's work falls; IATI reports a project's sector with one of them (vocabulary 1)."""

    PUBLIC_SECTOR_POLICY = "15110", _("Public sector policy and administrative management")
    LEGAL_JUDICIAL = "15130", _("Legal and judicial development")
    DEMOCRATIC_PARTICIPATION = "15150", _("Democratic participation and civil society")
    HUMAN_RIGHTS = "15160", _("Human rights")
    WOMENS_RIGHTS = (
        "15170",
        _("Women's rights organisations and movements, and government institutions"),
    )
    ENDING_VIOLENCE = "15180", _("Ending violence against women and girls")
    SECURITY_SYSTEM = "15210", _("Security system management and reform")
    PEACE_BUILDING = "15220", _("Civilian peace-building, conflict prevention and resolution")


class ProjectQuerySet(models.QuerySet):
    def current(self, today=None):
        """Not over: ending today or later, or started with no end set (ongoing). A
        project whose dates no source gives is neither current nor past (undated())."""
        today = today or timezone.localdate()
        return self.filter(
            Q(end_date__gte=today) | Q(end_date__isnull=True, start_date__isnull=False)
        )

    def past(self, today=None):
        today = today or timezone.localdate()
        return self.filter(end_date__lt=today)

    def undated(self):
        return self.filter(start_date__isnull=True, end_date__isnull=True)

    def with_ownership(self):
        """Each project says whether LPRC (the site's organisation) runs it: ``is_ours``."""
        ours = Participation.objects.filter(
            project=models.OuterRef("pk"),
            organisation__is_site_owner=True,
            role__in=Participation.IMPLEMENTING_ROLES,
        )
        return self.annotate(is_ours=models.Exists(ours))

    def with_participants(self):
        return self.prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related("organisation", "source__publisher"),
            )
        )


class Project(CleanTextMixin, TranslatedTextsMixin, StoredMarkdownMixin, models.Model):
    title = models.CharField(_("title"), max_length=300)
    short_name = models.CharField(
        _("short name"), max_length=40, blank=True, help_text=_("For example JUST4ALL.")
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    summary = models.TextField(
        _("summary"),
        help_text=format_lazy("{} {}", _("One or two sentences for lists."), MARKDOWN_HELP),
    )
    summary_html = RenderedHTMLField()
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP)
    description_html = RenderedHTMLField()
    # As precise as the sources give them (core.dates): "from the beginning of 2024 to the
    # end of 2026" is 2024 to 2026, known to the year; a source that gives only a length
    # ("a four-year project") leaves both dates empty and fills duration_months.
    start_date = models.DateField(_("start date"), null=True, blank=True)
    start_precision = models.CharField(
        _("precision of the start"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    end_date = models.DateField(_("end date"), null=True, blank=True)
    end_precision = models.CharField(
        _("precision of the end"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    duration_months = models.PositiveSmallIntegerField(
        _("length in months"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "When the sources state a length: 36 for “designed for 3 years”, 48 for a "
            "“four-year project” whose dates they do not give."
        ),
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    sdg_goals = models.ManyToManyField(
        SustainableDevelopmentGoal,
        blank=True,
        related_name="projects",
        verbose_name=_("SDG goals"),
    )
    total_budget = models.DecimalField(
        _("total budget"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency, default=Currency.EUR)
    dates_source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("source of the dates"),
    )
    budget_source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("source of the budget"),
    )
    organisations = models.ManyToManyField(
        Organisation, through="Participation", related_name="projects"
    )
    # What IATI (the International Aid Transparency Initiative) needs to publish the
    # project as an activity; opendata/ writes the file and the admin shows what is missing.
    iati_identifier = models.CharField(
        _("IATI activity identifier"),
        max_length=150,
        blank=True,
        help_text=_(
            "The identifier the project has in IATI and keeps for ever: the reporting "
            "organisation's identifier, a hyphen and a code of the project's own (for a "
            "partner's project, the identifier its lead organisation gave it). Leave blank "
            "until it is agreed: the open-data file then uses one made from the address."
        ),
    )
    dac_sector = models.CharField(
        _("sector (OECD DAC)"),
        max_length=5,
        choices=DacSector.choices,
        default=DacSector.LEGAL_JUDICIAL,
        blank=True,
        help_text=_("The purpose code IATI reports the project under."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProjectQuerySet.as_manager()
    markdown_fields = ("summary", "description")

    class Meta:
        # Newest first; projects whose start no source gives come last on every database.
        ordering = [models.F("start_date").desc(nulls_last=True), "title"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        indexes = [models.Index(fields=["end_date"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="project_end_after_start",
            ),
            models.CheckConstraint(
                condition=Q(total_budget__isnull=True) | Q(total_budget__gte=0),
                name="project_budget_not_negative",
            ),
        ]

    def __str__(self):
        return self.short_name or self.title

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if self.pk is None or (update_fields is not None and "total_budget" not in update_fields):
            super().save(*args, **kwargs)
            return
        # A lower budget must still cover what the funders already give (see check_budget).
        # Reading the stored budget locks the row, as Participation.save() does.
        with transaction.atomic(using=kwargs.get("using")):
            stored = list(
                Project.objects.select_for_update()
                .filter(pk=self.pk)
                .values_list("total_budget", flat=True)
            )
            lowered = self.total_budget is not None and (
                not stored or stored[0] is None or self.total_budget < stored[0]
            )
            if lowered:
                self.check_budget(Project.saved_contributions(self.pk))
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("partners:project-detail", kwargs={"slug": self.slug})

    def get_card_url(self):
        """The share card (og:image) drawn for the project."""
        return reverse("partners:project-card", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The end date must be on or after the start date.")}
            )
        if self.start_date and not is_period_start(self.start_date, self.start_precision):
            raise ValidationError(
                {"start_date": _("A start known only to the month or year is its first day.")}
            )
        if self.end_date and not is_period_end(self.end_date, self.end_precision):
            raise ValidationError(
                {"end_date": _("An end known only to the month or year is its last day.")}
            )

    # The rule "contributions never exceed the budget" lives here, once: Participation.save()
    # and Project.save() call it (so the admin's inline, the demo loaders and any code
    # saving through the ORM pass through it), the admin's participation formset calls it
    # with the rows being edited, and bulk loads call it before bulk_create().
    def check_budget(self, contributions) -> None:
        """Raise ValidationError if ``contributions`` (amounts, None for undisclosed ones)
        add up to more than the total budget; a project without a budget takes any."""
        total = sum((amount or Decimal(0) for amount in contributions), Decimal(0))
        if self.total_budget is not None and total > self.total_budget:
            raise ValidationError(
                _(
                    "The contributions add up to %(total)s %(currency)s, more than the "
                    "total budget of %(budget)s %(currency)s."
                ),
                code="over_budget",
                params={
                    "total": floatformat(total, "2g"),
                    "budget": floatformat(self.total_budget, "2g"),
                    "currency": self.currency,
                },
            )

    @staticmethod
    def saved_contributions(project_id, *, exclude_pk=None) -> list[Decimal]:
        """The project's contributions as stored (one query), leaving out one row if asked."""
        rows = Participation.objects.filter(project_id=project_id, contribution__isnull=False)
        if exclude_pk is not None:
            rows = rows.exclude(pk=exclude_pk)
        total = rows.aggregate(total=Sum("contribution"))["total"]
        return [total] if total is not None else []

    @property
    def is_current(self) -> bool:
        if self.end_date is None:
            return self.start_date is not None
        return self.end_date >= timezone.localdate()

    @property
    def is_dated(self) -> bool:
        return self.start_date is not None or self.end_date is not None

    # Derived values below read self.participations.all(), which a view prefetches
    # (ProjectQuerySet.with_participants) so that they cost no further queries.
    def participations_by_role(self) -> list[tuple[str, list["Participation"]]]:
        groups: dict[str, list[Participation]] = {}
        # By the name shown, in the visitor's language: the database's order reads one
        # language's column (core.languages).
        participations = sorted(self.participations.all(), key=lambda p: p.organisation.name)
        for participation in participations:
            groups.setdefault(participation.role, []).append(participation)
        return [
            (label, groups[value]) for value, label in Participation.Role.choices if value in groups
        ]

    def funding_split(self) -> list["FundingShare"]:
        funders = [
            p
            for p in self.participations.all()
            if p.role in Participation.FUNDING_ROLES or p.contribution is not None
        ]
        # Largest contribution first; funders whose amount is not public come last.
        funders.sort(
            key=lambda p: (p.contribution is None, -(p.contribution or 0), p.organisation.name)
        )
        return [
            FundingShare(
                organisation=p.organisation,
                role=p.get_role_display(),
                amount=p.contribution,
                currency=self.currency,
                share=percentage(p.contribution, self.total_budget),
            )
            for p in funders
        ]

    def stated_funding(self) -> list["FundingShare"]:
        """The funders whose amount a source states, largest first."""
        return [share for share in self.funding_split() if share.amount is not None]

    def unstated_funders(self) -> list["FundingShare"]:
        """Funders and co-funders whose amount no source states."""
        return [share for share in self.funding_split() if share.amount is None]

    def unattributed_funding(self) -> "FundingShare | None":
        """The part of the budget no stated contribution covers (EUR 38,895 of the Rule of
        Law for All's EUR 777,895): shown as such, never given to anyone. None when no
        amount is stated at all, or when the stated ones cover the budget."""
        stated = [share.amount for share in self.stated_funding()]
        if self.total_budget is None or not stated:
            return None
        rest = self.total_budget - sum(stated, Decimal(0))
        if rest <= 0:
            return None
        return FundingShare(
            organisation=None,
            role="",
            amount=rest,
            currency=self.currency,
            share=percentage(rest, self.total_budget),
        )

    def site_owner_roles(self) -> list["Participation"]:
        """LPRC's participations in the project (from the prefetched participations)."""
        return [p for p in self.participations.all() if p.organisation.is_site_owner]

    @property
    def relation(self) -> str:
        """ "ours" (LPRC runs it), "partner" (LPRC takes part in another role) or
        "reported" (a partner's project LPRC only reports on); reads the prefetched
        participations."""
        roles = {p.role for p in self.site_owner_roles()}
        if roles & set(Participation.IMPLEMENTING_ROLES):
            return "ours"
        return "partner" if roles else "reported"

    def lead(self) -> "Organisation | None":
        for participation in self.participations.all():
            if participation.role == Participation.Role.LEAD:
                return participation.organisation
        return None

    @property
    def eu_share(self) -> Decimal | None:
        """Share of the budget (in %) given by the European Union, if it funds the project."""
        for share in self.funding_split():
            if share.organisation.is_european_union:
                return share.share
        return None

    def implementers(self) -> list[Organisation]:
        roles = set(Participation.IMPLEMENTING_ROLES)
        ordered = sorted(
            (p for p in self.participations.all() if p.role in roles),
            key=lambda p: (p.role != Participation.Role.LEAD, p.organisation.name),
        )
        return [p.organisation for p in ordered]

    def funders(self) -> list[Organisation]:
        return [share.organisation for share in self.funding_split()]


def percentage(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    if part is None or not whole:
        return None
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


class FundingShare:
    __slots__ = ("amount", "currency", "organisation", "role", "share")

    def __init__(self, *, organisation, role, amount, currency, share):
        self.organisation = organisation
        self.role = role
        self.amount = amount
        self.currency = currency
        self.share = share


ONLY_FUNDERS_CONTRIBUTE = _("Only a funder or co-funder contributes an amount.")
DATE_NEEDS_A_CONTRIBUTION = _(
    "The date is the date of a contribution: enter the amount too, or clear the date."
)


class Participation(CleanTextMixin, models.Model):
    class Role(models.TextChoices):
        LEAD = "lead", _("Lead implementer")
        CO_IMPLEMENTER = "co-implementer", _("Co-implementer")
        PARTNER = "partner", _("Partner")
        FUNDER = "funder", _("Funder")
        CO_FUNDER = "co-funder", _("Co-funder")

    FUNDING_ROLES = (Role.FUNDER, Role.CO_FUNDER)
    IMPLEMENTING_ROLES = (Role.LEAD, Role.CO_IMPLEMENTER)

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="participations", verbose_name=_("project")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="participations",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    contribution = models.DecimalField(
        _("contribution"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
        help_text=_("For funders: the amount given, in the project's currency."),
    )
    committed_on = models.DateField(
        _("committed on"),
        null=True,
        blank=True,
        help_text=_(
            "For a contribution: the date the funder agreed it (the contract's date). "
            "IATI reports a contribution only with its date."
        ),
    )
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("source"),
        help_text=_("Where the role (and the amount) is stated."),
    )

    class Meta:
        ordering = ["project", "role", "organisation__name"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "organisation", "role"], name="participation_unique_role"
            ),
            models.UniqueConstraint(
                fields=["project"],
                condition=Q(role="lead"),
                name="participation_one_lead_per_project",
                violation_error_message=_("A project has only one lead implementer."),
            ),
            models.CheckConstraint(
                condition=Q(contribution__isnull=True) | Q(contribution__gte=0),
                name="participation_contribution_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(contribution__isnull=True) | Q(role__in=["funder", "co-funder"]),
                name="participation_contribution_only_for_funders",
                violation_error_message=ONLY_FUNDERS_CONTRIBUTE,
            ),
            models.CheckConstraint(
                condition=Q(committed_on__isnull=True) | Q(contribution__isnull=False),
                name="participation_commitment_date_has_amount",
                violation_error_message=DATE_NEEDS_A_CONTRIBUTION,
            ),
        ]
        indexes = [models.Index(fields=["organisation", "role"])]

    def __str__(self):
        return f"{self.organisation.display_name}: {self.get_role_display()} of {self.project}"

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if self.contribution is None or (
            update_fields is not None and "contribution" not in update_fields
        ):
            super().save(*args, **kwargs)
            return
        # The project's row is locked (on PostgreSQL) until this transaction ends, so two
        # saves at once for the same project are checked one after the other, each
        # seeing what the other saved.
        with transaction.atomic(using=kwargs.get("using")):
            project = Project.objects.select_for_update().get(pk=self.project_id)
            others = Project.saved_contributions(self.project_id, exclude_pk=self.pk)
            project.check_budget([*others, self.contribution])
            super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.contribution is not None and self.role not in self.FUNDING_ROLES:
            raise ValidationError({"contribution": ONLY_FUNDERS_CONTRIBUTE})
        if self.committed_on is not None and self.contribution is None:
            raise ValidationError({"committed_on": DATE_NEEDS_A_CONTRIBUTION})


# Funders' visibility rules live in their own module (emblem, statements, disclaimers).
from .visibility import FunderVisibility  # noqa: E402, F401 - registers the model
