"""Serve a release PDF the cache already holds as early as a static file is served.

A journalist's second download of a release, and everyone's after the first, asks for
bytes the cache already has (services.release_pdf). Going through sessions, CSRF,
authentication, messages, URL resolving and the view for them costs more than twice what
WhiteNoise spends on a static file, so this middleware sits right after WhiteNoise and
answers a known PDF itself: a cache look-up for the content version, one for the PDF,
the download count, and the headers the full path would have set.

Everything else, a first download, a release the cache has forgotten, an official upload
(streamed from storage), a POST, falls through to pressroom.views.release_pdf_view, which
renders or streams the PDF and records what this middleware needs next time
(`remember_pdf`). A content change (core.cache.content_version) retires every record at
once, so an unpublished or edited release never comes back from here.
"""

import logging
import re
import threading
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import content_disposition_header

from core.cache import cache_call, content_version

from .models import PressRelease
from .services import PDF_CACHE_TIMEOUT, release_count_download

logger = logging.getLogger(__name__)

# Browsers and proxies may keep a public PDF this long, then revalidate by ETag; a release
# that is unpublished disappears from their caches within this many seconds.
PUBLIC_PDF_MAX_AGE = 300
PUBLIC_PDF_CACHE_CONTROL = f"public, max-age={PUBLIC_PDF_MAX_AGE}"
# What each process keeps of the PDFs it answered most recently (see LocalPdfs).
LOCAL_PDF_BYTES = 16 * 1024 * 1024


class LocalPdfs:
    """The PDFs this process answered most recently, by address key, up to a byte budget.

    An address key carries the content version, which every request still reads from the
    shared cache: when anything is saved or deleted, every key here stops being asked for
    and the entries age out. What this saves is the shared cache's copy of the PDF (with
    Redis, its bytes over the network) and a second look-up at every repeat download.
    """

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.size = 0
        self.entries: OrderedDict[str, tuple[dict, bytes, str]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str) -> tuple[dict, bytes, str] | None:
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def put(self, key: str, entry: tuple[dict, bytes, str]) -> None:
        size = len(entry[1])
        if size > self.max_bytes:
            return
        with self.lock:
            previous = self.entries.pop(key, None)
            if previous is not None:
                self.size -= len(previous[1])
            self.entries[key] = entry
            self.size += size
            while self.size > self.max_bytes:
                _, (_, content, _) = self.entries.popitem(last=False)
                self.size -= len(content)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.size = 0


local_pdfs = LocalPdfs(LOCAL_PDF_BYTES)


def _pdf_path_pattern() -> re.Pattern:
    """The public PDF address as a regular expression, from the URLconf itself.

    Reversing with placeholder values finds where the pattern is mounted ("/press/"), so
    moving the pressroom in config/urls.py moves this too.
    """
    sample = reverse("pressroom:release-pdf", kwargs={"year": "0000", "slug": "slug"})
    prefix = sample.removesuffix("0000/slug.pdf")
    # No release has a longer slug: such an address goes to the view (a 404) without
    # a cache look-up, and no cache key grows with what a client types.
    longest = PressRelease._meta.get_field("slug").max_length
    return re.compile(
        rf"^{re.escape(prefix)}(?P<year>[0-9]{{4}})/(?P<slug>[-a-zA-Z0-9_]{{1,{longest}}})\.pdf$"
    )


def pdf_address_key(year: str, slug: str, language: str) -> str:
    # The content version retires every record at once when anything is saved or
    # deleted; the language is part of it because a rendered PDF carries translated labels.
    return f"pressroom:pdf-address:{content_version()}:{language}:{year}:{slug}"


def remember_pdf(*, year: str, slug: str, release_id: int, etag: str, pdf_key: str, filename: str):
    """Record where the rendered PDF for this address is, for the middleware's next answer."""
    known = {"id": release_id, "etag": etag, "pdf_key": pdf_key, "filename": filename}
    cache_call(
        cache.set, pdf_address_key(year, slug, translation.get_language()), known, PDF_CACHE_TIMEOUT
    )


def public_pdf(request, response: HttpResponse, release_id: int) -> HttpResponse:
    """Cache headers for a public PDF, and the download count for a GET that sends it.

    Both callers (the view and the middleware) pass a response they have just built, with
    no Cache-Control of its own to merge with.
    """
    if response.status_code == 200:
        response["Cache-Control"] = PUBLIC_PDF_CACHE_CONTROL
        if request.method == "GET":
            release_count_download(release_id=release_id)
    return response


class CachedPdfMiddleware:
    """Answer GET/HEAD for a release PDF the cache knows; pass everything else on."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.pattern = None  # compiled on first use: the URLconf is not loaded yet here

    def __call__(self, request):
        if request.method in ("GET", "HEAD"):
            if self.pattern is None:
                self.pattern = _pdf_path_pattern()
            match = self.pattern.match(request.path_info)
            if match is not None:
                response = self.cached_pdf(request, match["year"], match["slug"])
                if response is not None:
                    return response
        return self.get_response(request)

    def cached_pdf(self, request, year: str, slug: str) -> HttpResponse | None:
        # The language LocaleMiddleware would choose, which the view's record is filed under.
        language = translation.get_language_from_request(request)
        address = pdf_address_key(year, slug, language)
        entry = local_pdfs.get(address)
        if entry is None:
            known = cache_call(cache.get, address)
            if known is None:
                return None
            content = cache_call(cache.get, known["pdf_key"])
            if content is None:
                return None  # evicted: the view renders and caches it again
            disposition = content_disposition_header(
                as_attachment=False, filename=known["filename"]
            )
            entry = (known, content, disposition)
            local_pdfs.put(address, entry)
        known, content, disposition = entry
        response = get_conditional_response(request, etag=known["etag"])
        if response is None:
            response = HttpResponse(content, content_type="application/pdf")
            response["Content-Disposition"] = disposition
            response["Content-Length"] = str(len(content))
        response["ETag"] = known["etag"]
        # What the middleware this answer skips would have added, so that both paths agree
        # (a test compares them). The response is new: nothing to merge with.
        response["Vary"] = "Accept-Language"
        response["Content-Language"] = language
        response["X-Frame-Options"] = settings.X_FRAME_OPTIONS
        return public_pdf(request, response, known["id"])
