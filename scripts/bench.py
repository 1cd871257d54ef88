#!/usr/bin/env python3
"""The LPRC benchmark: `make bench`.

Builds a throwaway database with thousands of events and releases, serves it with gunicorn
(2 workers, production settings) and drives each main page with wrk. Speed is reported as a
ratio to a trivial view (/healthz/) served by the same gunicorn in the same run, because this
machine is shared and noisy: absolute numbers mean little, ratios travel. It also times the
first render of a two-page release PDF in a fresh process (the issue's one absolute target).

Each page is driven in BENCH_SLICES slices (default 3) alternating with the trivial view
(and the cached PDF also with the same bytes served as a static file by WhiteNoise), and
its ratio compares those: figures taken in the same seconds, on a machine whose load
drifts.

Environment: BENCH_DATABASE_URL (default: a SQLite file under var/bench/), BENCH_SECONDS
(per page, default 6, split into the slices), BENCH_CONNECTIONS (default 8), BENCH_SLICES,
BENCH_REUSE=1 (keep the database of the previous run instead of building it again),
BENCH_PAGES (comma-separated names from the table, for instance "release PDF (cached)":
drive only those), BENCH_UNCACHED=0 (skip the second pass, which renders every page at each
request, as signed-in staff and the first visitor after a change meet it).
"""

import concurrent.futures
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
PYTHON = sys.executable
SECONDS = int(os.environ.get("BENCH_SECONDS", "6"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
SLICES = int(os.environ.get("BENCH_SLICES", "3"))
TRIVIAL = "/healthz/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_env(port: int) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DEBUG": "0",
            "SECRET_KEY": "benchmark-only-not-secret",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": os.environ.get(
                "BENCH_DATABASE_URL", f"sqlite:///{WORK / 'bench.sqlite3'}"
            ),
            "MEDIA_ROOT": str(WORK / "media"),
            "STATIC_ROOT": str(WORK / "static"),
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_WORKERS": "2",
            "GUNICORN_ACCESSLOG": "",
            "LOG_LEVEL": "WARNING",
            # wrk asks from one address thousands of times a second; the open-data rate
            # limit still counts every request (its cost is measured), it never refuses.
            "OPEN_DATA_RATE": "1000000000/min",
        }
    )
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"  # production's, whoever starts the bench
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare(env):
    if os.environ.get("BENCH_REUSE") == "1" and (WORK / "static").is_dir():
        return
    if "BENCH_DATABASE_URL" not in os.environ:
        shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True, exist_ok=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "flush", "--noinput", "-v0")
    manage(env, "bench_data")
    manage(env, "collectstatic", "--noinput", "-v0")


