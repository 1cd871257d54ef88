import django_filters
from django.utils.translation import gettext_lazy as _

from events.models import Event

from .models import PressRelease


class PressReleaseFilter(django_filters.FilterSet):
    """Year, project and event of the public release list.

    Choices come from published releases only, so a draft's project or event never shows
    up as an option. Values are slugs and years: readable, stable links. An unknown value
    is a form error the page shows next to the field; it never becomes a 500.
    """

    year = django_filters.ChoiceFilter(
        field_name="release_date", lookup_expr="year", label=_("Year"), empty_label=_("All years")
    )
    project = django_filters.ChoiceFilter(
        field_name="project__slug", label=_("Project"), empty_label=_("All projects")
    )
    # Event slugs are unique per year only, so the event is chosen by its id.
    event = django_filters.ChoiceFilter(
        field_name="event_id", label=_("Event"), empty_label=_("All events")
    )

    class Meta:
        model = PressRelease
        fields = ["year", "project", "event"]

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        published = PressRelease.objects.published()
        years = published.dates("release_date", "year", order="DESC")
        self.filters["year"].extra["choices"] = [(str(d.year), str(d.year)) for d in years]
        self.filters["project"].extra["choices"] = list(
            published.filter(project__isnull=False)
            .order_by("project__title")
            .values_list("project__slug", "project__title")
            .distinct()
        )
        events = (
            published.filter(event__status=Event.Status.PUBLISHED)
            .order_by("-event__start_date", "event__title")
            .values_list("event_id", "event__title", "event__start_date")
            .distinct()
        )
        self.filters["event"].extra["choices"] = [
            (str(pk), f"{title} ({start:%Y})") for pk, title, start in events
        ]
