from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from core.views import FilteredListMixin, ForgivingPaginationMixin, StaffPreviewMixin, mark_private
from events.models import Event, Quote
from partners.models import Organisation, Participation, Person

from .filters import PressReleaseFilter
from .models import Coverage, PressRelease
from .services import (
    release_count_download,
    release_official_pdf_etag,
    release_pdf,
    release_pdf_fingerprint,
    release_with_pdf_data,
)


class ReleaseListView(FilteredListMixin, ListView):
    """Public releases filtered by year, project and event; bad filter values are ignored
    with a message (core.views.FilteredListMixin), as on the event lists."""

    template_name = "pressroom/release_list.html"
    context_object_name = "releases"
    paginate_by = 20

    def get_filterset(self):
        return PressReleaseFilter(
            self.request.GET or None,
            queryset=PressRelease.objects.published().for_cards(),
            request=self.request,
        )


def _detail_queryset(queryset):
    return queryset.select_related("project", "event").prefetch_related(
        Prefetch("contacts", queryset=Person.objects.select_related("organisation")),
        Prefetch(
            "project__participations",
            queryset=Participation.objects.select_related("organisation"),
        ),
    )


def _get_public_release(queryset, year: int, slug: str) -> PressRelease:
    # `year` comes from core.converters.YearConverter: 1-9999, a year a date can hold.
    return get_object_or_404(queryset, release_date__year=year, slug=slug)


class ReleaseDetailView(DetailView):
    template_name = "pressroom/release_detail.html"
    context_object_name = "release"
    preview = False  # True in ReleasePreviewView (core.views.StaffPreviewMixin)

    def get_queryset(self):
        return _detail_queryset(PressRelease.objects.published())

    def get_object(self, queryset=None):
        return _get_public_release(self.get_queryset(), self.kwargs["year"], self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        release = self.object
        pdf_url = release.get_preview_pdf_url() if self.preview else release.get_pdf_url()
        show_event = release.event is not None and release.event.status == Event.Status.PUBLISHED
        # The words this release reports (the quotes that cite it as their source).
        quotes = Quote.objects.public().for_display().filter(source__origin=release.source_origin)
        return super().get_context_data(
            preview=self.preview,
            pdf_url=pdf_url,
            show_event=show_event,
            quotes=quotes,
            **kwargs,
        )


class ReleasePreviewView(StaffPreviewMixin, ReleaseDetailView):
    """A draft or scheduled release exactly as the public will see it, for staff only."""

    model = PressRelease

    def get_preview_queryset(self):
        return _detail_queryset(PressRelease.objects.all())


def _pdf_response(request, release: PressRelease) -> HttpResponse:
    """The official upload if there is one, else the rendered PDF; 304 when unchanged.

    Served inline (Content-Disposition: inline with the filename): journalists read it in
    the browser's viewer first and its Save button still offers `<date>-<slug>.pdf`;
    `attachment` would force a download, which on phones buries the file in a folder.
    """
    fingerprint = None
    if release.official_pdf:
        etag = release_official_pdf_etag(release=release)
    else:
        fingerprint = release_pdf_fingerprint(release=release)
        etag = f'"{fingerprint}"'
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        return not_modified

    if release.official_pdf:
        try:
            handle = release.official_pdf.open("rb")
        except FileNotFoundError as exc:
            raise Http404("The official PDF file is missing from storage.") from exc
        response = FileResponse(
            handle,
            content_type="application/pdf",
            as_attachment=False,
            filename=release.pdf_filename,
        )
    else:
        document = release_pdf(release=release, fingerprint=fingerprint)
        response = HttpResponse(document.content, content_type="application/pdf")
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=False, filename=release.pdf_filename
        )
    response["ETag"] = etag
    return response


@require_safe
def release_pdf_view(request, year: str, slug: str):
    """The public PDF of a release: the official upload, or the rendered one.

    Cached like any public page (see pressroom.urls): a repeat download is answered by
    core.cache.PublicPageCacheMiddleware, and counted by release_pdf_served.
    """
    release = _get_public_release(
        release_with_pdf_data(PressRelease.objects.published()), year, slug
    )
    response = _pdf_response(request, release)
    # Stored with the cached answer, for the download count of every later answer.
    response.release_id = release.pk
    return response


def release_pdf_served(request, response) -> None:
    """A public PDF went out to a GET with a 200 (from the cache or fresh): one download.
    It runs after the request's read transaction (see config.settings, SQLite)."""
    release_count_download(release_id=response.release_id)


@require_safe
@staff_member_required
def release_preview_pdf_view(request, pk: int):
    """The PDF of any release, draft or scheduled, for staff; not counted as a download."""
    release = get_object_or_404(release_with_pdf_data(), pk=pk)
    response = _pdf_response(request, release)
    mark_private(response)
    return response


def coverage_queryset():
    """What a coverage card or page shows, in a constant number of queries; an article
    about an event that is not published waits with the event (Coverage.objects.public)."""
    return (
        Coverage.objects.public()
        .select_related("outlet", "event", "project")
        .prefetch_related(Prefetch("other_outlets", queryset=Organisation.objects.order_by("name")))
    )


class CoverageListView(ForgivingPaginationMixin, ListView):
    """Articles by others about our events and projects, newest first (undated last)."""

    template_name = "pressroom/coverage_list.html"
    context_object_name = "items"
    paginate_by = 20

    def get_queryset(self):
        return coverage_queryset().defer("excerpt")


class CoverageDetailView(DetailView):
    """One article: its outlets, its date as far as it gives one, the whole excerpt."""

    template_name = "pressroom/coverage_detail.html"
    context_object_name = "item"

    def get_queryset(self):
        return coverage_queryset()

    def get_context_data(self, **kwargs):
        item = self.object
        show_event = item.event is not None and item.event.status == Event.Status.PUBLISHED
        return super().get_context_data(show_event=show_event, **kwargs)
