from django import forms
from django.contrib import admin, messages
from django.db import models
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from core.admin import (
    CountryPickerAdminMixin,
    ModerationAdminMixin,
    PublicChangeAdminMixin,
    PublishingAdminMixin,
    TranslatedFieldsAdminMixin,
)
from core.publishing import content_set_status, public_change

from .models import (
    PARTICIPANT_COUNT_NEGATIVE,
    Document,
    Event,
    EventOrganisation,
    EventSeries,
    Photo,
    Session,
)
from .services import event_duplicate_as_next_edition
from .validators import DOCUMENT_EXTENSIONS


@admin.register(EventSeries)
class EventSeriesAdmin(
    ModerationAdminMixin, PublicChangeAdminMixin, TranslatedFieldsAdminMixin, VersionAdmin
):
    list_display = ["title", "slug"]
    search_fields = ["title", "description"]
    prepopulated_fields = {"slug": ["title"]}


class EventAdminForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = [
            "title",
            "slug",
            "kind",
            "status",
            "summary",
            "body",
            "series",
            "edition",
            "project",
            "start_date",
            "end_date",
            "dates_unconfirmed",
            "city",
            "country",
            "venue",
            "participant_count",
            "participant_note",
            "participating_countries",
            "cover_image",
            "cover_alt",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "participant_count" in self.fields:
            # The form field's own minimum check runs before the model's; word it for people.
            self.fields["participant_count"].error_messages["min_value"] = (
                PARTICIPANT_COUNT_NEGATIVE
            )

    def clean(self):
        cleaned = super().clean()
        # New dates on a duplicated edition are the real ones: no need to untick by hand.
        if (
            self.instance.pk
            and cleaned.get("dates_unconfirmed")
            and ("start_date" in self.changed_data or "end_date" in self.changed_data)
        ):
            cleaned["dates_unconfirmed"] = False
        return cleaned


class EventOrganisationInline(admin.TabularInline):
    model = EventOrganisation
    autocomplete_fields = ["organisation"]
    fields = ["organisation", "role", "order"]
    extra = 1


class SessionInline(TranslatedFieldsAdminMixin, admin.StackedInline):
    model = Session
    autocomplete_fields = ["leading_organisations"]
    fields = [("kind", "order"), "title", "description", "leading_organisations"]
    extra = 0


class PhotoInline(TranslatedFieldsAdminMixin, admin.TabularInline):
    model = Photo
    formfield_overrides = {
        models.ImageField: {
            "widget": forms.ClearableFileInput(
                attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
            )
        }
    }
    fields = ["preview", "image", "caption", "alt_text", "credit", "order"]
    readonly_fields = ["preview"]
    extra = 0

    @admin.display(description=_("preview"))
    def preview(self, obj):
        if not obj.pk or not obj.image:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" width="120">', obj.thumbnail_url, obj.alt or obj.image.name
        )


class DocumentInline(TranslatedFieldsAdminMixin, admin.TabularInline):
    model = Document
    fields = ["title", "kind", "file", "order"]
    extra = 0

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "file":
            # Only a hint for the file picker; the content is checked on the server.
            field.widget.attrs["accept"] = ",".join(DOCUMENT_EXTENSIONS)
        return field


class YearListFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = Event.objects.dates("start_date", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(start_date__year=int(value))
        return queryset


@admin.register(Event)
class EventAdmin(
    ModerationAdminMixin,
    PublicChangeAdminMixin,
    CountryPickerAdminMixin,
    PublishingAdminMixin,
    TranslatedFieldsAdminMixin,
    VersionAdmin,
):
    form = EventAdminForm
    list_display = [
        "title",
        "kind",
        "start_date",
        "end_date",
        "place",
        "series_edition",
        "project",
        "status",
    ]
    list_filter = [
        "status",
        "dates_unconfirmed",
        "kind",
        YearListFilter,
        "country",
        ("project", admin.RelatedOnlyFieldListFilter),
        ("series", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["series", "project"]
    search_fields = ["title", "summary", "city", "venue", "series__title", "project__short_name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["series", "project"]
    date_hierarchy = "start_date"
    readonly_fields = ["created_at", "updated_at"]
    inlines = [EventOrganisationInline, SessionInline, PhotoInline, DocumentInline]
    actions = ["duplicate_as_next_edition", "publish", "unpublish"]
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "status", "summary", "body"]}),
        (_("Series and project"), {"fields": [("series", "edition"), "project"]}),
        (
            _("Time and place"),
            {
                "fields": [
                    ("start_date", "end_date"),
                    "dates_unconfirmed",
                    ("city", "country"),
                    "venue",
                ]
            },
        ),
        (
            _("Participants"),
            {"fields": [("participant_count", "participant_note"), "participating_countries"]},
        ),
        (_("Cover image"), {"fields": ["cover_image", "cover_alt"]}),
        (_("History"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    @admin.display(description=_("place"))
    def place(self, obj):
        return obj.place

    @admin.display(description=_("series"), ordering="series__title")
    def series_edition(self, obj):
        if not obj.series_id:
            return "—"
        return f"{obj.edition_ordinal} · {obj.series}"

    @admin.action(description=_("Duplicate as next edition (a draft)"), permissions=["add"])
    def duplicate_as_next_edition(self, request, queryset):
        created = []
        skipped = []
        # Drafts, but new rows all the same: recorded in the history like any change.
        with public_change(user=request.user, message=gettext("Duplicated as next edition.")):
            for event in queryset.select_related("series"):
                if not event.series_id:
                    skipped.append(event)
                    continue
                copy = event_duplicate_as_next_edition(event=event)
                self.log_addition(
                    request,
                    copy,
                    gettext("Duplicated from “%(title)s” as its next edition.")
                    % {"title": event.title},
                )
                created.append(copy)
        for copy in created:
            self.message_user(
                request,
                format_html(
                    gettext(
                        'Created <a href="{url}">{title}</a>, the {ordinal} edition, as a '
                        "draft with its organisations and sessions. Its dates "
                        "({start} \u2013 {end}) are the original's moved one year on, only "
                        "as a placeholder: set the real dates before publishing."
                    ),
                    url=reverse("admin:events_event_change", args=[copy.pk]),
                    title=copy.title,
                    ordinal=copy.edition_ordinal,
                    start=date_format(copy.start_date, "j F Y"),
                    end=date_format(copy.end_date, "j F Y"),
                ),
                messages.WARNING,
            )
        if skipped:
            self.message_user(
                request,
                gettext("Not duplicated, because they are not part of a series: %(titles)s.")
                % {"titles": ", ".join(event.title for event in skipped)},
                messages.ERROR,
            )
        if len(created) == 1:
            return HttpResponseRedirect(reverse("admin:events_event_change", args=[created[0].pk]))
        return None

    @admin.action(description=_("Publish selected events"), permissions=["publish"])
    def publish(self, request, queryset):
        unconfirmed = list(queryset.filter(dates_unconfirmed=True).values_list("title", flat=True))
        if unconfirmed:
            self.message_user(
                request,
                gettext("Not published, because their dates are still to be confirmed: %(titles)s.")
                % {"titles": ", ".join(unconfirmed)},
                messages.ERROR,
            )
            queryset = queryset.filter(dates_unconfirmed=False)
        # One save per event through the publishing path (not queryset.update(), which
        # bypasses history, the log and the cache renewal).
        changed = content_set_status(
            objs=queryset,
            user=request.user,
            status=Event.Status.PUBLISHED,
            message=gettext("Published (action on the list of events)."),
        )
        count = len(changed)
        self.message_user(
            request,
            ngettext("%(count)d event published.", "%(count)d events published.", count)
            % {"count": count},
        )

    @admin.action(description=_("Turn selected events back into drafts"), permissions=["publish"])
    def unpublish(self, request, queryset):
        changed = content_set_status(
            objs=queryset,
            user=request.user,
            status=Event.Status.DRAFT,
            message=gettext("Turned back into a draft (action on the list of events)."),
        )
        count = len(changed)
        self.message_user(
            request,
            ngettext("%(count)d event is now a draft.", "%(count)d events are now drafts.", count)
            % {"count": count},
        )
