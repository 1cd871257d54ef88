"""Whole-page caching of public pages, renewed on every process by any content change.

The content version lives in the database (core.models.ContentState, one row), where every
worker of every app server reads it: one primary-key read per cached request. A change of
public content (core.publishing) writes a new version in the same transaction as the
change, so the moment another process can see the change it files pages under the new
version; pages cached under the old one are never asked for again and age out. Scheduled
and embargoed releases go public without a save, so the row also holds the next such
moment; the first request after it writes a new version, for all processes at once.

Pages are answered by PublicPageCacheMiddleware, early in the stack (before sessions,
authentication and the URL's view), with the response exactly as the full stack produced
it the first time: the headers the later middleware adds are stored with it, not made
again. A view opts in with ``cache_public_page(view, params=[...])`` and names the query
parameters it reads; any other parameter (``?utm_source=``, ``?cb=``) is dropped before
the view sees it, so it neither changes the page nor makes a new cache entry. A view may
also ask for headers on every answer (CORS: the 304s too), a guard that may refuse a
request before anything else (a rate limit: core.throttle) and a Last-Modified header
(when public content last changed), which If-Modified-Since is then compared with.
"""

import datetime
import hashlib
import logging
import uuid
from contextlib import closing
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache as memoize
from functools import lru_cache, wraps
from operator import itemgetter

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.db import DEFAULT_DB_ALIAS, DatabaseError, IntegrityError, connections, transaction
from django.http import HttpResponseNotModified, QueryDict
from django.urls import Resolver404, get_urlconf, resolve
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.dateparse import parse_datetime
from django.utils.http import http_date, parse_http_date_safe

from .publishing import next_scheduled_change

logger = logging.getLogger(__name__)

# Pages under a retired version are never asked for again; this only frees the memory.
PAGE_TIMEOUT = 60 * 60
# Browsers and proxies may keep a public page or PDF this long, then revalidate by ETag:
# what an unpublished item may linger in a browser, never on our servers.
PUBLIC_MAX_AGE = 60
PAGE_KEY_PREFIX = "lprc:page:"
# Cookies that make a visitor's page their own: a signed-in session, a message waiting to
# be shown. Their holders get a fresh page and their responses are never stored.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


def cache_call(method, *args, **kwargs):
    """Call the cache; when it is down, log and answer None: a cache outage costs speed,
    never a failed page or download."""
    try:
        return method(*args, **kwargs)
    except Exception:  # Redis errors differ by client library; none may break a request.
        logger.warning("Cache unavailable", exc_info=True)
        return None


# The content version -----------------------------------------------------------------------


@memoize
def _read_sql() -> str:
    from .models import ContentState

    table = ContentState._meta.db_table
    return f"SELECT version, next_change FROM {table} WHERE id = {ContentState.SINGLETON_PK}"


def content_version(using: str = DEFAULT_DB_ALIAS) -> str:
    """The version every cached public page is filed under: one primary-key read.

    Read through the database driver's own cursor: a cache hit does nothing else with the
    database, and Django's cursor wrapper and per-request health check would cost more
    than the read (15 against 50 µs on SQLite). Errors still arrive as Django's
    DatabaseError, and a failed read marks the connection for its usual check.
    """
    connection = connections[using]
    connection.ensure_connection()
    with connection.wrap_database_errors, closing(connection.connection.cursor()) as cursor:
        cursor.execute(_read_sql())
        row = cursor.fetchone()
    if row is None:  # a new database, or one a restore has just flushed
        return _write_state(using=using)
    version, next_change = row
    if next_change is not None and _as_aware(next_change) <= timezone.now():
        return _write_state(using=using, expected=version)
    return version


def content_changed_at(using: str = DEFAULT_DB_ALIAS) -> datetime.datetime | None:
    """When public content last changed (the content version was last renewed), for
    Last-Modified headers; read as content_version() reads, only when a page is made."""
    from .models import ContentState

    connection = connections[using]
    connection.ensure_connection()
    sql = (
        f"SELECT changed_at FROM {ContentState._meta.db_table} "
        f"WHERE id = {ContentState.SINGLETON_PK}"
    )
    with connection.wrap_database_errors, closing(connection.connection.cursor()) as cursor:
        cursor.execute(sql)
        row = cursor.fetchone()
    return _as_aware(row[0]) if row and row[0] is not None else None


