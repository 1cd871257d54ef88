"""The live server the browser tests use: overlapping requests must not corrupt each other."""

import re
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings

from partners.models import Organisation
from tests.factories import EventFactory, staff_user
from tests.pages import translated_post

AUTOCOMPLETE = (
    "/admin/autocomplete/?app_label=pressroom&model_name=pressrelease&field_name=event&term=f"
)


def test_overlapping_admin_saves_and_searches_all_succeed(live_server, client):
    # On SQLite the live server's threads each open a connection to the tests' in-memory,
    # shared-cache database, which locks whole tables without waiting: unless the server
    # lets one request in at a time (conftest.SerialOnSQLite), saves beside autocomplete
    # searches fail with 503 ("database table is locked"), as a browser test did in CI.
    EventFactory.create_batch(3, title="Forum")
    client.force_login(staff_user("publishers"))  # an editor's addition would be a proposal
    session = client.cookies[settings.SESSION_COOKIE_NAME].value

    def send(path, data=None, cookies=""):
        request = urllib.request.Request(
            live_server.url + path,
            data=urllib.parse.urlencode(data).encode() if data else None,
            headers={
                "Cookie": f"{settings.SESSION_COOKIE_NAME}={session}{cookies}",
                "Referer": live_server.url + path,
            },
        )
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=30) as response:
                return response.status, response.read().decode(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, "", error.headers

    status, form, headers = send("/admin/partners/organisation/add/")
    assert status == 200
    csrf_cookie = re.search(r"csrftoken=([^;]+)", headers["Set-Cookie"]).group(1)
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))

    def save(n):
        data = {
            **hidden,
            **translated_post({"name": f"Organisation {n}"}),
            "slug": f"org-{n}",
            "kind": "civil-society",
        }
        return send("/admin/partners/organisation/add/", data, f"; csrftoken={csrf_cookie}")[0]

    def search(n):
        return send(f"{AUTOCOMPLETE}&visit={n}")[0]

    with ThreadPoolExecutor(max_workers=8) as pool:
        saves = [pool.submit(save, n) for n in range(20)]
        searches = [pool.submit(search, n) for n in range(40)]
        save_statuses = [future.result() for future in saves]
        search_statuses = [future.result() for future in searches]

    assert save_statuses == [302] * 20
    assert search_statuses == [200] * 40
    assert Organisation.objects.filter(slug__startswith="org-").count() == 20


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
