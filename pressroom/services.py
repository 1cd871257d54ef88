"""Release PDFs: render them with WeasyPrint, cache them, serve the official upload first.

Two caches, each with one job: the rendered bytes here, by a fingerprint of everything the
PDF shows (a render costs half a second; an edit elsewhere on the site must not cost
another), and the public answer in the page cache (core.cache), like any public page,
renewed at every content change on every process.
"""

import base64
import hashlib
import json
import logging
import mimetypes
from dataclasses import dataclass
from functools import cache as memoize
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.db import DatabaseError
from django.db.models import F, Prefetch, QuerySet
from django.template import loader
from django.utils import translation
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from core.cache import cache_call
from core.origin import absolute_url
from events.models import EventOrganisation
from partners.models import Participation, Person, Project
from partners.visibility import Output, site_runs

from .models import (
    DOWNLOAD_FLUSH_SECONDS,
    PressRelease,
    downloads_cache_key,
    downloads_flush_key,
)
from .visibility import release_marks

logger = logging.getLogger(__name__)

PDF_TEMPLATE = "pressroom/release_pdf.html"
# A rendered PDF is renewed when its fingerprint changes, not when time passes; the
# timeout only lets the cache forget releases nobody downloads any more.
PDF_CACHE_TIMEOUT = 60 * 60 * 24 * 30
PDF_CACHE_PREFIX = "pressroom:pdf"


class LocalOnlyURLFetcher(URLFetcher):
    """Let WeasyPrint read our own static files and nothing else: no network, ever.

    A release body is sanitised, but a link or image that slipped through must neither
    make the server call out (SSRF, slow renders) nor read files outside static/.
    """

    def __init__(self, *, root: Path, **kwargs):
        super().__init__(allowed_protocols={"file", "data"}, **kwargs)
        self.root = root.resolve()

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            # Logos and emblems from the media storage, embedded by _pdf_context: the
            # Markdown sanitiser lets no image into a release's text, so only ours get here.
            return super().fetch(url, headers)
        if not url.startswith("file:"):
            raise ValueError(f"Only local files may be used in a release PDF, not {url!r}")
        path = Path(url2pathname(urlsplit(url).path)).resolve()
        if not path.is_relative_to(self.root):
            raise ValueError(f"{url!r} is outside the static files folder")
        return super().fetch(url, headers)


def _static_root() -> Path:
    # The source folder, not STATIC_ROOT: it exists in development and in tests too.
    return Path(settings.BASE_DIR) / "static"


@memoize
def _template_digest() -> str:
    """Part of every fingerprint, so that a deploy with a new layout renews every PDF."""
    template = loader.get_template(PDF_TEMPLATE)
    source = Path(template.origin.name).read_bytes()
    css = (_static_root() / "css" / "release_pdf.css").read_bytes()
    return hashlib.sha256(source + css).hexdigest()[:16]


@dataclass(frozen=True)
class PdfDocument:
    content: bytes
    etag: str  # quoted, ready for the ETag header


def release_with_pdf_data(
    queryset: QuerySet[PressRelease] | None = None,
) -> QuerySet[PressRelease]:
    """A queryset that loads all a release's PDF shows in three queries, whatever its size."""
    queryset = PressRelease.objects.all() if queryset is None else queryset
    return queryset.select_related("project", "event").prefetch_related(
        Prefetch("contacts", queryset=Person.objects.select_related("organisation")),
        Prefetch(
            "project__participations",
            queryset=Participation.objects.select_related("organisation").order_by("pk"),
        ),
        # A release about an event outside any project carries the event's funders' marks.
        Prefetch(
            "event__roles",
            queryset=EventOrganisation.objects.select_related("organisation__visibility").order_by(
                "order", "pk"
            ),
        ),
    )


def _load_pdf_data(release: PressRelease) -> PressRelease:
    """Reload the release with its related objects unless the caller already did."""
    cached = getattr(release, "_prefetched_objects_cache", {})
    if "contacts" in cached and (
        release.project_id is None
        or "participations" in getattr(release.project, "_prefetched_objects_cache", {})
    ):
        return release
    return release_with_pdf_data().get(pk=release.pk)


