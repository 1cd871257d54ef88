import datetime

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from core.dates import DatePrecision
from core.formatting import html_to_text
from core.languages import fallback_value
from core.registry import page_section_prefetches, page_sections
from core.views import FilteredListMixin, StaffPreviewMixin
from partners.models import Organisation
from partners.visibility import share_card_response

from .calendar import calendar_response
from .filters import EventFilter
from .models import Event, EventOrganisation, ParticipantCount, Quote, Session
from .templatetags.event_tags import date_range
from .visibility import event_marks

PAGE_SIZE = 12
SERIES_INTRO = _("All editions of this series.")
# What calendar.py reads of an event; the body can be long and is not needed.
CALENDAR_FIELDS = [
    "pk",
    "title",
    "slug",
    "kind",
    "summary_html",
    "start_date",
    "end_date",
    "date_precision",
    "dates_to_be_confirmed",
    "city",
    "country",
    "venue",
    "updated_at",
    "project",  # its funders' marks (events.visibility)
]
# The subscribable calendar reaches this far back (events that ended since), and always
# as far as the latest CALENDAR_PAST_AT_LEAST past events, so a quiet year leaves no
# subscriber with an empty calendar.
CALENDAR_PAST_DAYS = 365
CALENDAR_PAST_AT_LEAST = 20


class EventListView(FilteredListMixin, ListView):
    """All published events, or those of one kind, filtered by the visitor; bad filter
    values are ignored with a message (core.views.FilteredListMixin)."""

    template_name = "events/event_list.html"
    context_object_name = "events"
    paginate_by = PAGE_SIZE
    kind = None
    title = _("Events")
    intro = _(
        "Forums, academies, presentations and steering meetings that LPRC organises or "
        "takes part in, and partners' events it reports on."
    )

    def get_base_queryset(self):
        queryset = Event.objects.published()
        if self.kind:
            queryset = queryset.filter(kind=self.kind)
        return queryset

    def get_filterset(self):
        base = self.get_base_queryset()
        filterset = EventFilter(
            self.request.GET or None,
            queryset=base.for_cards(),
            published=base,
            facets=self.kind or "all",
        )
        if self.kind:
            del filterset.filters["kind"]
        return filterset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # A series link (an event page's "Ninth edition of ...") lands here filtered by
        # the series: the page then presents the series, from the object the filter's
        # validation already loaded (no query of its own).
        series = self.filterset.chosen_series()
        intro, intro_html = self.intro, None
        if series:
            intro_html = series["description_html"] or None
            intro = html_to_text(series["description_html"]) or SERIES_INTRO
        context.update(
            kind_links=kind_links(self.filterset.kinds_present),
            page_title=series["title"] if series else self.title,
            intro=intro,
            intro_html=intro_html,
            kind=self.kind,
            series=series,
        )
        return context


class ForumListView(EventListView):
    kind = Event.Kind.FORUM
    title = _("Forums")
    intro = _("Expert forums on criminal justice and the rule of law, national and regional.")


class AcademyListView(EventListView):
    kind = Event.Kind.ACADEMY
    title = _("Academies")
    intro = _("Rule of Law Academies: training for civil society representatives.")


class PresentationListView(EventListView):
    kind = Event.Kind.PRESENTATION
    title = _("Presentations")
    intro = _("Presentations of projects, their methods and their results.")


class SteeringMeetingListView(EventListView):
    kind = Event.Kind.STEERING_COMMITTEE
    title = _("Steering committee meetings")
    intro = _("Where the partners and funders of a project review its progress.")


# The lists of a kind of event: a page of its own, or the list filtered by the kind.
KIND_PAGES = {
    Event.Kind.FORUM: ("events:forum-list", _("Forums")),
    Event.Kind.ACADEMY: ("events:academy-list", _("Academies")),
    Event.Kind.PRESENTATION: ("events:presentation-list", _("Presentations")),
    Event.Kind.STEERING_COMMITTEE: ("events:steering-meeting-list", _("Steering meetings")),
    Event.Kind.CONFERENCE: (None, _("Conferences")),
    Event.Kind.TRAINING: (None, _("Trainings")),
    Event.Kind.ROUNDTABLE: (None, _("Round tables")),
}