def content_cached(name: str, compute):
    """A value derived from public content (a list's filter choices: its years, countries,
    projects), computed once per content version and language and shared by every page and
    process that uses the shared cache; a render without the page cache (staff, the first
    after a change) then reads it instead of aggregating over every published row.
    ``compute()`` must return something the cache can pickle."""
    try:
        version = _request_version.get() or content_version()
    except DatabaseError:
        return compute()
    key = f"lprc:derived:{version}:{translation.get_language()}:{name}"
    backend = caches[DEFAULT_CACHE_ALIAS]
    value = cache_call(backend.get, key)
    if value is None:
        value = compute()
        cache_call(backend.set, key, value, PAGE_TIMEOUT)
    return value


# The version the page cache read for the request being rendered: the values a page
# derives (content_cached) are filed under it without reading it again. A GET changes no
# content, so it holds for the whole render.
_request_version: ContextVar[str | None] = ContextVar("lprc_request_version", default=None)


def _as_aware(moment) -> datetime.datetime:
    # SQLite gives a naive moment in UTC (or its text); PostgreSQL an aware one.
    if isinstance(moment, str):
        moment = parse_datetime(moment)
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment


def _write_state(*, using: str, expected: str | None = None) -> str:
    """Write a new version (and the next scheduled moment); return the version in force.

    With ``expected``, only if the version is still that one: of several processes that
    see a scheduled moment pass, one renews and the others read what it wrote.
    """
    from .models import ContentState

    state = ContentState.objects.using(using)
    version = uuid.uuid4().hex
    values = {
        "version": version,
        "next_change": next_scheduled_change(),
        "changed_at": timezone.now(),
    }
    matching = state.filter(pk=ContentState.SINGLETON_PK)
    if expected is not None:
        matching = matching.filter(version=expected)
    if matching.update(**values):
        return version
    if expected is not None:  # renewed by another process meanwhile: use what it wrote
        in_force = state.filter(pk=ContentState.SINGLETON_PK).values_list("version", flat=True)
        return in_force.first() or _write_state(using=using)
    try:
        with transaction.atomic(using=using):
            state.create(pk=ContentState.SINGLETON_PK, **values)
    except IntegrityError:  # another process created the row meanwhile
        state.filter(pk=ContentState.SINGLETON_PK).update(**values)
    return version


def content_changed(*, using: str = DEFAULT_DB_ALIAS, **signal_kwargs) -> None:
    """Public content changed: file every page under a new version from now on.

    Called by core.publishing inside the change's transaction, and connected to the save,
    delete and many-to-many signals of every public model, so a change that bypasses
    the publishing path is still seen. The new version becomes visible to other processes
    when the change does, not before and not after.
    """
    if str(signal_kwargs.get("action", "")).startswith("pre_"):
        return  # m2m_changed is sent before and after; the "post_" one is enough
    _write_state(using=using)


# Pages --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicPage:
    """What a cached view declared: the query parameters it reads, what to do each time
    it is served with a 200 to a GET, from the cache or fresh (count a download), headers
    every answer carries, a guard run before anything else, and whether it says when
    public content last changed (Last-Modified)."""

    params: tuple[str, ...] = ()
    on_serve: object = None  # callable(request, response) or None
    headers: tuple[tuple[str, str], ...] = ()
    guard: object = None  # callable(request) -> a response refusing it, or None
    last_modified: bool = False

    def query(self, request) -> QueryDict:
        """The request's query string reduced to the declared parameters, ordered by name
        (so that ?a=1&b=2 and ?b=2&a=1 are one page)."""
        if not request.META.get("QUERY_STRING") or not request.GET:
            return request.GET
        pairs = sorted(
            ((name, value) for name in self.params for value in request.GET.getlist(name)),
            key=itemgetter(0),
        )
        query = QueryDict(mutable=True)
        for name, value in pairs:
            query.appendlist(name, value)
        query._mutable = False
        return query

    def served(self, request, response) -> None:
        if self.on_serve is not None and request.method == "GET" and response.status_code == 200:
            self.on_serve(request, response)

    def refused(self, request):
        return self.guard(request) if self.guard is not None else None

    def add_headers(self, response):
        for name, value in self.headers:
            response.headers.setdefault(name, value)
        return response


