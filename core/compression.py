"""Public pages, feeds and calendars go out gzip-compressed; nothing else does.

Compression of a page that carries a secret (a CSRF token, a signed-in editor's page)
lets an attacker who can inject text and watch sizes guess the secret (BREACH). So this
compresses only what the page cache treats as public (core.cache): a GET or HEAD to a
page declared with cache_public_page, from a visitor without a session or message
cookie, answered with a 200 that sets no cookie and is not private. Those carry no
secret: they are the same bytes for every visitor.

It sits right before PublicPageCacheMiddleware, so a page the cache answers is
compressed too. The cache keeps pages uncompressed (one copy serves clients with and
without gzip); each process keeps the compressed bodies it made last, by ETag (which
names one version of one page), so a page is compressed once per version, not per hit.
"""

import gzip
import re
from collections import OrderedDict
from threading import Lock

from django.utils.cache import patch_vary_headers

from .cache import _is_cacheable, _public

COMPRESSIBLE = re.compile(
    r"^(text/|application/(xml|rss\+xml|atom\+xml|json|javascript)|image/svg\+xml)"
)
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
MIN_LENGTH = 200
MEMORY_BYTES = 8 * 1024 * 1024


class _Remembered:
    """A small least-recently-used memory of compressed bodies, by ETag and body length."""

    def __init__(self, limit: int):
        self.limit, self.size, self.items, self.lock = limit, 0, OrderedDict(), Lock()

    def get(self, key):
        with self.lock:
            value = self.items.get(key)
            if value is not None:
                self.items.move_to_end(key)
            return value

    def put(self, key, value: bytes):
        with self.lock:
            if key in self.items:
                return
            self.items[key] = value
            self.size += len(value)
            while self.size > self.limit and self.items:
                _, old = self.items.popitem(last=False)
                self.size -= len(old)


_remembered = _Remembered(MEMORY_BYTES)


def _eligible(request, response) -> bool:
    return (
        getattr(request, "public_page", None) is not None
        and _is_cacheable(request)
        and _public(response)
        and not response.streaming
        and not response.has_header("Content-Encoding")
        and COMPRESSIBLE.match(response.get("Content-Type", ""))
        and len(response.content) >= MIN_LENGTH
    )


class PublicCompressionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not _eligible(request, response):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        if not ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            return response
        etag = response.get("ETag", "")
        key = (etag, len(response.content)) if etag else None
        body = _remembered.get(key) if key else None
        if body is None:
            body = gzip.compress(response.content, compresslevel=6, mtime=0)
            if key:
                _remembered.put(key, body)
        if len(body) >= len(response.content):
            return response
        response.content = body
        response["Content-Length"] = str(len(body))
        response["Content-Encoding"] = "gzip"
        # Another representation of the same page: the same tag, made weak (RFC 9110).
        if etag and not etag.startswith("W/"):
            response["ETag"] = "W/" + etag
        return response
