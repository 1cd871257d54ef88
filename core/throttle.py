"""Rate limits per client address, counted in the shared cache.

A fixed window: each address may make ``N`` requests per period ("120/min"); the count
lives in the cache under a key of the address and the window, so every worker of every
app server (with REDIS_URL) counts together, and the key ages out with its window. The
address is the one django-axes reads (core.proxies: X-Forwarded-For behind our own
proxies, REMOTE_ADDR otherwise).

A cache outage lets every request through: a limit protects the site, it must never be
the thing that breaks it.
"""

import logging
import math
import re
import time
from dataclasses import dataclass

from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.exceptions import ImproperlyConfigured

from .cache import cache_call
from .proxies import client_ip

PERIODS = {"s": 1, "sec": 1, "second": 1, "min": 60, "minute": 60, "hour": 3600, "day": 86400}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*([a-z]+)\s*$")
KEY_PREFIX = "lprc:throttle:"

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rate:
    requests: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> "Rate":
        """ "120/min" -> Rate(120, 60); a rate the site cannot read stops it at start-up
        (or at the first request), never silently lifts the limit."""
        match = _RATE.match(str(text).lower())
        if not match or match.group(2) not in PERIODS or int(match.group(1)) < 1:
            raise ImproperlyConfigured(
                f"Rate limit {text!r}: write requests per period, e.g. 120/min, 5000/hour."
            )
        return cls(int(match.group(1)), PERIODS[match.group(2)])


def seconds_to_wait(request, *, scope: str, rate: Rate, now: float | None = None) -> int | None:
    """Count this request; None if it is within the limit, else the seconds until the
    address may ask again (for Retry-After)."""
    address = client_ip(request) or "unknown"
    now = time.time() if now is None else now
    window = int(now // rate.seconds)
    key = f"{KEY_PREFIX}{scope}:{address}:{window}"
    backend = caches[DEFAULT_CACHE_ALIAS]
    count = _increment(backend, key, rate.seconds)
    if count is None or count <= rate.requests:
        return None
    return max(1, math.ceil((window + 1) * rate.seconds - now))


def _increment(backend, key: str, timeout: int) -> int | None:
    """The window's count after this request, or None if the cache cannot say."""
    try:
        return backend.incr(key)
    except ValueError:  # the window's first request (or its key just aged out)
        if cache_call(backend.add, key, 1, timeout + 1):
            return 1
        return cache_call(backend.incr, key)  # another process added it meanwhile
    except Exception:  # Redis errors differ by client library; as cache_call does
        logger.warning("Cache unavailable: request not counted", exc_info=True)
        return None