def cache_public_page(
    view, *, params=(), on_serve=None, headers=None, guard=None, last_modified=False
):
    """Mark a public view as cached by PublicPageCacheMiddleware.

    ``params`` are the query parameters the view reads; it never sees any other. Anonymous
    GET/HEAD answers with status 200 and no cookies are stored until the content changes;
    staff (signed in) always get a fresh page. ``on_serve(request, response)`` runs for
    every 200 answer to a GET, cached or not, after the request's transaction; what it
    needs of the response it reads from attributes the view set (they are stored too).

    ``headers`` (a dict) go on every answer, the 304s and the guard's refusals included;
    ``guard(request)`` runs first, for every request, and answers instead of the page when
    it returns a response; with ``last_modified`` the page says when public content last
    changed, and a client's If-Modified-Since gets a 304 after that.
    """
    page = PublicPage(
        params=tuple(params),
        on_serve=on_serve,
        headers=tuple((headers or {}).items()),
        guard=guard,
        last_modified=last_modified,
    )

    @wraps(view)
    @transaction.non_atomic_requests
    def wrapper(request, *args, **kwargs):
        # ATOMIC_REQUESTS is lifted so that a request the cache answers opens no
        # transaction; a render runs inside one, as every other view does.
        handled = getattr(request, "public_page", None) is page
        if not handled:  # called without the middleware (a test's RequestFactory)
            request.GET = page.query(request)
            refused = page.refused(request)
            if refused is not None:
                return page.add_headers(refused)
        with transaction.atomic():
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
        page.add_headers(response)
        if not handled:
            page.served(request, response)
        return response

    wrapper.public_page = page
    return wrapper


def _request_language(request) -> str:
    """The language LocaleMiddleware (later in the stack) will choose for this request."""
    if (
        not (
            request.META.get("HTTP_ACCEPT_LANGUAGE")
            or settings.LANGUAGE_COOKIE_NAME in request.COOKIES
            or settings.USE_I18N is False
        )
        and not _language_in_paths()
    ):
        return settings.LANGUAGE_CODE  # nothing asks for another: most requests, and bots
    urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
    i18n_patterns_used, prefixed_default = is_language_prefix_patterns_used(urlconf)
    language = translation.get_language_from_request(request, check_path=i18n_patterns_used)
    if (
        i18n_patterns_used
        and not prefixed_default
        and not translation.get_language_from_path(request.path_info)
    ):
        language = settings.LANGUAGE_CODE
    return language


def _language_in_paths() -> bool:
    return is_language_prefix_patterns_used(get_urlconf() or settings.ROOT_URLCONF)[0]


def page_key(request, version: str) -> str:
    """Version, language, scheme, host, path and the declared query parameters: two
    requests with the same key get the same bytes.

    The host is the one the request names, unchecked: a page is only ever stored for a
    host Django accepted (ALLOWED_HOSTS, checked before storing), so any other host
    finds nothing and goes on to the full stack, which refuses it.
    """
    raw = "|".join(
        [
            version,
            _request_language(request),
            request.scheme,
            request._get_raw_host(),
            request.path,
            request.GET.urlencode() if request.META.get("QUERY_STRING") else "",
        ]
    )
    return PAGE_KEY_PREFIX + hashlib.sha256(raw.encode()).hexdigest()[:40]


def _is_cacheable(request) -> bool:
    return request.method in ("GET", "HEAD") and not any(
        name in request.COOKIES for name in PERSONAL_COOKIES
    )


# A browser revalidating its copy sends one of these; without them, no comparison to make.
CONDITIONAL_HEADERS = (
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_MATCH",
    "HTTP_IF_UNMODIFIED_SINCE",
)


