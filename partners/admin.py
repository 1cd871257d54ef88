from django import forms
from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html, strip_tags
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from core.admin import (
    CountryPickerAdminMixin,
    ForgedFormMixin,
    ModerationAdminMixin,
    PublicChangeAdminMixin,
    RegisteredPanelsAdminMixin,
    TranslatedFieldsAdminMixin,
)
from core.dates import duration_text, precise_date_plain, precise_period_html
from core.languages import fallback_value

from .forms import ParticipationInlineFormSet, ProjectAdminForm
from .models import Organisation, Participation, Person, Project, Source
from .visibility import FunderVisibility


class PersonInline(TranslatedFieldsAdminMixin, admin.TabularInline):
    model = Person
    extra = 0
    fields = ["honorific", "name", "position", "phone", "phone_note", "email", "is_press_contact"]


@admin.register(FunderVisibility)
class FunderVisibilityAdmin(
    ModerationAdminMixin, PublicChangeAdminMixin, TranslatedFieldsAdminMixin, VersionAdmin
):
    """What a funder requires on the outputs of the work it pays for (partners.visibility):
    set once per funder, shown on every output of the projects, events and releases it funds.
    A page of its own rather than an inline on the organisation, which most organisations
    never need."""

    list_display = ["organisation", "emblem_thumbnail", "funded_statement", "cofunded_statement"]
    list_select_related = ["organisation"]
    search_fields = ["organisation__name", "organisation__short_name"]
    autocomplete_fields = ["organisation"]
    readonly_fields = ["emblem_preview", "updated_at"]

    class Media:
        css = {"all": ["css/admin.css"]}

    fieldsets = [
        (None, {"fields": ["organisation"]}),
        (
            _("Emblem and funding statement"),
            {
                "fields": [
                    "emblem",
                    "builtin_emblem",
                    "emblem_preview",
                    "emblem_description",
                    "funded_statement",
                    "cofunded_statement",
                ],
                "description": _(
                    "Shown together, the statement next to the emblem, on every page, PDF, "
                    "calendar and share card of the projects, events and releases this "
                    "organisation funds."
                ),
            },
        ),
        (
            _("Disclaimers by kind of output"),
            {
                "fields": [
                    "disclaimer_web",
                    "disclaimer_press_release",
                    "disclaimer_publication",
                    "disclaimer_event_material",
                ]
            },
        ),
    ]

    @admin.display(description=_("emblem"))
    def emblem_thumbnail(self, obj):
        from .visibility import _emblem

        emblem = _emblem(obj)
        if emblem is None:
            return "—"
        return format_html('<img src="{}" alt="" class="logo-thumbnail">', emblem.url)

    @admin.display(description=_("emblem shown"))
    def emblem_preview(self, obj):
        from .visibility import _emblem

        emblem = _emblem(obj) if obj and obj.pk else None
        if emblem is None:
            return _("None yet.")
        return format_html(
            '<img src="{}" alt="{}" class="logo-preview">', emblem.url, emblem.description
        )