def release_pdf_fingerprint(*, release: PressRelease) -> str:
    """A digest of everything the rendered PDF shows, from ids and update times.

    Organisations and the release carry `updated_at`; people and participations do not,
    so their printed fields and ids go in directly. Any edit, addition or removal of a
    contact, an implementer or a funder (and a funder's statement) changes the digest.
    """
    release = _load_pdf_data(release)
    project: Project | None = release.project
    parts = {
        "layout": _template_digest(),
        "origin": settings.SITE_ORIGIN,  # where the PDF's relative links point
        "language": translation.get_language(),
        "release": [release.pk, release.updated_at.isoformat()],
        "contacts": sorted(
            [
                p.pk,
                p.name,
                p.position,
                p.phone,
                p.phone_note,
                p.email,
                p.organisation_id,
                p.organisation.updated_at.isoformat(),
            ]
            for p in release.contacts.all()
        ),
        "project": None,
        # What the funders require (their rules are content, cached per content version).
        "marks": repr(release_marks(release, Output.PRESS_RELEASE)),
        "cover": release.cover_image.name if release.cover_image else "",
    }
    if project is not None:
        parts["project"] = [
            project.pk,
            project.updated_at.isoformat(),
            sorted(
                [
                    p.pk,
                    p.role,
                    str(p.contribution),
                    p.organisation_id,
                    p.organisation.updated_at.isoformat(),
                ]
                for p in project.participations.all()
            ),
        ]
    payload = json.dumps(parts, sort_keys=True, default=str).encode()
    return hashlib.sha256(payload).hexdigest()[:32]


def _data_uri(file) -> str | None:
    """A stored picture as a data: URI, so that WeasyPrint reads it from memory whatever
    the storage (a bucket has no file path) and never from the network."""
    try:
        with file.storage.open(file.name, "rb") as handle:
            content = handle.read()
    except (OSError, ValueError):
        logger.warning("Picture %s missing from storage; left out of the PDF", file.name)
        return None
    mime = mimetypes.guess_type(file.name)[0] or "image/png"
    return f"data:{mime};base64,{base64.b64encode(content).decode()}"


def _pdf_context(release: PressRelease) -> dict:
    project = release.project
    implementers = project.implementers() if project else []
    funders = [org for org in project.funders() if org.funder_statement] if project else []
    runs_it = not implementers or site_runs(implementers)
    # Static pictures by their file:// address: the base URL is the release's public page.
    static_root = _static_root().as_uri() + "/"
    logos = []
    for org in implementers:
        src = _data_uri(org.logo) if org.logo else None
        if src:
            logos.append({"src": src, "alt": _("Logo of %(name)s") % {"name": org.name}})
    if runs_it and not implementers:
        logos.append({"src": static_root + "img/logo.svg", "alt": settings.LPRC_SITE["name"]})
    marks = []
    for mark in release_marks(release, Output.PRESS_RELEASE):
        emblem_src = None
        if mark.emblem and mark.emblem.static_path:
            emblem_src = static_root + mark.emblem.static_path
        elif mark.emblem and mark.emblem.media_name:
            from django.core.files.storage import default_storage

            emblem_src = _data_uri(default_storage.open(mark.emblem.media_name))
        marks.append({"emblem": mark.emblem, "emblem_src": emblem_src, "statement": mark.statement})
    disclaimers = list(
        dict.fromkeys(
            m.disclaimer for m in release_marks(release, Output.PRESS_RELEASE) if m.disclaimer
        )
    )
    names = get_text_list([str(org) for org in implementers], _("and"))
    site = settings.LPRC_SITE
    return {
        "release": release,
        "site": site,
        "runs_it": runs_it,
        "author": f"{site['name']} ({site['short_name']})" if runs_it else names,
        "logos": logos,
        "marks": marks,
        "disclaimers": disclaimers,
        "contacts": list(release.contacts.all()),
        "implementers": implementers,
        "implementers_sentence": names,
        "funders": funders,
    }


# PDF/A-3a: archival, with the logical structure (tags) that level "a" requires; the same
# tags, the title shown as the window title and the language make it PDF/UA-1 too, which
# WeasyPrint declares for one variant only, so the finisher adds its identification.
PDF_VARIANT = "pdf/a-3a"
_PDFUA_NS = b'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"'


def _declare_pdf_ua(document, pdf) -> None:
    reference = pdf.catalog["Metadata"]  # b"170 0 R"
    number = reference.split()[0]
    stream = pdf.objects[int(number.decode() if isinstance(number, bytes) else number)]
    content = b"".join(
        part if isinstance(part, bytes) else str(part).encode() for part in stream.stream
    )
    marker = b"pdfaid:part="
    if marker in content and b"pdfuaid" not in content:
        content = content.replace(marker, _PDFUA_NS + b' pdfuaid:part="1" ' + marker, 1)
        stream.stream = [content]