def _conditional(request, response):
    if not any(header in request.META for header in CONDITIONAL_HEADERS):
        return response
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    return get_conditional_response(
        request, etag=response.get("ETag"), last_modified=last_modified, response=response
    )


def _public(response) -> bool:
    """An answer anyone may be given: a 200 that sets no cookie and that its view did not
    mark private (never_cache, a preview)."""
    if response.status_code != 200 or response.cookies:
        return False
    control = response.get("Cache-Control", "")
    return "private" not in control and "no-store" not in control


def _storable(response) -> bool:
    return not response.streaming


class PublicPageCacheMiddleware:
    """Answer cached public pages before sessions, authentication and the view.

    Put it right after WhiteNoise: the middleware before it (SecurityMiddleware: HSTS,
    redirects to HTTPS) runs for every answer, cached or not; the middleware after it ran
    when the page was first made, and what it added (the CSP, Vary, Content-Language,
    X-Frame-Options) is stored with the page and sent again as it was.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        page = self._page_of(request)
        if page is None:
            return self.get_response(request)
        request.public_page = page
        request.GET = page.query(request)
        refused = page.refused(request)
        if refused is not None:
            return page.add_headers(refused)
        if not _is_cacheable(request):
            return self._fresh(request, page)
        try:
            version = content_version()
        except DatabaseError:
            # The view meets the same outage and answers with the 503 page.
            logger.warning("Content version unavailable", exc_info=True)
            return self._fresh(request, page)
        key = page_key(request, version)
        backend = caches[DEFAULT_CACHE_ALIAS]  # once: each use of the proxy costs a look-up
        cached = cache_call(backend.get, key)
        if cached is not None:
            answer = _conditional(request, cached)
            if answer is cached:
                page.served(request, cached)
            else:
                page.add_headers(answer)
            return answer
        page_etag = f'"{key[-32:]}"'
        # The compressed copy's tag is the weak form of the same one (core.compression).
        if request.META.get("HTTP_IF_NONE_MATCH", "").removeprefix("W/") == page_etag:
            # Another process served this page: the browser's copy is still current.
            answer = HttpResponseNotModified()
            answer["ETag"] = page_etag
            return page.add_headers(answer)
        token = _request_version.set(version)
        try:
            response = self.get_response(request)
        finally:
            _request_version.reset(token)
        if _public(response):
            if not response.has_header("ETag"):
                response["ETag"] = page_etag
            if page.last_modified and not response.has_header("Last-Modified"):
                changed_at = content_changed_at()
                if changed_at is not None:
                    response["Last-Modified"] = http_date(changed_at.timestamp())
            patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
            if _storable(response):
                request.get_host()  # refuses a host Django does not serve (see page_key)
                cache_call(backend.set, key, response, PAGE_TIMEOUT)
            if page.last_modified:  # If-Modified-Since, met by a page just made
                answer = _conditional(request, response)
                if answer is not response:
                    return page.add_headers(answer)
        page.served(request, response)
        return response

    def _fresh(self, request, page):
        response = self.get_response(request)
        page.served(request, response)
        return response

    @staticmethod
    def _page_of(request) -> PublicPage | None:
        urlconf = getattr(request, "urlconf", None) or get_urlconf()
        if len(request.path_info) > MAX_REMEMBERED_PATH:
            return _resolve_page(request.path_info, urlconf)
        return _remembered_page(request.path_info, urlconf)


# What an address leads to depends on the URLconf alone, never on content: a bounded
# memory of it spares each request a walk through the URL patterns (50 µs).
MAX_REMEMBERED_PATH = 300


def _resolve_page(path: str, urlconf) -> PublicPage | None:
    # A prefixed address (/ru/events/) resolves only while its language is active, which
    # LocaleMiddleware, later in the stack, has not yet made it: the path says which.
    language = translation.get_language_from_path(path) or translation.get_language()
    try:
        with translation.override(language):
            match = resolve(path, urlconf)
    except Resolver404:
        return None
    return getattr(match.func, "public_page", None)


_remembered_page = lru_cache(maxsize=4096)(_resolve_page)
