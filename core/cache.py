"""Whole-page caching of public pages, invalidated by any content change.

One "content state" in the shared cache holds a version token. Saving or deleting any
public model (registered with core.publishing) replaces the token, so every cached page is stale
at once: simple and always correct, and a small site changes rarely compared with how
often it is read. Scheduled and embargoed releases become visible without a save, so the
state also records the next moment some content goes live; once it has passed, the token
is replaced as if something had been saved.
"""

import hashlib
import logging
import uuid
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from .publishing import next_scheduled_change

logger = logging.getLogger(__name__)

STATE_KEY = "lprc:content-state"
PAGE_TIMEOUT = 60 * 60


def cache_call(method, *args, **kwargs):
    """Call the cache; when it is down, log and answer None: a cache outage costs speed,
    never a failed page or download."""
    try:
        return method(*args, **kwargs)
    except Exception:  # Redis errors differ by client library; none may break a request.
        logger.warning("Cache unavailable", exc_info=True)
        return None


def content_changed(**kwargs):
    """Signal receiver: any public content changed, so every cached page is stale."""
    cache_call(cache.delete, STATE_KEY)


def content_version() -> str:
    state = cache_call(cache.get, STATE_KEY)
    now = timezone.now()
    if state is None or (state["next_change"] is not None and state["next_change"] <= now):
        state = {"version": uuid.uuid4().hex, "next_change": next_scheduled_change()}
        # Bounded, so a save missed while the cache was away goes stale within the hour.
        cache_call(cache.set, STATE_KEY, state, PAGE_TIMEOUT)
    return state["version"]


def _page_key(request, version: str) -> str:
    raw = f"{version}|{get_language()}|{request.get_full_path()}".encode()
    return "lprc:page:" + hashlib.sha256(raw).hexdigest()


def cache_public_page(view):
    """Serve anonymous GET/HEAD requests from the cache while the content is unchanged.

    Staff (signed in) always get a fresh page. Responses that set cookies or are not 200
    are never stored. The ETag is the page key, so a browser revalidates for free.
    """

    def render(request, *args, **kwargs):
        # ATOMIC_REQUESTS is lifted from the wrapper below so that a cache hit opens no
        # transaction; a miss renders inside one, as every other view does.
        with transaction.atomic():
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
        return response

    @wraps(view)
    @transaction.non_atomic_requests
    def wrapper(request, *args, **kwargs):
        cacheable = (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )
        if not cacheable:
            return render(request, *args, **kwargs)
        key = _page_key(request, content_version())
        etag = f'"{key[-32:]}"'
        if request.headers.get("If-None-Match") == etag:
            from django.http import HttpResponseNotModified

            response = HttpResponseNotModified()
            response["ETag"] = etag
            return response
        response = cache_call(cache.get, key)
        if response is None:
            response = render(request, *args, **kwargs)
            if response.status_code == 200 and not response.cookies and not response.streaming:
                response["ETag"] = etag
                patch_cache_control(response, public=True, max_age=60)
                cache_call(cache.set, key, response, PAGE_TIMEOUT)
        return response

    return wrapper
