"""A database that cannot be reached gives a friendly 503 page quickly, never a 500 or a
hang, and the site serves normally again by itself once the database is back."""

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
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

from core import views as core_views

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

    monkeypatch.setattr(core_views.HomeView, "get_context_data", unreachable)
    assert_outage_page(client.get(reverse("core:home")))


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
    assert_outage_page(client.get(reverse("core:home")))


@pytest.mark.django_db
def test_other_errors_stay_500(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(core_views.HomeView, "get_context_data", broken)
    response = Client(raise_request_exception=False).get(reverse("core:home"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


# Against a real PostgreSQL that is stopped and started again -------------------------------

PG_BIN = Path(os.environ.get("LPRC_PG_BIN", "/usr/lib/postgresql/15/bin"))
BASE_DIR = Path(settings.BASE_DIR)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def throwaway_postgres():
    """A PostgreSQL cluster of its own (initdb, pg_ctl) in a temporary folder on a free
    port; the machine's shared cluster on 5432 is never touched."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL's initdb is not installed in {PG_BIN}")
    run_as = []
    owner = None
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no postgres user to run PostgreSQL as")
        run_as = ["runuser", "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="lprc-pg-"))
    if owner:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    data, port = folder / "data", free_port()

    def pg(*args, check=True):
        return subprocess.run(
            [*run_as, *map(str, args)],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=60,
            check=check,
        )

    def start():
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        pg(PG_BIN / "pg_ctl", "-D", data, "-l", folder / "log", "-o", options, "-w", "start")

    def stop():
        pg(PG_BIN / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop")

    pg(PG_BIN / "initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
    start()
    try:
        pg(PG_BIN / "createdb", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "lprc")
        yield SimpleNamespace(
            url=f"postgres://postgres@127.0.0.1:{port}/lprc", start=start, stop=stop
        )
    finally:
        pg(PG_BIN / "pg_ctl", "-D", data, "-m", "immediate", "stop", check=False)
        shutil.rmtree(folder, ignore_errors=True)


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
        "LPRC_PLAIN_STATIC": "1",
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
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz/", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("gunicorn did not start")
        yield SimpleNamespace(base=base, postgres=throwaway_postgres)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def fetch(url):
    """(status, headers, text, seconds) without raising on error statuses."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    return status, headers, body.decode(), time.monotonic() - started


@pytest.mark.slow
def test_stopped_postgres_gives_503_within_a_second_and_recovers_by_itself(site_on_postgres):
    site = site_on_postgres
    pages = ["/", reverse("admin:login")]
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
