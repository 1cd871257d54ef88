"""Load: 50 concurrent connections for 30 seconds against gunicorn, with zero errors.

The site runs as in production (DEBUG off, collected and compressed static files, gunicorn
from config/gunicorn.conf.py with two workers and its preloading) on a
SQLite file with the demo content. wrk drives a mix of pages, each connection walking them
in turn (tests/website/load_mix.lua); any answer that is not a 2xx, and any socket error or
timeout, is a failure. LOAD_SECONDS and LOAD_CONNECTIONS change the run for experiments.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from tests.servers import free_port, stop_server, wait_until_serving

ROOT = Path(settings.BASE_DIR)
LUA = Path(__file__).with_name("load_mix.lua")
SECONDS = int(os.environ.get("LOAD_SECONDS", "30"))
CONNECTIONS = int(os.environ.get("LOAD_CONNECTIONS", "50"))

WRK_REQUESTS = re.compile(r"(\d+) requests in ")
WRK_NON2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
WRK_SOCKET = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
LUA_BAD = re.compile(r"Not 2xx \(lua\): (\d+) first: (\S*)")

# One Django start-up instead of three (they take seconds each on a busy machine): migrate,
# load the demo, then name an event, a release and its PDF for the mix.
BUILD_SITE = """
import io, json
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo", no_user=True, stdout=io.StringIO())
from events.models import Event
from pressroom.models import PressRelease
event = Event.objects.published().order_by("-start_date").first()
release = PressRelease.objects.published().order_by("-release_date").first()
print(json.dumps([event.get_absolute_url(), release.get_absolute_url(), release.get_pdf_url()]))
"""


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def production_site(tmp_path):
    """gunicorn serving the demo content from a SQLite file, stopped whatever happens."""
    port = free_port()
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "x",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'load.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "LPRC_VAR_DIR": str(tmp_path),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_ACCESSLOG": os.devnull,
        "LOG_LEVEL": "WARNING",
    }
    # Production's settings (the real, manifest static storage), not the tests' own.
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"
    env.pop("REDIS_URL", None)

    # collectstatic (compressing every file) needs no database: it runs alongside.
    collect = subprocess.Popen(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        build = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", BUILD_SITE],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
    finally:
        _, collect_errors = collect.communicate(timeout=180)
    assert build.returncode == 0, build.stderr
    assert collect.returncode == 0, collect_errors.decode()
    urls = json.loads(build.stdout.splitlines()[-1])  # after the shell's "objects imported"

    log = (tmp_path / "gunicorn.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(server, base, seconds=15, log=tmp_path / "gunicorn.log")
        yield base, urls, tmp_path / "gunicorn.log"
    finally:
        stop_server(server, process_group=True, timeout=25)
        log.close()


@pytest.mark.slow
@pytest.mark.database_independent  # the production site here has its own SQLite file
@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is missing: apt-get install wrk")
def test_fifty_connections_for_thirty_seconds_without_an_error(production_site):
    base, (event, release, pdf), log = production_site
    paths = ["/en/", "/en/events/", event, "/en/press/", release, pdf, "/en/projects/"]
    # Every page answers 200 on its own first (and the PDF is rendered once).
    assert {path: status_of(base + path) for path in paths} == dict.fromkeys(paths, 200)

    run = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{SECONDS}s",
            "--timeout",
            "10s",
            "-s",
            str(LUA),
            base,
            "--",
            *paths,
        ],
        capture_output=True,
        text=True,
        timeout=SECONDS + 60,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 0, out
    print(out)  # requests per second and latency, shown with -rA or -s

    requests = int(WRK_REQUESTS.search(out).group(1))
    socket_errors = WRK_SOCKET.search(out)
    non_2xx = WRK_NON2XX.search(out)
    lua_bad = LUA_BAD.search(out)
    errors = {
        "socket (connect, read, write, timeout)": (
            tuple(int(n) for n in socket_errors.groups()) if socket_errors else (0, 0, 0, 0)
        ),
        "non-2xx/3xx (wrk)": int(non_2xx.group(1)) if non_2xx else 0,
        "not 2xx (lua)": int(lua_bad.group(1)),
    }
    server_log = log.read_text()[-3000:]
    assert errors == {
        "socket (connect, read, write, timeout)": (0, 0, 0, 0),
        "non-2xx/3xx (wrk)": 0,
        "not 2xx (lua)": 0,
    }, f"{out}\nfirst bad status: {lua_bad.group(2)}\n{server_log}"
    # A real load, not a few requests that happened to pass: every page many times over.
    assert requests > 20 * len(paths), out
    assert "Traceback" not in server_log, server_log


@pytest.mark.django_db
def test_a_download_count_is_written_outside_the_read_transaction(client, monkeypatch):
    """What the load test found: on SQLite, a request that read and then wrote (a PDF
    download count) in one transaction failed with "database is locked" (a 503) beside
    another writer. The count is now written after the request's read transaction."""
    from django.db import connection

    from pressroom import views
    from tests.factories import PressReleaseFactory

    seen = []
    original = views.release_count_download

    def spy(**kwargs):
        seen.append(len(connection.atomic_blocks))
        return original(**kwargs)

    # Both answers count through pressroom.views.release_pdf_served, called by the page
    # cache: after the view on the first download, from the cache on the second.
    monkeypatch.setattr(views, "release_count_download", spy)
    release = PressReleaseFactory()
    depth = len(connection.atomic_blocks)
    assert client.get(release.get_pdf_url()).status_code == 200  # rendered
    assert client.get(release.get_pdf_url()).status_code == 200  # from the cache
    # Under pytest-django the test itself is a transaction, hence the comparison with its
    # depth: the request opened no atomic block of its own around either count.
    assert seen == [depth, depth]