@admin.register(Organisation)
class OrganisationAdmin(
    ModerationAdminMixin, PublicChangeAdminMixin, TranslatedFieldsAdminMixin, VersionAdmin
):
    list_display = ["logo_thumbnail", "name", "short_name", "kind", "country", "project_count"]
    list_display_links = ["logo_thumbnail", "name"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "short_name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["logo_preview", "updated_at"]
    inlines = [PersonInline]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "other_kinds":
            return forms.TypedMultipleChoiceField(
                label=db_field.verbose_name,
                choices=Organisation.Kind.choices,
                required=False,
                widget=forms.CheckboxSelectMultiple,
                help_text=db_field.help_text,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "short_name",
                    "slug",
                    "kind",
                    "other_kinds",
                    "country",
                    "website",
                    "is_site_owner",
                    "is_european_union",
                ]
            },
        ),
        (_("Logo"), {"fields": ["logo", "logo_preview"]}),
        (_("Texts"), {"fields": ["description", "funder_statement"]}),
        (_("History"), {"fields": ["updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        # Meta.ordering is dropped from GROUP BY queries, so say it again.
        return (
            super()
            .get_queryset(request)
            .annotate(_project_count=Count("projects", distinct=True))
            .order_by(fallback_value("name"))
        )

    @admin.display(description=_("projects"), ordering="_project_count")
    def project_count(self, obj):
        return obj._project_count

    @admin.display(description=_("logo"))
    def logo_thumbnail(self, obj):
        if not obj.logo:
            return "—"
        return format_html('<img src="{}" alt="" class="logo-thumbnail">', obj.logo.url)

    @admin.display(description=_("current logo"))
    def logo_preview(self, obj):
        if not obj.logo:
            return _("No logo yet.")
        return format_html(
            '<img src="{}" alt="{}" class="logo-preview">',
            obj.logo.url,
            obj.name,
        )


@admin.register(Person)
class PersonAdmin(
    ModerationAdminMixin, PublicChangeAdminMixin, TranslatedFieldsAdminMixin, VersionAdmin
):
    list_display = ["name", "position", "organisation", "email", "phone", "is_press_contact"]
    list_filter = ["is_press_contact", "organisation__kind"]
    list_select_related = ["organisation"]
    search_fields = ["name", "position", "email", "organisation__name", "organisation__short_name"]
    autocomplete_fields = ["organisation"]


class ParticipationInline(ForgedFormMixin, admin.TabularInline):
    model = Participation
    formset = ParticipationInlineFormSet
    autocomplete_fields = ["organisation", "source"]
    extra = 1
    fields = ["organisation", "role", "contribution", "committed_on", "source"]


@admin.register(Project)
class ProjectAdmin(
    ModerationAdminMixin,
    PublicChangeAdminMixin,
    CountryPickerAdminMixin,
    RegisteredPanelsAdminMixin,
    TranslatedFieldsAdminMixin,
    VersionAdmin,
):
    form = ProjectAdminForm
    list_display = ["title", "short_name", "dates", "budget", "is_current"]
    list_filter = ["currency", "sdg_goals", "start_date"]
    search_fields = ["title", "short_name", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "start_date"
    filter_horizontal = ["sdg_goals"]
    autocomplete_fields = ["dates_source", "budget_source"]
    inlines = [ParticipationInline]
    fieldsets = [
        (None, {"fields": ["title", "short_name", "slug", "summary", "description"]}),
        (
            _("Time and place"),
            {"fields": [("start_date", "end_date"), "duration_months", "countries"]},
        ),
        (_("Budget"), {"fields": ["total_budget", "currency"]}),
        (
            _("Sources"),
            {
                "fields": ["dates_source", "budget_source"],
                "description": _("Where the dates and the budget are stated."),
            },
        ),
        (_("Goals"), {"fields": ["sdg_goals"]}),
        (_("IATI"), {"fields": ["iati_identifier", "dac_sector"]}),
    ]

    @admin.display(description=_("dates"), ordering="start_date")
    def dates(self, obj):
        period = strip_tags(
            precise_period_html(
                obj.start_date, obj.start_precision, obj.end_date, obj.end_precision
            )
        )
        return period or duration_text(obj.duration_months) or "—"

    @admin.display(description=_("budget"), ordering="total_budget")
    def budget(self, obj):
        if obj.total_budget is None:
            return "—"
        return f"{obj.currency} {obj.total_budget:,.0f}"

    @admin.display(description=_("current"), boolean=True)
    def is_current(self, obj):
        return obj.is_current


@admin.register(Source)
class SourceAdmin(
    ModerationAdminMixin, PublicChangeAdminMixin, TranslatedFieldsAdminMixin, VersionAdmin
):
    """Where facts come from. Releases and coverage items are sources by themselves (the
    site keeps them up to date); staff add named documents and other articles here."""

    list_display = ["title", "kind", "publisher", "when", "kept_by_the_site"]
    list_filter = ["kind", ("publisher", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["publisher"]
    search_fields = ["title", "publisher__name", "publisher__short_name", "url"]
    autocomplete_fields = ["publisher"]
    fields = ["kind", "title", "publisher", ("date", "date_precision"), "url"]

    def get_queryset(self, request):
        # The autocomplete boxes of roles, counts and quotes list sources by name and date.
        return super().get_queryset(request).select_related("publisher")

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.is_managed:
            return self.fields_flat()
        return []

    def fields_flat(self):
        flat = []
        for item in self._expand(self.fields):  # a translated text: its three columns
            flat.extend(item if isinstance(item, tuple) else [item])
        return flat

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "kind" and field is not None:
            # A release is a source by itself, made by the site; staff add the others.
            field.choices = [c for c in field.choices if c[0] != Source.Kind.RELEASE]
        return field

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_managed:
            return False
        return super().has_delete_permission(request, obj)

    @admin.display(description=_("date"), ordering="date")
    def when(self, obj):
        return precise_date_plain(obj.date, obj.date_precision) or "—"

    @admin.display(description=_("kept by the site"), boolean=True)
    def kept_by_the_site(self, obj):
        return obj.is_managed
