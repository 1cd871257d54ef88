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

from core.formatting import MARKDOWN_HELP, RenderedHTMLField, StoredMarkdownMixin
from core.languages import TranslatedTextsMixin
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


class Organisation(TranslatedTextsMixin, StoredMarkdownMixin, models.Model):
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
    country = CountryField(_("country"), blank=True, help_text=_("Where it is based."))
    website = models.URLField(_("website"), blank=True)
    logo = WebImageField(
        _("logo"),
        upload_to=HashedUploadTo("logos"),
        blank=True,
        validators=[MaxFileSizeValidator(2 * MB), WebImageValidator()],
        help_text=_("PNG, JPEG, WebP or GIF, at most 2 MB."),
    )
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


class Person(TranslatedTextsMixin, models.Model):
    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="people",
        verbose_name=_("organisation"),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
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


class SustainableDevelopmentGoal(models.Model):
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


class ProjectQuerySet(models.QuerySet):
    def current(self, today=None):
        today = today or timezone.localdate()
        return self.filter(Q(end_date__isnull=True) | Q(end_date__gte=today))

    def past(self, today=None):
        today = today or timezone.localdate()
        return self.filter(end_date__lt=today)

    def with_participants(self):
        return self.prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related("organisation"),
            )
        )


class Project(TranslatedTextsMixin, StoredMarkdownMixin, models.Model):
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
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
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
    organisations = models.ManyToManyField(
        Organisation, through="Participation", related_name="projects"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProjectQuerySet.as_manager()
    markdown_fields = ("summary", "description")

    class Meta:
        ordering = ["-start_date", "title"]
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

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The end date must be on or after the start date.")}
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
        return self.end_date is None or self.end_date >= timezone.localdate()

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

    @property
    def eu_share(self) -> Decimal | None:
        """Share of the budget (in %) given by the European Union, if it funds the project."""
        for share in self.funding_split():
            if share.organisation.is_european_union:
                return share.share
        return None

    def implementers(self) -> list[Organisation]:
        roles = {Participation.Role.LEAD, Participation.Role.CO_IMPLEMENTER}
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


class Participation(models.Model):
    class Role(models.TextChoices):
        LEAD = "lead", _("Lead implementer")
        CO_IMPLEMENTER = "co-implementer", _("Co-implementer")
        PARTNER = "partner", _("Partner")
        FUNDER = "funder", _("Funder")
        CO_FUNDER = "co-funder", _("Co-funder")

    FUNDING_ROLES = (Role.FUNDER, Role.CO_FUNDER)

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
