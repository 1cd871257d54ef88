from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminDateWidget
from django.db import models
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.html import format_html, strip_tags
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from core.admin import (
    CountryPickerAdminMixin,
    ForgedFormMixin,
    ModerationAdminMixin,
    NormalisedTextAdminMixin,
    PublicChangeAdminMixin,
    PublishingAdminMixin,
    TranslatedFieldsAdminMixin,
)
from core.dates import (
    PreciseDate,
    PreciseDateFormField,
    period_end,
    precise_range_fields,
    precise_range_html,
)
from core.publishing import content_set_status, public_change

from .models import (
    PARTICIPANT_COUNT_NEGATIVE,
    CountQualifier,
    Document,
    Event,
    EventOrganisation,
    EventSeries,
    ParticipantCount,
    Photo,
    Quote,
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
    # What staff know of the dates: a day, a month ("2025-03") or a year; the precision
    # follows from what they type (core.dates).
    start_date = PreciseDateFormField(label=_("start date"), widget=AdminDateWidget)
    end_date = PreciseDateFormField(
        label=_("end date"),
        required=False,
        widget=AdminDateWidget,
        help_text=_(
            "The last day, as precise as the start; empty for a one-day event (or the same "
            "month or year)."
        ),
    )

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
            "dates_to_be_confirmed",
            "dates_unconfirmed",
            "city",
            "country",
            "venue",
            "participant_count",
            "participant_qualifier",
            "participant_note",
            "participant_source",
            "main_source",
            "participating_countries",
            "cover_image",
            "cover_alt",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.start_date:
            precision = self.instance.date_precision
            self.initial["start_date"] = PreciseDate(self.instance.start_date, precision)
            self.initial["end_date"] = PreciseDate(self.instance.end_date, precision)
        if "participant_qualifier" in self.fields:
            # Left out, a number is taken as exact.
            self.fields["participant_qualifier"].required = False
        if "participant_count" in self.fields:
            # The form field's own minimum check runs before the model's; word it for people.
            self.fields["participant_count"].error_messages["min_value"] = (
                PARTICIPANT_COUNT_NEGATIVE
            )

    def clean_participant_qualifier(self):
        return self.cleaned_data.get("participant_qualifier") or CountQualifier.EXACT

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        # The model stores plain dates; the precision is the event's own field.
        if isinstance(start, PreciseDate):
            cleaned["start_date"] = start.date
        if isinstance(end, PreciseDate):
            cleaned["end_date"] = period_end(end.date, end.precision)
        if start is not None and "end_date" not in self.errors:
            try:
                first, last, precision = precise_range_fields(start, end)
            except forms.ValidationError as error:
                self.add_error(None, error)
            else:
                cleaned["start_date"], cleaned["end_date"] = first, last
                self.instance.date_precision = precision
        # New dates on a duplicated edition are the real ones: no need to untick by hand.
        if (
            self.instance.pk
            and cleaned.get("dates_unconfirmed")
            and ("start_date" in self.changed_data or "end_date" in self.changed_data)
        ):
            cleaned["dates_unconfirmed"] = False
        return cleaned


class EventOrganisationInline(ForgedFormMixin, admin.TabularInline):
    model = EventOrganisation
    autocomplete_fields = ["organisation", "source"]
    fields = ["organisation", "role", "source", "order"]
    extra = 1


class ParticipantCountInline(ForgedFormMixin, TranslatedFieldsAdminMixin, admin.TabularInline):
    """Numbers other sources give, shown as theirs beside the event's own."""

    model = ParticipantCount
    autocomplete_fields = ["source"]
    fields = ["qualifier", "number", "note", "source"]
    extra = 0


class QuoteInline(ForgedFormMixin, NormalisedTextAdminMixin, admin.StackedInline):
    """What people said, each with the title and organisation they had then and the
    source that reports it; a speaker not yet in People is added with the + button."""

    model = Quote
    autocomplete_fields = ["person", "organisation", "on_behalf_of", "source"]
    fields = [
        ("kind", "language", "order"),
        ("person", "title_at_the_time"),
        "organisation",
        ("on_behalf_of", "on_behalf_of_title"),
        "words",
        "source",
    ]
    extra = 0


class SessionInline(
    ForgedFormMixin, TranslatedFieldsAdminMixin, NormalisedTextAdminMixin, admin.StackedInline
):
    model = Session
    autocomplete_fields = ["leading_organisations", "source"]
    fields = [("kind", "order"), "title", "description", "leading_organisations", "source"]
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
        "dates",
        "place",
        "series_edition",
        "project",
        "status",
    ]
    list_filter = [
        "status",
        "date_precision",
        "dates_to_be_confirmed",
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
    autocomplete_fields = ["series", "project", "participant_source", "main_source"]
    date_hierarchy = "start_date"
    readonly_fields = ["created_at", "updated_at"]
    inlines = [
        EventOrganisationInline,
        ParticipantCountInline,
        QuoteInline,
        SessionInline,
        PhotoInline,
        DocumentInline,
    ]
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
                    "dates_to_be_confirmed",
                    "dates_unconfirmed",
                    ("city", "country"),
                    "venue",
                ]
            },
        ),
        (
            _("Participants"),
            {
                "fields": [
                    ("participant_qualifier", "participant_count"),
                    "participant_note",
                    "participant_source",
                    "participating_countries",
                ],
                "description": _(
                    "The number the main account gives, with its source; numbers other "
                    "sources give go under “Numbers of participants in other sources” below."
                ),
            },
        ),
        (
            _("Sources"),
            {
                "fields": ["main_source"],
                "description": _(
                    "Each organisation's role below names its source. When sources differ, "
                    "choose the account the public sees first; the page shows the others "
                    "as theirs."
                ),
            },
        ),
        (_("Cover image"), {"fields": ["cover_image", "cover_alt"]}),
        (_("History"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    @admin.display(description=_("dates"), ordering="start_date")
    def dates(self, obj):
        text = strip_tags(precise_range_html(obj.start_date, obj.end_date, obj.date_precision))
        if obj.dates_to_be_confirmed:
            text = gettext("%(dates)s (to be confirmed)") % {"dates": text}
        return text

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
                        "({start} – {end}) are the original's moved one year on, only "
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
                gettext(
                    "Not published, because their dates are only a copy's placeholders: %(titles)s."
                )
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
