"""The site as production runs it, for the slow tests that need real processes: gunicorn
workers and app servers started with production settings, a publisher who works in the
admin over HTTP (signs in, posts change forms, runs actions, reverts history), and the
access log that says which worker answered each request."""

import concurrent.futures
import html
import http.client
import json
import os
import re
import subprocess
import sys
import time
import uuid
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from django.conf import settings

from tests.servers import free_port, stop_server, wait_until_serving

ROOT = Path(settings.BASE_DIR)
# Which worker answered: the access log names its process id (gunicorn's %(p)s).
ACCESS_FORMAT = "%(p)s %(m)s %(U)s %(q)s %(s)s"
ACCESS_LINE = re.compile(r"^<(\d+)> (\S+) (\S+) (\S*) (\d{3})$")


def site_env(tmp_path: Path, *, database_url: str, **extra: str) -> dict:
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "live-site-tests-only-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp_path / "media"),
        "LPRC_VAR_DIR": str(tmp_path),
        "LOG_LEVEL": "WARNING",
        **extra,
    }
    env.pop("REDIS_URL", None)
    env.update(extra)  # a test that wants REDIS_URL says so
    return env


def manage(env: dict, *args: str, timeout: float = 300) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def django_json(env: dict, code: str) -> dict:
    """Run code in `manage.py shell`; its last printed line is JSON."""
    return json.loads(manage(env, "shell", "-c", code).strip().splitlines()[-1])


class Gunicorn:
    """gunicorn from config/gunicorn.conf.py, with an access log naming each worker."""

    def __init__(self, env: dict, tmp_path: Path, *, workers: int, name: str = "site"):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp_path / f"{name}-access.log"
        self.error_path = tmp_path / f"{name}-error.log"
        self.env = {
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "GUNICORN_WORKERS": str(workers),
            "GUNICORN_ACCESSLOG": str(self.log_path),
        }
        self.workers = workers
        self.process = None

    def __enter__(self):
        self.errors = self.error_path.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "config/gunicorn.conf.py",
                "--access-logformat",
                ACCESS_FORMAT,
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.errors,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_until_serving(self.process, self.base, seconds=30, log=self.error_path)
        return self

    def __exit__(self, *exc):
        stop_server(self.process, process_group=True, timeout=25)
        self.errors.close()

    def log_size(self) -> int:
        return self.log_path.stat().st_size if self.log_path.exists() else 0

    def answered_by(self, since: int, target: str, count: int, *, seconds: float = 10) -> set:
        """The worker pids that answered `target` in the log since byte `since`, once
        `count` such lines are there (the log is written just after each answer)."""
        deadline = time.monotonic() + seconds
        while True:
            with self.log_path.open("rb") as log:
                log.seek(since)
                lines = log.read().decode(errors="replace").splitlines()
            pids = [
                match[1]
                for line in lines
                if (match := ACCESS_LINE.match(line))
                and match[3] + (f"?{match[4]}" if match[4] else "") == target
            ]
            if len(pids) >= count or time.monotonic() > deadline:
                return set(pids)
            time.sleep(0.05)


class Response:
    def __init__(self, status: int, headers: dict, body: bytes):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode(errors="replace")


def request(base: str, path: str, *, method="GET", data=None, files=None, headers=None) -> Response:
    """One request on its own connection (as a visitor's would be); no redirects followed.
    ``files``: {field name: (file name, bytes, content type)}, sent as multipart."""
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    body = None
    headers = {"Connection": "close", **(headers or {})}
    if files:
        body, headers["Content-Type"] = _multipart(data or [], files)
    elif data is not None:
        body = urlencode(data, doseq=True).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request(method, path, body=body, headers=headers)
        answer = connection.getresponse()
        return Response(
            answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read()
        )
    finally:
        connection.close()


