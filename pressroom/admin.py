from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminDateWidget
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from core.admin import (
    ModerationAdminMixin,
    PublicChangeAdminMixin,
    PublishingAdminMixin,
    TranslatedFieldsAdminMixin,
)
from core.dates import DatePrecision, PreciseDate, PreciseDateFormField, precise_date_plain
from core.publishing import content_set_status

from .models import Coverage, PressRelease


class ReleaseYearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = (
            PressRelease.objects.annotate(year=ExtractYear("release_date"))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit() and len(value) == 4:
            return queryset.filter(release_date__year=int(value))
        return queryset


class VisibilityFilter(admin.SimpleListFilter):
    """What the public sees now: the status alone does not say it for scheduled releases."""

    title = _("visibility")
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [
            ("public", _("Public now")),
            ("scheduled", _("Scheduled or embargoed")),
            ("draft", _("Draft")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        published = PressRelease.Status.PUBLISHED
        if self.value() == "public":
            return queryset.filter(status=published, publish_at__lte=now)
        if self.value() == "scheduled":
            return queryset.filter(status=published, publish_at__gt=now)
        if self.value() == "draft":
            return queryset.filter(status=PressRelease.Status.DRAFT)
        return queryset


@admin.register(PressRelease)
class PressReleaseAdmin(
    ModerationAdminMixin,
    PublicChangeAdminMixin,
    PublishingAdminMixin,
    TranslatedFieldsAdminMixin,
    VersionAdmin,
):
    list_display = [
        "title",
        "release_date",
        "status",
        "visibility",
        "publish_at",
        "project",
        "downloads",
    ]
    list_filter = ["status", VisibilityFilter, ReleaseYearFilter, "project"]
    list_select_related = ["project"]
    date_hierarchy = "release_date"
    search_fields = ["title", "lead", "body", "dateline_city", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["event", "project", "contacts"]
    readonly_fields = ["preview_links", "downloads", "created_at", "updated_at"]
    actions = ["publish", "unpublish"]
    # Moving the publish time of a published release publishes or hides it, too.
    publishing_fields = ("status", "publish_at")
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "release_date", "dateline_city"]}),
        (_("Text"), {"fields": ["lead", "body"]}),
        (_("Picture"), {"fields": ["cover_image", "cover_alt"]}),
        (_("Context"), {"fields": ["project", "event", "contacts"]}),
        (
            _("Publishing"),
            {"fields": ["status", "publish_at", "preview_links"]},
        ),
        (_("PDF"), {"fields": ["official_pdf", "downloads"]}),
        (_("History"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    @admin.display(description=_("downloads"), ordering="download_count")
    def downloads(self, obj):
        return obj.downloads

    @admin.display(description=_("visible to the public"))
    def visibility(self, obj):
        if obj.is_public:
            return _("Public")
        if obj.is_scheduled:
            return _("Scheduled")
        return _("Not public")

    @admin.display(description=_("preview"))
    def preview_links(self, obj):
        if obj is None or obj.pk is None:
            return _("Save the release to preview it.")
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a> · '
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            obj.get_preview_url(),
            _("Preview the page"),
            obj.get_preview_pdf_url(),
            _("Preview the PDF"),
        )

    @admin.action(description=_("Publish the selected releases"), permissions=["publish"])
    def publish(self, request, queryset):
        changed = content_set_status(
            objs=queryset,
            user=request.user,
            status=PressRelease.Status.PUBLISHED,
            message=gettext("Published (action on the list of releases)."),
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d release published.",
                "%(count)d releases published.",
                len(changed),
            )
            % {"count": len(changed)},
            messages.SUCCESS,
        )
        scheduled = [release for release in changed if release.is_scheduled]
        if scheduled:
            self.message_user(
                request,
                ngettext(
                    "%(count)d of them has a publish time in the future and stays hidden "
                    "until then.",
                    "%(count)d of them have a publish time in the future and stay hidden "
                    "until then.",
                    len(scheduled),
                )
                % {"count": len(scheduled)},
                messages.WARNING,
            )

    @admin.action(description=_("Unpublish the selected releases"), permissions=["publish"])
    def unpublish(self, request, queryset):
        changed = content_set_status(
            objs=queryset,
            user=request.user,
            status=PressRelease.Status.DRAFT,
            message=gettext("Unpublished (action on the list of releases)."),
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d release unpublished: it is a draft again.",
                "%(count)d releases unpublished: they are drafts again.",
                len(changed),
            )
            % {"count": len(changed)},
            messages.SUCCESS,
        )


class CoverageAdminForm(forms.ModelForm):
    # Only the date the article gives, as precisely as it gives it; often none at all.
    published_on = PreciseDateFormField(
        label=_("published on"),
        required=False,
        widget=AdminDateWidget,
        help_text=_(
            "The article's own date, as precisely as it gives it (2023-10-05, 2023-10 or "
            "2023). Leave it empty when the article gives none: the date of the event it "
            "reports is not the article's."
        ),
    )

    class Meta:
        model = Coverage
        fields = "__all__"  # noqa: DJ007 - CoverageAdmin.fieldsets lists them

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.published_on:
            self.initial["published_on"] = PreciseDate(
                self.instance.published_on, self.instance.published_precision
            )

    def clean(self):
        cleaned = super().clean()
        value = cleaned.get("published_on")
        if isinstance(value, PreciseDate):
            cleaned["published_on"] = value.date
            self.instance.published_precision = value.precision
        elif "published_on" in cleaned:
            self.instance.published_precision = DatePrecision.DAY
        return cleaned


@admin.register(Coverage)
class CoverageAdmin(
    ModerationAdminMixin, PublicChangeAdminMixin, TranslatedFieldsAdminMixin, VersionAdmin
):
    form = CoverageAdminForm
    list_display = ["title", "outlet", "when", "event", "project", "link"]
    list_filter = ["project", "outlet__kind"]
    list_select_related = ["outlet", "event", "project"]
    search_fields = ["title", "excerpt", "outlet__name", "outlet__short_name", "url"]
    autocomplete_fields = ["outlet", "other_outlets", "event", "project"]
    fieldsets = [
        (None, {"fields": ["title", "outlet", "other_outlets", "published_on", "url"]}),
        (_("Text"), {"fields": ["excerpt"]}),
        (_("About"), {"fields": ["event", "project"]}),
    ]

    @admin.display(description=_("published on"), ordering="published_on")
    def when(self, obj):
        return precise_date_plain(obj.published_on, obj.published_precision) or _("not given")

    @admin.display(description=_("link"))
    def link(self, obj):
        if not obj.url:
            return "—"
        return format_html('<a href="{}" rel="noopener" target="_blank">{}</a>', obj.url, _("open"))
