"""What every open-data address does besides its content: cached with the public pages
(renewed by every publish or unpublish, ETag and Last-Modified, 304s), open to scripts on
other sites (CORS for GET), and rate-limited per client address in the shared cache.
"""

from functools import lru_cache, wraps

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.utils.translation import gettext

from core.cache import cache_public_page
from core.throttle import Rate, seconds_to_wait

THROTTLE_SCOPE = "open-data"
SAFE_METHODS = ("GET", "HEAD")

# On every answer (the 304s and 429s too): any site's scripts may read what anyone may.
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": (
        "Content-Disposition, Content-Language, ETag, Last-Modified, Retry-After"
    ),
}
# The answer to a browser's preflight: a script that sends If-None-Match (a header a
# browser does not let through unasked) asks first.
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": (
        "Accept, Accept-Language, Content-Language, If-Modified-Since, If-None-Match"
    ),
    "Access-Control-Max-Age": "86400",
}


@lru_cache(maxsize=8)
def _rate(text: str) -> Rate:
    return Rate.parse(text)


def rate_limit(request):
    """core.cache's guard: None, or a 429 saying when to come back (Retry-After)."""
    wait = seconds_to_wait(request, scope=THROTTLE_SCOPE, rate=_rate(settings.OPEN_DATA_RATE))
    if wait is None:
        return None
    response = JsonResponse(
        {"detail": gettext("Too many requests; try again in %(seconds)s s.") % {"seconds": wait}},
        status=429,
    )
    response["Retry-After"] = str(wait)
    response["Cache-Control"] = "no-store"
    return response


def open_data(view, *, params=()):
    """A public, read-only, cached, CORS-open and rate-limited open-data address.

    ``params`` are the query parameters the view reads (core.cache.cache_public_page);
    any other is dropped before the view sees it.
    """

    @wraps(view)
    def endpoint(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            for name, value in PREFLIGHT_HEADERS.items():
                response[name] = value
            return response
        if request.method not in SAFE_METHODS:
            return HttpResponseNotAllowed(["GET", "HEAD", "OPTIONS"])
        return view(request, *args, **kwargs)

    return cache_public_page(
        endpoint, params=params, headers=CORS_HEADERS, guard=rate_limit, last_modified=True
    )
