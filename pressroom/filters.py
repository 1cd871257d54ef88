import django_filters
from django.utils.translation import gettext_lazy as _

from core.cache import content_cached
from core.languages import available_q, fallback_value, language_filter_choices
from core.widgets import FastSelect
from events.models import Event
from partners.models import Project

from .models import PressRelease

#: Events offered in the release list's menu (see PressReleaseFilter._event_choices).
EVENT_CHOICES = 30


class PressReleaseFilter(django_filters.FilterSet):
    """Year, project and event of the public release list.

    Choices come from published releases only, so a draft's project or event never shows
    up as an option. Values are slugs and years: readable, stable links. An unknown value
    is a form error the page shows next to the field; it never becomes a 500.
    """

    year = django_filters.ChoiceFilter(
        widget=FastSelect,
        field_name="release_date",
        lookup_expr="year",
        label=_("Year"),
        empty_label=_("All years"),
    )
    project = django_filters.ChoiceFilter(
        widget=FastSelect,
        field_name="project__slug",
        label=_("Project"),
        empty_label=_("All projects"),
    )
    # Event slugs are unique per year only, so the event is chosen by its id.
    event = django_filters.ChoiceFilter(
        widget=FastSelect,
        field_name="event_id",
        label=_("Event"),
        empty_label=_("All events"),
    )

    # Only releases whose title and lead exist in the visitor's language (core.languages).
    available = django_filters.ChoiceFilter(
        widget=FastSelect,
        label=_("Language"),
        method="filter_available",
        empty_label=_("All languages"),
    )

    class Meta:
        model = PressRelease
        fields = ["year", "project", "event", "available"]

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        published = PressRelease.objects.published()

        def years_and_projects():
            # The projects' own titles, which fall back to another language as the objects
            # do (a lookup through the release would read one column), sorted as shown.
            projects = (
                Project.objects.filter(pk__in=published.values("project_id"))
                .order_by()
                .values_list("slug", "title")
            )
            return {
                "years": [d.year for d in published.dates("release_date", "year", "DESC")],
                "projects": sorted(projects, key=lambda choice: choice[1].casefold()),
            }

        # Computed once per content version (core.cache.content_cached), not per render.
        choices = content_cached("release-filter", years_and_projects)
        years = choices["years"]
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]
        self.filters["project"].extra["choices"] = choices["projects"]
        self.filters["event"].extra["choices"] = self._event_choices(published, years)
        self.filters["available"].extra["choices"] = language_filter_choices()

    def filter_available(self, queryset, name, value: str):
        return queryset.filter(available_q(("title", "lead"))) if value == "1" else queryset

    def _event_choices(self, published, years) -> list[tuple[str, str]]:
        """The newest EVENT_CHOICES events with releases (of the chosen year, if one is).

        A menu of every event ever held would grow with the archive (2,000 options made
        the page 200 KB); an older event is one year choice away, and the event chosen
        by a link or bookmark (?event=<id>) is always kept, so it validates.
        """
        events = published.filter(event__status=Event.Status.PUBLISHED)
        year = self.data.get("year", "") if self.data else ""
        year_chosen = year in {str(y) for y in years}
        if year_chosen:
            events = events.filter(release_date__year=int(year))
        # The event's title in the visitor's language or the first it exists in.
        events = events.annotate(event_title=fallback_value("event__title"))
        columns = ("event_id", "event_title", "event__start_date")
        newest = content_cached(
            f"release-filter-events:{year if year_chosen else 'all'}",
            lambda: list(
                events.order_by("-event__start_date", "event_title", "event_id")
                .values_list(*columns)
                .distinct()[:EVENT_CHOICES]
            ),
        )
        if len(newest) == EVENT_CHOICES and not year_chosen:
            # Said only when the menu is cut short, where it helps.
            self.filters["event"].extra["help_text"] = _(
                "The most recent events; choose a year to see that year's."
            )
        chosen = self.data.get("event", "") if self.data else ""
        wanted = chosen.isascii() and chosen.isdigit() and len(chosen) <= 18
        if wanted and int(chosen) not in {e[0] for e in newest}:
            newest += list(
                published.filter(event__status=Event.Status.PUBLISHED, event_id=int(chosen))
                .annotate(event_title=fallback_value("event__title"))
                .values_list(*columns)
                .distinct()[:1]
            )
        return [(str(pk), f"{title} ({start:%Y})") for pk, title, start in newest]
