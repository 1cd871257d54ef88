from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from core.admin import (
    CountryPickerAdminMixin,
    ModerationAdminMixin,
    PublicChangeAdminMixin,
    TranslatedFieldsAdminMixin,
)
from core.languages import fallback_value

from .forms import ParticipationInlineFormSet
from .models import Organisation, Participation, Person, Project


class PersonInline(TranslatedFieldsAdminMixin, admin.TabularInline):
    model = Person
    extra = 0
    fields = ["name", "position", "phone", "email", "is_press_contact"]


@admin.register(Organisation)
class OrganisationAdmin(
    ModerationAdminMixin, PublicChangeAdminMixin, TranslatedFieldsAdminMixin, VersionAdmin
):
    list_display = ["logo_thumbnail", "name", "short_name", "kind", "country", "project_count"]
    list_display_links = ["logo_thumbnail", "name"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "short_name", "description"]
    prepopulated_fields = {"slug": ["short_name"]}
    readonly_fields = ["logo_preview", "updated_at"]
    inlines = [PersonInline]

    class Media:
        # Sizes of the logo images: a stylesheet, as the CSP refuses inline style attributes.
        css = {"all": ["css/admin.css"]}

    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "short_name",
                    "slug",
                    "kind",
                    "country",
                    "website",
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


class ParticipationInline(admin.TabularInline):
    model = Participation
    formset = ParticipationInlineFormSet
    autocomplete_fields = ["organisation"]
    extra = 1
    fields = ["organisation", "role", "contribution"]


@admin.register(Project)
class ProjectAdmin(
    ModerationAdminMixin,
    PublicChangeAdminMixin,
    CountryPickerAdminMixin,
    TranslatedFieldsAdminMixin,
    VersionAdmin,
):
    list_display = ["title", "short_name", "start_date", "end_date", "budget", "is_current"]
    list_filter = ["currency", "sdg_goals", "start_date"]
    search_fields = ["title", "short_name", "summary"]
    prepopulated_fields = {"slug": ["short_name"]}
    date_hierarchy = "start_date"
    filter_horizontal = ["sdg_goals"]
    inlines = [ParticipationInline]
    fieldsets = [
        (None, {"fields": ["title", "short_name", "slug", "summary", "description"]}),
        (_("Time and place"), {"fields": ["start_date", "end_date", "countries"]}),
        (_("Budget"), {"fields": ["total_budget", "currency"]}),
        (_("Goals"), {"fields": ["sdg_goals"]}),
    ]

    @admin.display(description=_("budget"), ordering="total_budget")
    def budget(self, obj):
        if obj.total_budget is None:
            return "—"
        return f"{obj.currency} {obj.total_budget:,.0f}"

    @admin.display(description=_("current"), boolean=True)
    def is_current(self, obj):
        return obj.is_current
