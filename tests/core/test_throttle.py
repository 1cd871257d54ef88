"""core.throttle: a fixed window per address in the shared cache; never the thing that
breaks a request."""

import pytest
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from core.throttle import Rate, seconds_to_wait


@pytest.mark.parametrize(
    ("text", "rate"),
    [("120/min", Rate(120, 60)), ("5000/hour", Rate(5000, 3600)), (" 3 / s ", Rate(3, 1))],
)
def test_rates_are_read(text, rate):
    assert Rate.parse(text) == rate


@pytest.mark.parametrize("text", ["", "120", "0/min", "ten/min", "5/fortnight", "-1/s"])
def test_a_rate_the_site_cannot_read_stops_it(text):
    with pytest.raises(ImproperlyConfigured):
        Rate.parse(text)


def test_the_window_counts_per_address_and_says_how_long_to_wait():
    rate = Rate(2, 60)
    one = RequestFactory().get("/", REMOTE_ADDR="192.0.2.1")
    other = RequestFactory().get("/", REMOTE_ADDR="192.0.2.2")
    start = 6000.0  # the start of a window (a multiple of 60)
    assert seconds_to_wait(one, scope="t", rate=rate, now=start) is None
    assert seconds_to_wait(one, scope="t", rate=rate, now=start + 10) is None
    assert seconds_to_wait(one, scope="t", rate=rate, now=start + 15) == 45
    assert seconds_to_wait(other, scope="t", rate=rate, now=start + 15) is None
    assert seconds_to_wait(one, scope="other-scope", rate=rate, now=start + 15) is None
    # The next window starts afresh.
    assert seconds_to_wait(one, scope="t", rate=rate, now=start + 60) is None


def test_a_cache_outage_lets_requests_through(monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "incr", broken)
    monkeypatch.setattr(cache, "add", broken)
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.3")
    for _ in range(5):
        assert seconds_to_wait(request, scope="t", rate=Rate(1, 60)) is None