def _multipart(fields, files) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + str(value).encode()
            + b"\r\n"
        )
    for name, (filename, content, content_type) in files.items():
        parts.append(
            (
                f"--{boundary}\r\nContent-Disposition: form-data; "
                f'name="{name}"; filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
            ).encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def many(base: str, path: str, count: int, *, threads: int = 6) -> list[Response]:
    """`count` anonymous requests, several at once, so that every worker takes some."""
    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        return list(pool.map(lambda _: request(base, path), range(count)))


# Staff in the admin, over HTTP ------------------------------------------------------------


class FormFields(HTMLParser):
    """The values a browser would submit from the form with id `form_id` (or the first
    POST form): inputs, checked boxes, selected options, textareas. No files."""

    def __init__(self, form_id: str | None = None):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.done = False
        self.fields: list[tuple[str, str]] = []
        self.select = None
        self.select_multiple = False
        self.select_chosen: list[str] = []
        self.select_first = None
        self.textarea = None
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and not self.done and not self.inside:
            wanted = a.get("id") == self.form_id if self.form_id else a.get("method") == "post"
            self.inside = bool(wanted)
            return
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append((name, a.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self.select, self.select_multiple = name, "multiple" in a
            self.select_chosen, self.select_first = [], None
        elif tag == "option" and self.select:
            value = a.get("value", "")
            if self.select_first is None:
                self.select_first = value
            if "selected" in a:
                self.select_chosen.append(value)
        elif tag == "textarea" and name:
            self.textarea, self.text = name, []

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "form":
            self.inside, self.done = False, True
        elif tag == "select" and self.select:
            chosen = self.select_chosen
            if not chosen and not self.select_multiple and self.select_first is not None:
                chosen = [self.select_first]
            self.fields += [(self.select, value) for value in chosen]
            self.select = None
        elif tag == "textarea" and self.textarea:
            text = "".join(self.text)
            # Browsers drop the newline that follows <textarea>.
            self.fields.append((self.textarea, text[1:] if text.startswith("\n") else text))
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.text.append(data)


def form_fields(page: str, form_id: str | None = None) -> list[tuple[str, str]]:
    parser = FormFields(form_id)
    parser.feed(page)
    return parser.fields


def replace(fields: list[tuple[str, str]], **values: str) -> list[tuple[str, str]]:
    kept = [(name, value) for name, value in fields if name not in values]
    return kept + list(values.items())


class Staff:
    """A member of staff signed in to the admin of one server (cookies kept by hand: the
    session cookie is marked Secure, and these requests are plain HTTP on 127.0.0.1)."""

    def __init__(self, base: str):
        self.base = base
        self.cookies: dict[str, str] = {}

    def _send(self, path, *, method="GET", data=None, files=None) -> Response:
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        answer = request(
            self.base,
            path,
            method=method,
            data=data,
            files=files,
            headers={"Cookie": cookie} if cookie else {},
        )
        for name, value in _set_cookies(answer):
            self.cookies[name] = value
        return answer

    def get(self, path: str) -> Response:
        answer = self._send(path)
        assert answer.status == 200, f"GET {path}: {answer.status} {answer.text[:300]}"
        return answer

    def post(self, path: str, fields, files=None) -> Response:
        fields = [(k, v) for k, v in fields if k != "csrfmiddlewaretoken"]
        fields.append(("csrfmiddlewaretoken", self.cookies["csrftoken"]))
        return self._send(path, method="POST", data=fields, files=files)

    def sign_in(self, username: str, password: str) -> "Staff":
        self.cookies.clear()
        self.get("/admin/login/")
        answer = self.post(
            "/admin/login/?next=/admin/",
            [("username", username), ("password", password), ("next", "/admin/")],
        )
        assert answer.status == 302, f"sign-in failed: {answer.text[:500]}"
        return self

    def save_form(self, path: str, form_id: str, files=None, **values: str) -> Response:
        """Open a change form (or a history version's form), change fields, save."""
        fields = form_fields(self.get(path).text, form_id)
        answer = self.post(path, replace(fields, _save="Save", **values), files=files)
        assert answer.status == 302, f"POST {path}: {answer.status} {_errors(answer.text)}"
        return answer

    def action(self, changelist: str, action: str, pks: list[int]) -> Response:
        self.get(changelist)  # a fresh CSRF cookie if it was rotated
        selected = [("_selected_action", str(pk)) for pk in pks]
        fields = [("action", action), ("index", "0"), *selected]
        answer = self.post(changelist, fields)
        assert answer.status == 302, f"action {action}: {answer.status} {_errors(answer.text)}"
        return answer


def _set_cookies(answer: Response):
    raw = answer.headers.get("set-cookie")
    if not raw:
        return []
    # http.client joins several Set-Cookie headers with ", "; cookie values here hold none.
    return [
        tuple(part.split(";", 1)[0].strip().split("=", 1))
        for part in re.split(r",\s*(?=[A-Za-z_]+=)", raw)
        if "=" in part.split(";", 1)[0]
    ]


def _errors(page: str) -> str:
    found = re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', page, re.S)
    return html.unescape(" | ".join(re.sub(r"<[^>]+>", " ", e) for e in found))[:1500]
