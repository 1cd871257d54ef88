"""What staff publish is what every worker serves, in the default set-up: gunicorn with
three workers, no REDIS_URL (each worker has its own local-memory cache), a SQLite file,
production settings.

Every channel that shows a release or an event is first served by every worker (the
access log names the worker of each answer), so each holds its own cached copy. Then a
publisher takes the item off the public site by each path staff have: the admin form,
the bulk action, a history revert, a publish time in the future, a restore from a backup
in which it is a draft. After each, 30 requests to each channel, spread over the three
workers: none shows it. Published again: 30 of 30 show it.
"""

import datetime
import sys
import time
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest

from tests.live_site import Gunicorn, Staff, django_json, manage, many, site_env

WORKERS = 3
REQUESTS = 30
PASSWORD = "a-long-publisher-password"

BUILD = f"""
import io, json
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from reversion.models import Version
from core.publishing import public_change
from events.models import Event
from pressroom.models import PressRelease
from website.staff import staff_groups_sync

call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo", no_user=True, stdout=io.StringIO())
publisher = get_user_model().objects.create_user("publisher", password={PASSWORD!r}, is_staff=True)
publisher.groups.add(staff_groups_sync()["publishers"])

# An event the home page lists, with a published release about it and organisers.
events = Event.objects.published()
on_home = [*events.upcoming()[:3], *events.past()[:3]]
release = next(
    r for r in PressRelease.objects.published().filter(event__in=on_home, project__isnull=False)
    if r.event.roles.exists() and r.event.project_id
)
event = release.event

# A draft version of each in the history, for the revert path (one revision each).
drafts = {{}}
for item in (release, event):
    with public_change(user=publisher, message="A draft, to revert to"):
        item.status = "draft"
        item.save()
    drafts[type(item).__name__] = Version.objects.get_for_object(item).first().pk
    with public_change(user=publisher, message="Published again"):
        item.status = "published"
        item.save()

organisation = event.roles.select_related("organisation").first().organisation
print(json.dumps({{
    "release": {{
        "pk": release.pk, "path": release.get_absolute_url(), "title": release.title,
        "admin": "pressroom/pressrelease", "form": "pressrelease_form",
        "draft_version": drafts["PressRelease"],
        "pdf": release.get_pdf_url(), "project": release.project.get_absolute_url(),
    }},
    "event": {{
        "pk": event.pk, "path": event.get_absolute_url(), "title": event.title,
        "admin": "events/event", "form": "event_form",
        "draft_version": drafts["Event"],
        "ics": reverse("events:event-ics", args=[event.start_date.year, event.slug]),
        "project": event.project.get_absolute_url(),
        "organisation": organisation.get_absolute_url(),
    }},
}}))
"""


def search(title: str) -> str:
    return "/en/search/?" + urlencode({"q": " ".join(title.split()[:4])})


def release_channels(site) -> dict[str, str]:
    release, event = site.items["release"], site.items["event"]
    return {
        "release page": release["path"],
        "/en/press/": "/en/press/",
        "PDF": release["pdf"],
        "feed": "/en/press/feed/",
        "search": search(release["title"]),
        "sitemap": "/sitemap-press.xml",  # the index (/sitemap.xml) lists this page
        "home": "/en/",
        "event page": event["path"],
        "project page": release["project"],
    }


def event_channels(site) -> dict[str, str]:
    release, event = site.items["release"], site.items["event"]
    return {
        "event page": event["path"],
        "/en/events/": "/en/events/",
        "calendar.ics": "/en/events/calendar.ics",
        "event .ics": event["ics"],
        "home": "/en/",
        "search": search(event["title"]),
        "sitemap": "/sitemap-events.xml",  # the index (/sitemap.xml) lists this page
        "project page": event["project"],
        "organisation page": event["organisation"],
        "release page": release["path"],
    }


def shows(response, item: dict) -> bool:
    if response.status != 200:
        return False
    if response.headers.get("content-type") == "application/pdf":
        return response.body.startswith(b"%PDF")
    # iCalendar folds lines longer than 75 octets: unfold before looking for the address.
    # The item's address without its language prefix: the fixture reverses it in the site's
    # default language (/ru/...), the channels are the English pages (/en/...).
    return bare(item["path"]) in response.text.replace("\r\n ", "")


def bare(path: str) -> str:
    """/ru/press/2024/x/ -> /press/2024/x/"""
    return (
        "/" + path.lstrip("/").split("/", 1)[1]
        if path.startswith(("/ru/", "/kk/", "/en/"))
        else path
    )


def served_everywhere(site, item: dict, channels: dict[str, str]) -> dict[str, str]:
    """REQUESTS requests to each channel (more, until every worker answered some of
    them); by channel, how many of them showed the item ("shown/asked")."""
    counts = {}
    for name, path in channels.items():
        answers = []
        pids = set()
        for _ in range(5):
            since = site.server.log_size()
            batch = many(site.server.base, path, REQUESTS)
            answers += batch
            pids |= site.server.answered_by(since, path, len(batch))
            if len(pids) == WORKERS:
                break
        assert len(pids) == WORKERS, f"{name}: only workers {pids} answered"
        assert {a.status for a in answers} <= {200, 404}, f"{name}: {answers[0].status}"
        counts[name] = f"{sum(shows(answer, item) for answer in answers)}/{len(answers)}"
    return counts


