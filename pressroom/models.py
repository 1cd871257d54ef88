from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import ProtectedError, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from core.cache import cache_call
from core.dates import DatePrecision
from core.formatting import MARKDOWN_HELP, RenderedHTMLField, StoredMarkdownMixin
from core.languages import TranslatedTextsMixin, language_columns
from core.text import CleanTextMixin
from core.uploads import (
    MB,
    HashedUploadTo,
    MaxFileSizeValidator,
    PdfValidator,
    WebImageField,
    WebImageValidator,
)

OFFICIAL_PDF_MAX_BYTES = 10 * MB
# Downloads gather in the cache; once per this many seconds per release, one download adds
# them to the database (see pressroom.services.release_count_download). A download alone
# in its window is written at once; under load, one write serves thousands.
DOWNLOAD_FLUSH_SECONDS = 10


def downloads_cache_key(release_id: int) -> str:
    """Downloads counted in the cache and not yet in the database."""
    return f"pressroom:downloads:{release_id}"


def downloads_flush_key(release_id: int) -> str:
    """Present while a write of this release's downloads happened less than the window ago."""
    return f"pressroom:downloads-flushed:{release_id}"


class PressReleaseQuerySet(models.QuerySet):
    def published(self, now=None):
        """Published and past its publish time: what the public may see, anywhere."""
        now = now or timezone.now()
        return self.filter(status=PressRelease.Status.PUBLISHED, publish_at__lte=now)

    def for_cards(self):
        """What a list or card shows (includes/release_card.html): the project's name without
        a further query; not the body, nor the event, which a card never shows."""
        return self.select_related("project").defer("body", "body_html")


