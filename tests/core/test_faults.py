"""A database that cannot be reached gives a friendly 503 page quickly, never a 500 or a
hang, and the site serves normally again by itself once the database is back."""

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.test import Client
from django.urls import reverse

from tests.servers import free_port, stop_server, wait_until_serving
from website import views as website_views

FRIENDLY = "Back in a moment"


def assert_outage_page(response):
    assert response.status_code == 503
    assert FRIENDLY in response.content.decode()
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "default-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_view_that_cannot_reach_the_database_answers_503(client, monkeypatch, error):
    def unreachable(*args, **kwargs):
        raise error('connection to server at "db" failed: Connection refused')

    monkeypatch.setattr(website_views.HomeView, "get_context_data", unreachable)
    assert_outage_page(client.get(reverse("website:home")))


class DatabaseGoneInMiddleware:
    """Stands for middleware that touches the database outside any view (a session save)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise OperationalError("server closed the connection unexpectedly")


@pytest.mark.django_db
def test_database_error_outside_a_view_answers_503_too(settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.DatabaseGoneInMiddleware"]
    client = Client(raise_request_exception=False)
    assert_outage_page(client.get(reverse("website:home")))


@pytest.mark.django_db
def test_other_errors_stay_500(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(website_views.HomeView, "get_context_data", broken)
    response = Client(raise_request_exception=False).get(reverse("website:home"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


# Against a real PostgreSQL that is stopped and started again -------------------------------

BASE_DIR = Path(settings.BASE_DIR)


@pytest.fixture
def site_on_postgres(throwaway_postgres, tmp_path):
    """The site under gunicorn, migrated, on the throwaway cluster."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": throwaway_postgres.url,
        "SECRET_KEY": "faults-test-only-not-secret",
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DJANGO_SETTINGS_MODULE": "tests.settings",  # no collectstatic here
        "LPRC_VAR_DIR": str(tmp_path),
        "LOG_LEVEL": "WARNING",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        timeout=180,
    )
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [
            gunicorn,
            "config.wsgi:application",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "1",
            "--timeout",
            "30",
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(server, base, seconds=10)
        yield SimpleNamespace(base=base, postgres=throwaway_postgres)
    finally:
        stop_server(server)


def fetch(url):
    """(status, headers, text, seconds) without raising on error statuses."""
    started = time.monotonic()
    try:
        # An English browser: the 503 page speaks the visitor's language (Russian by default).
        request = urllib.request.Request(url, headers={"Accept-Language": "en"})
        with urllib.request.urlopen(request, timeout=10) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    return status, headers, body.decode(), time.monotonic() - started


@pytest.mark.slow
def test_stopped_postgres_gives_503_within_a_second_and_recovers_by_itself(site_on_postgres):
    site = site_on_postgres
    pages = ["/en/", reverse("admin:login")]
    for n, path in enumerate(pages):
        status, _headers, text, _seconds = fetch(f"{site.base}{path}?before={n}")
        assert status == 200, text[:500]

    site.postgres.stop()
    for attempt in range(3):
        for n, path in enumerate(pages):
            status, headers, text, seconds = fetch(f"{site.base}{path}?down={attempt}-{n}")
            assert status == 503, text[:500]
            assert FRIENDLY in text
            assert headers["Retry-After"] == "30"
            assert seconds < 1.0, f"{path} took {seconds:.2f}s to answer"

    site.postgres.start()
    for n, path in enumerate(pages):
        status, _headers, text, _seconds = fetch(f"{site.base}{path}?after={n}")
        assert status == 200, text[:500]
        assert FRIENDLY not in text


def test_postgresql_connections_give_up_after_two_seconds():
    """A database host that does not answer must not hold a worker for long."""
    probe = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.DATABASES['default'].get('OPTIONS', {})))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "SECRET_KEY": "faults-test-only-not-secret",
        "DATABASE_URL": "postgres://lprc@db.invalid:5432/lprc",
    }
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert '"connect_timeout": 2' in result.stdout