def assert_everywhere(site, item, channels, *, shown: bool, after: str):
    counts = served_everywhere(site, item, channels)
    expected = {
        name: f"{asked if shown else 0}/{asked}"
        for name, asked in ((name, count.split("/")[1]) for name, count in counts.items())
    }
    assert counts == expected, f"after {after}: {counts}"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("every-process")
    env = site_env(
        tmp,
        database_url=f"sqlite:///{tmp / 'site.sqlite3'}",
        STATIC_ROOT=str(tmp / "static"),
    )
    env.pop("LPRC_PLAIN_STATIC", None)  # the real, manifest static storage
    manage(env, "collectstatic", "--noinput", "-v0")
    items = django_json(env, BUILD)
    with Gunicorn(env, tmp, workers=WORKERS) as server:
        publisher = Staff(server.base).sign_in("publisher", PASSWORD)

        class Site:
            pass

        site = Site()
        site.env, site.tmp, site.server, site.items, site.publisher = (
            env,
            tmp,
            server,
            items,
            publisher,
        )
        yield site
        log = server.error_path.read_text()
        assert "Traceback" not in log, log[-3000:]


def admin_url(item: dict, suffix: str = "") -> str:
    return f"/admin/{item['admin']}/{suffix}"


def unpublish_by(site, item: dict, path: str):
    staff = site.publisher
    change = admin_url(item, f"{item['pk']}/change/")
    if path == "form":
        staff.save_form(change, item["form"], status="draft")
    elif path == "bulk action":
        staff.action(admin_url(item), "unpublish", [item["pk"]])
    elif path == "history revert":
        revision = admin_url(item, f"{item['pk']}/history/{item['draft_version']}/")
        staff.save_form(revision, item["form"])
    elif path == "publish time in the future":
        tomorrow = datetime.datetime.now(ZoneInfo("Asia/Almaty")) + datetime.timedelta(days=1)
        staff.save_form(
            change,
            item["form"],
            status="published",
            publish_at_0=tomorrow.strftime("%Y-%m-%d"),
            publish_at_1=tomorrow.strftime("%H:%M:%S"),
        )
    elif path == "restore":
        archive = site.tmp / f"draft-{item['admin'].replace('/', '-')}.tar.gz"
        staff.action(admin_url(item), "unpublish", [item["pk"]])
        manage(site.env, "backup", "--output", str(archive))
        publish_again(site, item)
        assert_everywhere(site, item, site.channels, shown=True, after="publishing for a backup")
        manage(site.env, "restore", "--force", str(archive))
        # The restore replaced the sessions too: sign in again.
        staff.sign_in("publisher", PASSWORD)
    else:
        raise AssertionError(path)


def publish_again(site, item: dict):
    site.publisher.action(admin_url(item), "publish", [item["pk"]])


RELEASE_PATHS = ["form", "bulk action", "history revert", "publish time in the future", "restore"]
EVENT_PATHS = ["form", "bulk action", "history revert", "restore"]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="gunicorn's workers need a POSIX system")
def test_a_release_leaves_every_worker_by_every_path(site):
    item, site.channels = site.items["release"], release_channels(site)
    assert_everywhere(site, item, site.channels, shown=True, after="warming every worker")
    for path in RELEASE_PATHS:
        unpublish_by(site, item, path)
        assert_everywhere(site, item, site.channels, shown=False, after=path)
        if path == "publish time in the future":
            go_live_on_its_own(site, item)
        else:
            publish_again(site, item)
        assert_everywhere(site, item, site.channels, shown=True, after=f"{path}, published again")


def go_live_on_its_own(site, item: dict, seconds: int = 20):
    """Published again by its publish time passing: no save at that moment, yet every worker
    renews (the moment is in the content state all of them read)."""
    moment = datetime.datetime.now(ZoneInfo("Asia/Almaty")) + datetime.timedelta(seconds=seconds)
    site.publisher.save_form(
        admin_url(item, f"{item['pk']}/change/"),
        item["form"],
        publish_at_0=moment.strftime("%Y-%m-%d"),
        publish_at_1=moment.strftime("%H:%M:%S"),
    )
    for path in site.channels.values():  # every worker caches the pages without it
        answers = many(site.server.base, path, 6)
        assert not any(shows(answer, item) for answer in answers), path
    time.sleep(max(0.0, moment.timestamp() - time.time()) + 1.5)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="gunicorn's workers need a POSIX system")
def test_an_event_leaves_every_worker_by_every_path(site):
    item, site.channels = site.items["event"], event_channels(site)
    assert_everywhere(site, item, site.channels, shown=True, after="warming every worker")
    for path in EVENT_PATHS:
        unpublish_by(site, item, path)
        assert_everywhere(site, item, site.channels, shown=False, after=path)
        publish_again(site, item)
        assert_everywhere(site, item, site.channels, shown=True, after=f"{path}, published again")
