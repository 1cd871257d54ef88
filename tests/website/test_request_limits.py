"""Oversized request bodies under gunicorn, as the finding was made (issue 15, finding 8):
a visitor with the CSRF cookie of /admin/login/ declares a 300 MB multipart upload and
starts sending it. The answer is a 413 before the body is read, and nothing lands in the
temporary folder; a request naming a host the site does not serve is a plain 400."""

import contextlib
import re
import socket
import time

import pytest

from tests.live_site import Gunicorn, manage, site_env

# Body limits are gunicorn's and the middleware's: the database does not matter.
pytestmark = [pytest.mark.slow, pytest.mark.database_independent]

BOUNDARY = "lprc-limit-test"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("request-limits")
    uploads = tmp / "uploads-tmp"
    uploads.mkdir()
    env = site_env(
        tmp,
        database_url=f"sqlite:///{tmp / 'site.sqlite3'}",
        DJANGO_SETTINGS_MODULE="tests.settings",  # plain static files, no collectstatic
        TMPDIR=str(uploads),  # where Django's multipart parser writes large file parts
    )
    manage(env, "migrate", "--noinput", "-v0")
    with Gunicorn(env, tmp, workers=1) as server:
        server.uploads = uploads
        yield server
    log = server.error_path.read_text()
    assert "Traceback" not in log, log[-3000:]


def exchange(
    port: int, head: str, body: bytes = b"", *, more: bytes = b"", wait: float = 10
) -> tuple[bytes, float]:
    """Send a request's head and the start of its body, read the answer (and how long it
    took), then try to go on sending ``more``, as a client that ignores the answer would."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as connection:
        connection.sendall(head.encode("latin-1") + body)
        answer = b""
        while b"</html>" not in answer:
            try:
                chunk = connection.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not chunk:
                break
            answer += chunk
        took = time.monotonic() - started
        # The server may have closed the connection by now: what it should do.
        with contextlib.suppress(OSError):
            connection.sendall(more)
    return answer, took


def test_a_huge_anonymous_upload_is_refused_before_it_reaches_the_disk(site):
    page, _ = exchange(site.port, "GET /admin/login/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    csrf = re.search(rb"csrftoken=([A-Za-z0-9]+)", page).group(1).decode()
    start = (
        f"--{BOUNDARY}\r\n"
        f'Content-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n{csrf}\r\n'
        f"--{BOUNDARY}\r\n"
        'Content-Disposition: form-data; name="file"; filename="big.bin"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode() + b"\0" * 65536
    rest = b"\0" * (6 * 1024 * 1024)  # past FILE_UPLOAD_MAX_MEMORY_SIZE (5 MB) with the start
    head = (
        "POST /admin/login/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en\r\n"
        f"Cookie: csrftoken={csrf}\r\n"
        f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
        f"Content-Length: {300 * 1024 * 1024}\r\n\r\n"
    )
    answer, seconds = exchange(site.port, head, start, more=rest)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"Too much sent at once" in answer
    assert seconds < 5
    assert list(site.uploads.iterdir()) == []


def test_an_unknown_host_is_a_plain_400_under_gunicorn(site):
    for path in ("/", "/healthz/", "/admin/", "/no-such-page/"):
        answer, _ = exchange(
            site.port, f"GET {path} HTTP/1.1\r\nHost: evil.example\r\nAccept-Language: en\r\n\r\n"
        )
        assert answer.startswith(b"HTTP/1.1 400"), (path, answer[:200])
        assert b"We could not understand that request" in answer