def release_render_pdf(*, release: PressRelease) -> bytes:
    """Render the release as a PDF with the letterhead, contacts and funders' statement.

    Relative links in the text resolve as they do on the release's page, against its
    public address (settings.SITE_ORIGIN): with the static folder as the base they became
    file:// paths, broken and naming the server's folders (issue 15, finding 7). The
    stylesheet and the logo are named by their file:// address in the template, and the
    fetcher reads those from the static folder and nothing else.
    """
    release = _load_pdf_data(release)
    root = _static_root()
    context = {**_pdf_context(release), "static_root": root.as_uri() + "/"}
    html = loader.render_to_string(PDF_TEMPLATE, context)
    document = HTML(
        string=html,
        base_url=absolute_url(release.get_absolute_url()),
        url_fetcher=LocalOnlyURLFetcher(root=root),
    )
    return document.write_pdf(pdf_variant=PDF_VARIANT, finisher=_declare_pdf_ua)


def release_pdf_cache_key(release: PressRelease, fingerprint: str) -> str:
    return f"{PDF_CACHE_PREFIX}:{release.pk}:{fingerprint}"


def release_pdf(*, release: PressRelease, fingerprint: str | None = None) -> PdfDocument | None:
    """The rendered PDF of a release (from the cache while nothing it shows has changed).

    Returns None when staff uploaded an official PDF: the caller streams that file. A
    caller that has just computed the fingerprint (for a conditional request) passes it.
    """
    if release.official_pdf:
        return None
    release = _load_pdf_data(release)
    if fingerprint is None:
        fingerprint = release_pdf_fingerprint(release=release)
    key = release_pdf_cache_key(release, fingerprint)
    content = cache_call(cache.get, key)
    if content is None:
        content = release_render_pdf(release=release)
        cache_call(cache.set, key, content, PDF_CACHE_TIMEOUT)
    return PdfDocument(content=content, etag=f'"{fingerprint}"')


def release_official_pdf_etag(*, release: PressRelease) -> str:
    # Every upload lands under a new random name, so the name identifies the content.
    return f'"{hashlib.sha256(release.official_pdf.name.encode()).hexdigest()[:32]}"'


def release_count_download(*, release_id: int) -> None:
    """Count one download, with a database write for at most one download per window.

    Every download increments a counter in the cache. The first download of a release in
    each DOWNLOAD_FLUSH_SECONDS window (whichever request's `cache.add` of the window's
    marker succeeds: atomic in local memory and in Redis) takes what has gathered and adds
    it to the database with F(), so parallel workers never lose or double a download.
    A quiet release is therefore written at every download; a busy one once per window.
    If the cache forgets (eviction, restart), at most one window's downloads are lost;
    if the database write fails, the taken downloads go back to the cache for the next
    window. Without a cache every download is written at once.
    """
    # The backend itself, once: every download runs this, and each use of the
    # django.core.cache.cache proxy costs a look-up of its own.
    backend = caches[DEFAULT_CACHE_ALIAS]
    key = downloads_cache_key(release_id)
    if cache_call(_increment, backend, key) is None:
        _add_downloads(release_id, 1)
        return
    flush_key = downloads_flush_key(release_id)
    # Most downloads find the window's marker there; looking is cheaper than a failed add.
    if cache_call(backend.has_key, flush_key) or not cache_call(
        backend.add, flush_key, True, DOWNLOAD_FLUSH_SECONDS
    ):
        return  # written less than a window ago: this download waits in the cache
    taken = cache_call(_take, backend, key)
    if not taken:
        return
    try:
        _add_downloads(release_id, taken)
    except DatabaseError:
        logger.warning(
            "Could not write %s downloads of release %s; kept for later", taken, release_id
        )
        cache_call(backend.incr, key, taken)


def _add_downloads(release_id: int, count: int) -> None:
    PressRelease.objects.filter(pk=release_id).update(download_count=F("download_count") + count)


def _increment(backend, key: str) -> int:
    try:
        return backend.incr(key)
    except ValueError:  # the first download since the counter was last emptied or forgotten
        backend.add(key, 0, timeout=None)
        return backend.incr(key)


def _take(backend, key: str) -> int:
    """Subtract what the counter holds and return it; increments meanwhile stay counted."""
    count = backend.get(key) or 0
    if count:
        backend.decr(key, count)
    return count