def kind_links(present) -> list[tuple[str, str, str]]:
    """(kind, address, label) of every kind in ``present`` (those with published events,
    EventFilter.kinds_present), in Kind's order: a list for each, none for a kind without
    events (issue 18)."""
    from django.urls import reverse

    links = []
    for kind in Event.Kind.values:
        if kind not in present:
            continue
        name, label = KIND_PAGES[kind]
        url = reverse(name) if name else f"{reverse('events:event-list')}?kind={kind}"
        links.append((kind, url, str(label)))
    return links


def _detail_queryset():
    return Event.objects.select_related(
        "series", "project", "participant_source__publisher", "main_source__publisher"
    ).prefetch_related(
        Prefetch(
            "roles",
            # The funders' visibility rules come along (events.visibility).
            queryset=EventOrganisation.objects.select_related(
                "organisation__visibility", "source__publisher"
            ).order_by("order", fallback_value("organisation__name")),
        ),
        Prefetch(
            "other_counts",
            queryset=ParticipantCount.objects.select_related("source__publisher"),
        ),
        Prefetch("quotes", queryset=Quote.objects.for_display()),
        Prefetch(
            "sessions",
            queryset=Session.objects.select_related("source__publisher").prefetch_related(
                Prefetch(
                    "leading_organisations",
                    queryset=Organisation.objects.order_by(fallback_value("name")),
                )
            ),
        ),
        "photos",
        "documents",
        # Press releases and coverage come from the pressroom above (core.registry).
        *page_section_prefetches(Event),
    )


class EventDetailView(DetailView):
    """One published event; drafts are seen by staff at their preview address only."""

    template_name = "events/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return _detail_queryset().published()

    def get_object(self, queryset=None):
        return get_object_or_404(
            self.get_queryset(), start_date__year=self.kwargs["year"], slug=self.kwargs["slug"]
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(sections=page_sections(Event), **kwargs)


class EventPreviewView(StaffPreviewMixin, EventDetailView):
    """A draft event exactly as the public will see it, for staff only."""

    model = Event

    def get_preview_queryset(self):
        return _detail_queryset()


@require_safe
def event_ics(request, year, slug):
    """One published event as an .ics file to add to a calendar; none for an event known
    only by its month or year (its page says so)."""
    event = get_object_or_404(
        Event.objects.published().filter(date_precision=DatePrecision.DAY).with_marking_roles(),
        start_date__year=year,
        slug=slug,
    )
    return calendar_response(
        events=[event],
        request=request,
        name=event.title,
        filename=f"{event.start_date:%Y}-{event.slug}.ics",
    )


@require_safe
def calendar_ics(request):
    """Published events to come and of the past year (at least the 20 latest past ones), as
    a calendar people subscribe to.

    Calendar programs fetch a subscription again every few hours for every subscriber; the
    whole archive (1.1 MB and 3.4 s to build at 2,000 events) would grow with every year
    of the project. Older events stay on the site and in their own .ics files.

    Events known only by their month or year are left out: a calendar entry is a block
    of days, and "March" is not 31 confirmed days (each such event's page says so).
    """
    published = Event.objects.published().filter(date_precision=DatePrecision.DAY)
    today = timezone.localdate()
    # The end date of the CALENDAR_PAST_AT_LEAST-th latest past event (one query).
    nth_latest = list(
        published.past(today)
        .order_by("-end_date")
        .values_list("end_date", flat=True)[CALENDAR_PAST_AT_LEAST - 1 : CALENDAR_PAST_AT_LEAST]
    )
    since = today - datetime.timedelta(days=CALENDAR_PAST_DAYS)
    since = min(since, nth_latest[0]) if nth_latest else datetime.date.min
    events = (
        published.filter(end_date__gte=since)
        .only(*CALENDAR_FIELDS)
        .with_marking_roles()
        .order_by("start_date", "pk")
    )
    return calendar_response(
        events=events,
        request=request,
        name=gettext("LPRC events"),
        filename="lprc-events.ics",
    )


@require_safe
def event_card(request, year, slug):
    """The event's share card (og:image): title, kind and dates, its funders' marks, and
    its cover picture when it has one."""
    event = get_object_or_404(
        Event.objects.published()
        .select_related("project")
        .prefetch_related(
            Prefetch(
                "roles",
                queryset=EventOrganisation.objects.select_related("organisation__visibility"),
            )
        ),
        start_date__year=year,
        slug=slug,
    )
    dates = html_to_text(date_range(event.start_date, event.end_date, event.date_precision))
    return share_card_response(
        title=event.title,
        kicker=f"{event.get_kind_display()} · {dates}",
        marks=event_marks(event, "web"),
        cover_name=event.cover_image.name if event.cover_image else "",
    )
