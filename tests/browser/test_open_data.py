"""Open data as a partner's site meets it in a real browser: a script on another origin
reads the API (CORS), revalidates with If-None-Match and gets a 304 it may read, and is
told to wait when over the rate limit; the OpenAPI document and the reference page open."""

import http.server
import json
import threading

import pytest
from django.core.management import call_command

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def demo_content():
    call_command("load_demo", "--no-user", verbosity=0)


class PartnerSite(http.server.BaseHTTPRequestHandler):
    """Another site on this machine: one empty page, no CSP of ours."""

    def do_GET(self):  # the name http.server calls
        body = b"<!DOCTYPE html><title>Partner</title><p>A partner's page."
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def partner_site():
    """Its own origin (127.0.0.1 and a port of its own; the site is localhost): a real
    server, so that Chromium applies CORS as it does between two sites."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PartnerSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def partner_page(open_page, partner_site, live_server):
    page, problems = open_page("desktop")
    page.goto(partner_site)
    assert page.evaluate("location.origin") != live_server.url
    return page, problems


def test_a_script_on_another_site_reads_the_api_and_revalidates(
    demo_content, live_server, partner_site, open_page, settings
):
    settings.OPEN_DATA_RATE = "1000/min"
    page, _problems = partner_page(open_page, partner_site, live_server)
    result = page.evaluate(
        """async (api) => {
            const first = await fetch(api);
            const body = await first.json();
            const etag = first.headers.get('ETag');
            const again = await fetch(api, {headers: {'If-None-Match': etag}, cache: 'no-store'});
            return {status: first.status, count: body.count, etag: etag,
                    lastModified: first.headers.get('Last-Modified'),
                    budget: body.results.map(p => p.total_budget),
                    againStatus: again.status};
        }""",
        f"{live_server.url}/en/api/v1/projects/",
    )
    assert result["status"] == 200
    assert result["count"] == 2
    assert sorted(result["budget"]) == ["777895.00", "8800000.00"]
    assert result["etag"], "ETag is exposed to scripts"
    assert result["lastModified"]
    # The If-None-Match header made the browser ask first (preflight), then revalidate.
    assert result["againStatus"] == 304


def test_over_the_limit_a_script_is_told_when_to_come_back(
    demo_content, live_server, partner_site, open_page, settings
):
    settings.OPEN_DATA_RATE = "2/min"
    page, _problems = partner_page(open_page, partner_site, live_server)
    result = page.evaluate(
        """async (api) => {
            const statuses = [];
            let retry = null;
            for (let i = 0; i < 3; i++) {
                const response = await fetch(api, {cache: 'no-store'});
                statuses.push(response.status);
                retry = response.headers.get('Retry-After');
            }
            return {statuses, retry};
        }""",
        f"{live_server.url}/en/api/v1/events/",
    )
    assert result["statuses"] == [200, 200, 429]
    assert 1 <= int(result["retry"]) <= 60


def test_the_openapi_document_and_the_reference_page_open(
    demo_content, live_server, open_page, screenshot_dir
):
    viewer, _ = open_page("desktop")  # the browser also asks for /favicon.ico here: a 404
    response = viewer.goto(f"{live_server.url}/en/api/v1/openapi.json")
    assert response.status == 200
    document = json.loads(response.text())
    assert document["info"]["title"] == "LPRC open data API"

    page, problems = open_page("desktop")
    response = page.goto(f"{live_server.url}/en/open-data/api/")
    assert response.status == 200
    assert page.locator("h1").inner_text() == "API reference"
    assert page.get_by_role("heading", name="GET /en/api/v1/events/", exact=True).count() == 1
    # An answer's type links to its fields, further down the same page.
    page.locator(".api-operation p a[href^='#schema-']").first.click()
    target = page.url.split("#", 1)[1]
    assert target.startswith("schema-Paginated")
    assert page.locator(f"#{target}").is_visible()
    if screenshot_dir:
        page.screenshot(path=screenshot_dir / "api-reference.png", full_page=False)
    assert not problems.messages, "\n".join(problems.messages)
