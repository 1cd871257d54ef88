"""Site-wide middleware: extra security headers, and a 503 page when the database is away."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

#: Seconds a client (or a load balancer) should wait before asking again.
RETRY_AFTER_SECONDS = 30


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set itself (Permissions-Policy)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy:
            response.headers.setdefault("Permissions-Policy", policy)
        return response


def static_file_headers(headers, path: str, url: str) -> None:
    """WHITENOISE_ADD_HEADERS_FUNCTION: the headers of pages, on static files too.

    WhiteNoise answers static files right after SecurityMiddleware (nosniff, referrer and
    opener policies, HSTS), so the middlewares further down never see those responses; an
    SVG opened on its own must not be framed or run anything either.
    """
    from csp.utils import build_policy

    headers.setdefault("Content-Security-Policy", build_policy())
    headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
    policy = getattr(settings, "PERMISSIONS_POLICY", "")
    if policy:
        headers.setdefault("Permissions-Policy", policy)


def database_unavailable_response() -> HttpResponse:
    """The 503 page, rendered without a request so that no context processor touches the DB."""
    page = render_to_string("503.html", {"site": settings.LPRC_SITE})
    response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Never let a cache keep the outage page in place of the real one.
    response["Cache-Control"] = "no-store"
    return response


def is_database_unavailable(exc: BaseException | None) -> bool:
    return isinstance(exc, OperationalError | InterfaceError)


class DatabaseUnavailableMiddleware:
    """Answer 503 with a friendly page when the database cannot be reached.

    A view (or its ATOMIC_REQUESTS transaction, or a lazy template) that fails with
    OperationalError or InterfaceError is turned into a 503 with Retry-After, so visitors
    see "back soon" instead of a server error, and load balancers and crawlers retry
    later. Once the database answers again, Django's connection health checks reconnect
    on the next request: nothing needs restarting.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        logger.error("Database unavailable for %s: %s", request.path, exception)
        return database_unavailable_response()


class RequestBodyLimitMiddleware:
    """Refuse a request body over its limit before anything reads it: 413.

    Django's DATA_UPLOAD_MAX_MEMORY_SIZE counts the fields of a form but not its files, and
    the multipart parser writes each file over FILE_UPLOAD_MAX_MEMORY_SIZE to the temporary
    folder while it reads: a 300 MB POST to /admin/login/, with the CSRF cookie any visitor
    gets, was written to disk before the login refused it (issue 15, finding 8). Here the
    declared Content-Length is compared with the limit before the CSRF check (the first
    reader of the body) runs: visitors who are not signed-in staff may send
    ANONYMOUS_REQUEST_MAX_BYTES, staff STAFF_REQUEST_MAX_BYTES (a whole admin form with its
    files; each file field has its own, lower limit). A chunked body, which declares no
    length, is refused with 411: Django would read it as empty, and a front proxy that
    buffers requests sends a length anyway.

    Put it right after AuthenticationMiddleware, so that it knows who is asking; the
    middleware before it reads no body.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower():
            return _body_refused(request, status=411, size=None, limit=None)
        size = _declared_length(request)
        if size:
            user = getattr(request, "user", None)
            staff = bool(user is not None and user.is_authenticated and user.is_staff)
            limit = (
                settings.STAFF_REQUEST_MAX_BYTES if staff else settings.ANONYMOUS_REQUEST_MAX_BYTES
            )
            if size > limit:
                logger.warning("Refused a %s-byte body to %s (limit %s)", size, request.path, limit)
                return _body_refused(request, status=413, size=size, limit=limit)
        return self.get_response(request)


def _declared_length(request) -> int:
    try:
        return max(0, int(request.META.get("CONTENT_LENGTH") or 0))
    except ValueError:
        return 0  # Django reads no body then either


def _body_refused(request, *, status: int, size: int | None, limit: int | None) -> HttpResponse:
    from django.template.defaultfilters import filesizeformat

    page = render_to_string(
        "413.html",
        {
            "site": settings.LPRC_SITE,
            "status": status,
            "size": filesizeformat(size) if size else "",
            "limit": filesizeformat(limit) if limit else "",
        },
    )
    response = HttpResponse(page, status=status)
    response["Cache-Control"] = "no-store"
    return response
