"""The filters of the public event lists (django-filter).

Choices come from published events only, so a visitor never picks a filter that finds
nothing; each list of choices costs one query, whatever the number of events.
"""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.cache import content_cached
from core.languages import available_q, columns, language_filter_choices, shown_language_of_row
from core.widgets import FastSelect
from partners.models import Project

from .models import Event, EventSeries


class EventFilter(django_filters.FilterSet):
    WHEN_CHOICES = [("upcoming", _("Upcoming")), ("past", _("Past"))]

    when = django_filters.ChoiceFilter(
        widget=FastSelect,
        label=_("Upcoming or past"),
        choices=WHEN_CHOICES,
        method="filter_when",
        empty_label=_("All"),
    )
    kind = django_filters.ChoiceFilter(
        widget=FastSelect, label=_("Kind"), choices=Event.Kind.choices, empty_label=_("All kinds")
    )
    year = django_filters.ChoiceFilter(
        widget=FastSelect,
        label=_("Year"),
        field_name="start_date",
        lookup_expr="year",
        empty_label=_("All years"),
    )
    country = django_filters.ChoiceFilter(
        widget=FastSelect, label=_("Country"), empty_label=_("All countries")
    )
    # Projects and series by slug, offered from lists cached per content version (not
    # querysets, which the form would read at every render to offer them and again to
    # check a choice).
    project = django_filters.ChoiceFilter(
        widget=FastSelect,
        label=_("Project"),
        field_name="project__slug",
        empty_label=_("All projects"),
    )
    series = django_filters.ChoiceFilter(
        widget=FastSelect,
        label=_("Series"),
        field_name="series__slug",
        empty_label=_("All series"),
    )

    # Only events whose title and summary exist in the visitor's language (core.languages).
    available = django_filters.ChoiceFilter(
        widget=FastSelect,
        label=_("Language"),
        method="filter_available",
        empty_label=_("All languages"),
    )

    class Meta:
        model = Event
        fields = ["when", "kind", "year", "country", "project", "series", "available"]

    def __init__(self, *args, published=None, facets="all", **kwargs):
        """``published`` is what the list shows before filtering (all published events, or
        one kind's); ``facets`` names it, for the choices cached per content version."""
        super().__init__(*args, **kwargs)
        published = published if published is not None else Event.objects.published()

        def facet_choices():
            # Texts are read from the objects' own columns (values() falls back to another
            # language as the objects do; a lookup through a relation would not) and sorted
            # here by the text shown, in the visitor's language (core.languages).
            events = published.order_by()
            projects = (
                Project.objects.filter(pk__in=events.values("project_id"))
                .order_by()
                .values_list("slug", "short_name", "title")
            )
            series = [
                {
                    "slug": row["slug"],
                    "title": row["title"],
                    "description_html": row["description_html"],
                    # Which language each is shown in, for the page's lang attributes.
                    "title_lang": shown_language_of_row(row, "title"),
                    "description_lang": shown_language_of_row(row, "description_html"),
                }
                for row in EventSeries.objects.filter(pk__in=events.values("series_id"))
                .order_by()
                .values(
                    "slug",
                    "title",
                    "description_html",
                    *columns(EventSeries, "title"),
                    *columns(EventSeries, "description_html"),
                )
            ]
            # One query gives the list's countries and the kinds that have published events
            # at all (the lists a visitor can go to, events.views.kind_links).
            places = set(
                Event.objects.published().order_by().values_list("kind", "country").distinct()
            )
            return {
                "years": [day.year for day in published.dates("start_date", "year", "DESC")],
                "countries": {country for kind, country in places if facets in ("all", kind)},
                "kinds": {kind for kind, _country in places},
                "projects": sorted(
                    # As a project names itself (its __str__).
                    ((slug, short_name or title) for slug, short_name, title in projects),
                    key=lambda choice: choice[1].casefold(),
                ),
                "series": {
                    row["slug"]: row
                    for row in sorted(series, key=lambda row: row["title"].casefold())
                },
            }

        # Aggregates over every published event: once per content version, not per render.
        choices = content_cached(f"event-filter:{facets}", facet_choices)
        self.filters["year"].extra["choices"] = [(str(year), year) for year in choices["years"]]
        self.filters["country"].extra["choices"] = [
            (code, name) for code, name in countries if code in choices["countries"]
        ]
        self.filters["project"].extra["choices"] = choices["projects"]
        self.filters["available"].extra["choices"] = language_filter_choices()
        self.filters["series"].extra["choices"] = [
            (slug, row["title"]) for slug, row in choices["series"].items()
        ]
        self.series_by_slug = choices["series"]
        self.kinds_present = choices["kinds"]

    def chosen_series(self) -> dict | None:
        """The series the visitor filters by (its slug, title and description), if any."""
        if not self.is_bound or not self.form.is_valid():
            return None
        return self.series_by_slug.get(self.form.cleaned_data.get("series") or "")

    def filter_available(self, queryset, name, value: str):
        return queryset.filter(available_q(("title", "summary"))) if value == "1" else queryset

    def filter_when(self, queryset, name, value):
        today = timezone.localdate()
        if value == "upcoming":
            return queryset.upcoming(today)
        if value == "past":
            return queryset.past(today)
        return queryset