def run_django(env, code: str, *args: str) -> dict:
    """Run Python code with Django set up in a fresh process; its last line is JSON."""
    out = subprocess.run(
        [PYTHON, "-c", code, *args],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings"},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def pick_urls(env) -> list[tuple[str, str]]:
    """The pages to drive, with real slugs from the benchmark database."""
    code = (
        "import django, json; django.setup();"
        "from events.models import Event; from pressroom.models import PressRelease;"
        "from partners.models import Project;"
        "e = Event.objects.published().order_by('-start_date')[5];"
        "r = PressRelease.objects.published().order_by('-release_date')[5];"
        "p = Project.objects.order_by('-start_date')[3];"
        # The same PDF as a static file: the fair yardstick for a cached PDF download.
        "from django.conf import settings; from pressroom.services import release_render_pdf;"
        "(settings.STATIC_ROOT / 'bench-release.pdf').write_bytes(release_render_pdf(release=r));"
        "print(json.dumps({'event': e.get_absolute_url(), 'release': r.get_absolute_url(),"
        "'pdf': r.get_pdf_url(), 'project': p.get_absolute_url()}))"
    )
    found = run_django(env, code)
    return [
        ("home", "/ru/"),
        ("events", "/ru/events/"),
        ("events filtered", "/ru/events/?kind=forum&year=2025&country=KZ"),
        ("forums", "/ru/events/forums/"),
        ("calendar", "/ru/events/calendar.ics"),
        ("one event", found["event"]),
        ("press", "/ru/press/"),
        ("one release", found["release"]),
        ("release PDF (cached)", found["pdf"]),
        ("projects", "/ru/projects/"),
        ("one project", found["project"]),
        ("funders", "/ru/funders/"),
        ("search", "/ru/search/?q=justice+reform"),
        ("API events", "/ru/api/v1/events/"),
        ("API events filtered", "/ru/api/v1/events/?kind=forum&year=2025&country=KZ"),
        ("API one project", "/ru/api/v1" + found["project"].removeprefix("/ru")),
        ("IATI activities", "/ru/open-data/iati/activities.xml"),
        ("events CSV", "/ru/open-data/events.csv"),
        ("static CSS", "/static/css/site.css"),
        ("static PDF (same bytes)", "/static/bench-release.pdf"),
    ]


# A two-page release, rendered in a fresh process so that the first render pays what a
# worker's first PDF pays (WeasyPrint loading fonts, parsing the stylesheet). The body is
# lengthened in memory, nothing is saved: one process finds how many paragraphs fill two
# pages, a second one renders that release first thing, then once more.
FIRST_PDF_CODE = """
import io, json, os, sys, time
import django
django.setup()
from pypdf import PdfReader
from pressroom.models import PressRelease
from pressroom.services import release_render_pdf, release_with_pdf_data
release = release_with_pdf_data().filter(pk__in=PressRelease.objects.published()).first()
paragraph = (
    "The forum examined criminal justice reforms in Central Asia, the independence of "
    "the judiciary, access to justice and the digitalisation of justice systems. " * 3
)
def render(n):
    release.body = "\\n\\n".join([paragraph] * n)
    release.render_html()  # the PDF prints the stored HTML, as a save would make it
    started = time.perf_counter()
    content = release_render_pdf(release=release)
    return time.perf_counter() - started, len(PdfReader(io.BytesIO(content)).pages)
if sys.argv[1] == "find":
    # The fullest two-page release: one paragraph short of a third page.
    n = next(n for n in range(1, 80) if render(n)[1] >= 3) - 1
    print(json.dumps({"paragraphs": n}))
else:
    n = int(sys.argv[1])
    first, pages = render(n)
    again, _ = render(n)
    print(json.dumps({"first": first, "again": again, "pages": pages, "paragraphs": n}))
"""


def first_pdf_render(env) -> dict:
    paragraphs = run_django(env, FIRST_PDF_CODE, "find")["paragraphs"]
    return run_django(env, FIRST_PDF_CODE, str(paragraphs))


WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_NON2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
WRK_SOCKET = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
WRK_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def status_of(url: str) -> int:
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        return response.status


def warm(base: str, path: str):
    """Warm every worker's cache (and check the status): several requests at once, so
    each worker renders its own copy before the clock runs. A worker's first render of a
    page or PDF is a one-off (its cache is its own without REDIS_URL); left in, it stalls
    one worker for up to a second of the run, and the figure measures when the warm-up
    happened rather than the steady state."""
    with concurrent.futures.ThreadPoolExecutor(CONNECTIONS) as pool:
        statuses = set(pool.map(status_of, [base + path] * CONNECTIONS * 2))
    return statuses.pop() if len(statuses) == 1 else sorted(statuses)


# Sent with the uncached pass: the page cache never answers a request that carries a
# session cookie (signed-in staff), and this one names no session, so the page renders as
# an anonymous visitor's would, from the database, at every request.
UNCACHED_HEADER = "Cookie: sessionid=bench-uncached"


def drive(base: str, path: str, seconds: float, headers: tuple[str, ...] = ()) -> dict:
    extra = [arg for header in headers for arg in ("-H", header)]
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", *extra, base + path],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    latency = {p: float(v) * UNIT[u] for p, v, u in WRK_LATENCY.findall(out)}
    socket_errors = WRK_SOCKET.search(out)
    non2xx = WRK_NON2XX.search(out)
    errors = int(non2xx.group(1)) if non2xx else 0
    if socket_errors:
        errors += sum(int(x) for x in socket_errors.groups())
    return {
        "rps": float(WRK_RPS.search(out).group(1)),
        "p50_ms": latency.get("50"),
        "p99_ms": latency.get("99"),
        "errors": errors,
    }


def paired(
    base: str, path: str, yardsticks: list[str], headers: tuple[str, ...] = ()
) -> dict[str, dict]:
    """The page and its yardsticks driven in alternating slices, SLICES of each, so that
    the machine's load (shared, and it drifts by a factor of two within a minute) weighs
    on both alike; each figure is the mean of its slices. ``headers`` go with the page's
    requests only."""
    seconds = max(1, round(SECONDS / SLICES))
    runs: dict[str, list[dict]] = {p: [] for p in [path, *yardsticks]}
    for _ in range(SLICES):
        for target in runs:
            runs[target].append(drive(base, target, seconds, headers if target == path else ()))
    merged = {}
    for target, slices in runs.items():
        merged[target] = {
            "rps": sum(r["rps"] for r in slices) / len(slices),
            "p50_ms": sorted(r["p50_ms"] or 0 for r in slices)[len(slices) // 2],
            "p99_ms": max(r["p99_ms"] or 0 for r in slices),
            "errors": sum(r["errors"] for r in slices),
            "slices": [round(r["rps"]) for r in slices],
        }
    return merged


def main() -> int:
    if not shutil.which("wrk"):
        print("wrk is missing: apt-get install wrk (scripts/install-system-deps.sh does)")
        return 2
    port = free_port()
    env = bench_env(port)
    prepare(env)
    urls = pick_urls(env)
    render = first_pdf_render(env)
    wanted = {name.strip() for name in os.environ.get("BENCH_PAGES", "").split(",") if name.strip()}
    if wanted:
        wanted.add("static PDF (same bytes)")  # the PDF's yardstick
        unknown = wanted - {name for name, _ in urls}
        if unknown:
            print(f"BENCH_PAGES names no page: {', '.join(sorted(unknown))}")
            return 2
        urls = [(name, path) for name, path in urls if name in wanted]
    static_pdf = dict(urls)["static PDF (same bytes)"]
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", "config/gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if server.poll() is not None:
                print("gunicorn exited before it served a request")
                return 2
            try:
                urllib.request.urlopen(base + "/healthz/", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        # Each page is driven in slices alternating with the trivial view (and the PDF
        # also with the same bytes as a static file): its ratio compares figures taken in
        # the same seconds, not minutes apart.
        statuses = {path: warm(base, path) for path in [TRIVIAL, *(p for _, p in urls)]}
        results = []
        for name, path in urls:
            yardsticks = [TRIVIAL]
            if name.startswith("release PDF"):
                yardsticks.append(static_pdf)
            results.append((name, path, paired(base, path, yardsticks)))
        # The cold path: every page rendered from the database at each request, as staff
        # (signed in) always see them and everyone sees them right after a change.
        uncached = []
        if os.environ.get("BENCH_UNCACHED", "1") == "1":
            for name, path in urls:
                if "PDF" in name:
                    continue  # a PDF renders once per content, never per request
                runs = paired(base, path, [TRIVIAL], headers=(UNCACHED_HEADER,))
                uncached.append((name, path, runs))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    trivial_runs = [runs[TRIVIAL] for _, _, runs in results]
    baseline = sum(r["rps"] for r in trivial_runs) / len(trivial_runs)
    print(
        f"\ntrivial view: {min(r['rps'] for r in trivial_runs):.0f} to "
        f"{max(r['rps'] for r in trivial_runs):.0f} req/s beside the pages (mean {baseline:.0f})"
    )
    print(f"{'page':24} {'req/s':>8} {'ratio':>6} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
    report = {"baseline_rps": baseline, "slices": SLICES, "pages": []}
    total_errors = sum(r["errors"] for r in trivial_runs)
    for name, path, runs in results:
        r = runs[path]
        ratio = r["rps"] / runs[TRIVIAL]["rps"]
        total_errors += r["errors"]
        row = {"name": name, "path": path, "status": statuses[path], "ratio": round(ratio, 3)}
        extra = ""
        if static_pdf in runs and path != static_pdf:
            static = runs[static_pdf]
            total_errors += static["errors"]
            row["of_static"] = round(r["rps"] / static["rps"], 3)
            row["static_rps"] = static["rps"]
            extra = f"  ({row['of_static']:.2f} of static, {static['rps']:.0f} req/s beside it)"
        print(
            f"{name:24} {r['rps']:8.0f} {ratio:6.2f} {r['p50_ms'] or 0:8.1f} "
            f"{r['p99_ms'] or 0:8.1f} {r['errors']:6d}{extra}"
        )
        report["pages"].append({**row, **r, "trivial_rps": runs[TRIVIAL]["rps"]})
    if uncached:
        print(f"\nuncached (rendered at every request, {UNCACHED_HEADER!r}):")
        print(f"{'page':24} {'req/s':>8} {'ratio':>6} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
        report["uncached"] = []
        for name, path, runs in uncached:
            r = runs[path]
            ratio = r["rps"] / runs[TRIVIAL]["rps"]
            total_errors += r["errors"] + runs[TRIVIAL]["errors"]
            print(
                f"{name:24} {r['rps']:8.0f} {ratio:6.2f} {r['p50_ms'] or 0:8.1f} "
                f"{r['p99_ms'] or 0:8.1f} {r['errors']:6d}"
            )
            report["uncached"].append(
                {
                    "name": name,
                    "path": path,
                    "ratio": round(ratio, 3),
                    **r,
                    "trivial_rps": runs[TRIVIAL]["rps"],
                }
            )
    report["errors"] = total_errors
    report["pdf_render"] = render
    print(
        f"\nfirst render of a {render['pages']}-page release PDF in a fresh process: "
        f"{render['first']:.2f} s (the next render of it: {render['again']:.2f} s)"
    )
    (WORK / "results.json").write_text(json.dumps(report, indent=2))
    print(f"\nerrors: {total_errors}; full results in {WORK / 'results.json'}")
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())