class PressRelease(CleanTextMixin, TranslatedTextsMixin, StoredMarkdownMixin, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("The last part of the address, e.g. rule-of-law-academy-2024."),
    )
    release_date = models.DateField(
        _("release date"), help_text=_("The date printed on the release.")
    )
    dateline_city = models.CharField(
        _("dateline city"), max_length=100, help_text=_("For example ASTANA or ALMATY.")
    )
    lead = models.TextField(
        _("lead"),
        help_text=format_lazy(
            "{} {}",
            _("The first paragraph: who, what, where, when. Shown in lists and feeds."),
            MARKDOWN_HELP,
        ),
    )
    lead_html = RenderedHTMLField()
    body = models.TextField(
        _("body"),
        blank=True,
        help_text=format_lazy("{} {}", _("The rest of the release."), MARKDOWN_HELP),
    )
    body_html = RenderedHTMLField()
    # An event may be deleted or merged; the release stays, it only loses the link.
    event = models.ForeignKey(
        "events.Event",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="press_releases",
        verbose_name=_("event"),
    )
    # Deleting a project would silently change what its published releases (and their
    # PDFs' funder statements) say, so it is refused while releases point at it.
    project = models.ForeignKey(
        "partners.Project",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="press_releases",
        verbose_name=_("project"),
        help_text=_("Its implementers and funders are printed on the PDF."),
    )
    contacts = models.ManyToManyField(
        "partners.Person",
        blank=True,
        related_name="press_releases",
        verbose_name=_("contact people"),
        help_text=_("Printed in the contact block for journalists."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        default=timezone.now,
        help_text=_(
            "A published release stays invisible everywhere public (lists, page, PDF, feeds) "
            "until this moment: use it for scheduled and embargoed releases."
        ),
    )
    official_pdf = models.FileField(
        _("official PDF"),
        upload_to=HashedUploadTo("press/pdf"),
        blank=True,
        validators=[
            FileExtensionValidator(["pdf"]),
            MaxFileSizeValidator(OFFICIAL_PDF_MAX_BYTES),
            PdfValidator(),
        ],
        help_text=_(
            "Optional, a PDF of at most 10 MB. When given, partners download this file "
            "instead of the PDF the site makes from the text."
        ),
    )
    cover_image = WebImageField(
        _("cover image"),
        upload_to=HashedUploadTo("press/covers"),
        blank=True,
        width_field="cover_width",
        height_field="cover_height",
        validators=[MaxFileSizeValidator(5 * MB), WebImageValidator()],
        help_text=_(
            "JPEG, PNG, WebP or GIF, at most 5 MB: shown on the release's page, its card in "
            "lists and its share card."
        ),
    )
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    cover_width = models.PositiveIntegerField(null=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, editable=False)
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PressReleaseQuerySet.as_manager()
    markdown_fields = ("lead", "body")

    class Meta:
        permissions = [("publish_pressrelease", _("Can publish and unpublish press releases"))]
        ordering = ["-release_date", "-publish_at"]
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")
        indexes = [
            # Lists: the published ones in date order, read until a page is full. With an
            # index on (status, publish_at) SQLite took that range and sorted every
            # published release for each list instead (/press/ 23 -> 14 ms at 2,000).
            models.Index(
                fields=["status", "-release_date", "-publish_at"], name="release_status_date"
            ),
            models.Index(fields=["-release_date", "-publish_at"], name="release_date_order"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published"]), name="release_status_valid"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.sync_source()

    def get_absolute_url(self):
        return reverse(
            "pressroom:release-detail",
            kwargs={"year": self.release_date.year, "slug": self.slug},
        )

    def clean(self):
        super().clean()
        # A release about an event is usually about its project too; saves a lookup.
        if self.event_id and not self.project_id and self.event.project_id:
            self.project_id = self.event.project_id

    def get_card_url(self):
        """The share card (og:image) drawn for the release."""
        return reverse(
            "pressroom:release-card",
            kwargs={"year": self.release_date.year, "slug": self.slug},
        )

    def get_pdf_url(self):
        return reverse(
            "pressroom:release-pdf", kwargs={"year": self.release_date.year, "slug": self.slug}
        )

    def get_preview_url(self):
        return reverse("pressroom:release-preview", kwargs={"pk": self.pk})

    def get_preview_pdf_url(self):
        return reverse("pressroom:release-preview-pdf", kwargs={"pk": self.pk})

    @property
    def pdf_filename(self) -> str:
        return f"{self.release_date:%Y-%m-%d}-{self.slug}.pdf"

    @property
    def downloads(self) -> int:
        """Downloads so far: those in the database plus those still gathering in the cache."""
        pending = cache_call(cache.get, downloads_cache_key(self.pk)) or 0
        return self.download_count + pending

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.publish_at <= timezone.now()

    @property
    def is_scheduled(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.publish_at > timezone.now()

    @property
    def source_origin(self) -> str:
        return f"release:{self.pk}"

    def sync_source(self):
        """The release is a source others cite (partners.Source): keep its title, date,
        page and the moment it goes public up to date."""
        from partners.models import Organisation, Source, source_sync

        published = self.status == self.Status.PUBLISHED
        return source_sync(
            origin=self.source_origin,
            kind=Source.Kind.RELEASE,
            **language_columns(self, "title"),
            publisher=Organisation.objects.filter(is_site_owner=True).first(),
            date=self.release_date,
            date_precision=DatePrecision.DAY,
            page=self.get_absolute_url(),
            public_from=self.publish_at if published else None,
        )


def unlink_unless_orphaned(collector, field, sub_objs, using):
    """on_delete for Coverage.event and Coverage.project: an article about an event *and*
    a project only loses the link to the one deleted; an article about nothing else would
    be left pointing at nothing, so the delete is refused (the admin lists the articles)."""
    other = "project_id" if field.name == "event" else "event_id"
    orphans = [item for item in sub_objs if getattr(item, other) is None]
    if orphans:
        # The deletion collector words the refusal itself and lists the items.
        raise ProtectedError("Coverage would be linked to nothing.", orphans)
    models.SET_NULL(collector, field, sub_objs, using)


COVERAGE_NEEDS_A_LINK = _("Link the article to the event or the project it is about (or both).")


class CoverageQuerySet(models.QuerySet):
    def public(self):
        """What the public may see: an article about an event that is not published waits
        with the event (an article about a project alone is always public)."""
        from events.models import Event

        return self.filter(Q(event__isnull=True) | Q(event__status=Event.Status.PUBLISHED))


class Coverage(CleanTextMixin, TranslatedTextsMixin, StoredMarkdownMixin, models.Model):
    """An article by someone else (a partner, the press) about our events and projects."""

    outlet = models.ForeignKey(
        "partners.Organisation",
        on_delete=models.PROTECT,
        related_name="coverage",
        verbose_name=_("outlet"),
        help_text=_("Who published it: a newspaper, a partner's news page…"),
    )
    title = models.CharField(_("title"), max_length=300)
    url = models.URLField(
        _("link"),
        max_length=500,
        blank=True,
        help_text=_("Leave empty for print or broadcast coverage without a web page."),
    )
    other_outlets = models.ManyToManyField(
        "partners.Organisation",
        blank=True,
        related_name="coverage_also",
        verbose_name=_("also published by"),
        help_text=_("Other outlets that ran the same article."),
    )
    # Only what the article itself says: the date of the event it reports is not its own.
    published_on = models.DateField(_("published on"), null=True, blank=True)
    published_precision = models.CharField(
        _("precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    excerpt = models.TextField(
        _("excerpt"),
        blank=True,
        help_text=format_lazy(
            "{} {}",
            _("As much of the article as you quote, whole paragraphs; shown in full on its page."),
            MARKDOWN_HELP,
        ),
    )
    excerpt_html = RenderedHTMLField()
    event = models.ForeignKey(
        "events.Event",
        on_delete=unlink_unless_orphaned,
        null=True,
        blank=True,
        related_name="coverage",
        verbose_name=_("event"),
    )
    project = models.ForeignKey(
        "partners.Project",
        on_delete=unlink_unless_orphaned,
        null=True,
        blank=True,
        related_name="coverage",
        verbose_name=_("project"),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = CoverageQuerySet.as_manager()
    markdown_fields = ("excerpt",)

    class Meta:
        # Newest first; articles whose date is not known come last on every database.
        ordering = [models.F("published_on").desc(nulls_last=True), "title"]
        verbose_name = _("coverage")
        verbose_name_plural = _("coverage")
        constraints = [
            models.UniqueConstraint(
                fields=["url"],
                condition=~Q(url=""),
                name="coverage_unique_url",
                violation_error_message=_("This article is already recorded."),
            ),
            models.CheckConstraint(
                condition=Q(event__isnull=False) | Q(project__isnull=False),
                name="coverage_is_about_something",
                violation_error_message=COVERAGE_NEEDS_A_LINK,
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.outlet.display_name})"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.sync_source()

    def get_absolute_url(self):
        return reverse("pressroom:coverage-detail", kwargs={"pk": self.pk})

    def clean(self):
        super().clean()
        if not self.event_id and not self.project_id:
            raise ValidationError(COVERAGE_NEEDS_A_LINK)

    @property
    def source_origin(self) -> str:
        return f"coverage:{self.pk}"

    def sync_source(self):
        """The article is a source others cite (partners.Source)."""
        from partners.models import Source, source_sync

        return source_sync(
            origin=self.source_origin,
            kind=Source.Kind.ARTICLE,
            **language_columns(self, "title"),
            publisher_id=self.outlet_id,
            date=self.published_on,
            date_precision=self.published_precision,
            page=self.get_absolute_url(),
            url=self.url,
        )
