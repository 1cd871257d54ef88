"""Garbage never gives a 500: hypothesis throws arbitrary values at every public query
parameter and every path slug and year.

Values include any unicode, NUL and other control characters, raw bytes that are not UTF-8
(percent-encoded, as a browser or a bot may send them), very long strings, negative and huge
numbers, and repeated parameters (lists). The answer must be one a visitor can live with:
200 (the page, perhaps with a message about the filter), a redirect, 400 or 404.

The data the pages show is made once per test by the `world` fixture and only read by the
examples, so hypothesis' function-scoped fixture health check is suppressed knowingly. Each
example uses its own anonymous Client, so the page cache (core.cache) is exercised too.

Some garbage only hurts on PostgreSQL (a NUL in a string parameter, a string longer than
its varchar column), so run this file there too: DATABASE_URL pointing at a throwaway
cluster (as tests/core/conftest.py makes one), never the shared one on 5432.
"""

import datetime
import functools
import io
from urllib.parse import quote, urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import (
    EventFactory,
    EventSeriesFactory,
    OrganisationFactory,
    ParticipationFactory,
    PressReleaseFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

ACCEPTABLE = {200, 301, 302, 400, 404}

FUZZ = settings(
    max_examples=80,
    deadline=None,
    database=None,  # nothing written into the working tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# --- what the site reads -----------------------------------------------------------------

EVENT_FILTERS = ["kind", "year", "country", "project", "series", "when", "page"]
KIND_LIST_FILTERS = ["year", "country", "project", "series", "when", "page"]
PRESS_FILTERS = ["year", "project", "event", "page"]

# Each public page that reads the query string, with the parameters it reads. Pages that
# read none get random parameters anyway (the page cache keys on the full path).
QUERY_PAGES = {
    "/en/events/": EVENT_FILTERS,
    "/en/events/forums/": KIND_LIST_FILTERS,
    "/en/events/academies/": KIND_LIST_FILTERS,
    "/en/events/steering-meetings/": KIND_LIST_FILTERS,
    "/en/press/": PRESS_FILTERS,
    "/en/search/": ["q"],
    "/sitemap.xml": ["p", "section"],
    "/sitemap-events.xml": ["p"],
    "/en/": [],
    "/en/projects/": [],
    "/en/partners/": ["page"],
    "/en/funders/": [],
    "/en/events/calendar.ics": [],
    "/en/press/feed/": [],
    "/en/press/feed/atom/": [],
    # Open data: the API answers a bad filter value with a 400, the CSV ignores it.
    "/en/api/v1/events/": [*EVENT_FILTERS, "page_size"],
    "/en/api/v1/press-releases/": [*PRESS_FILTERS, "page_size"],
    "/en/api/v1/projects/": ["page", "page_size"],
    "/en/api/v1/organisations/": ["kind", "page", "page_size"],
    "/en/api/v1/coverage/": ["project", "page", "page_size"],
    "/en/open-data/events.csv": EVENT_FILTERS,
    "/en/open-data/organisations.csv": ["kind"],
    "/en/open-data/": [],
    "/en/open-data/iati/activities.xml": [],
}


# --- strategies --------------------------------------------------------------------------

# Everything a str can hold that can travel as UTF-8 (lone surrogates cannot), NUL included.
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
control_text = st.text(st.sampled_from("\x00\x01\x08\t\n\r\x1b\x7f\u200b\u202e\ufeff"), max_size=8)
long_text = st.builds(lambda s, n: (s or "x") * n, any_text, st.integers(200, 3000))
numbers = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
).map(str)
plausible = st.sampled_from(
    [
        "",
        "0",
        "-1",
        "1e9",
        "99999999999999999999",
        "2024",
        "0000",
        "forum",
        "upcoming",
        "past",
        "KZ",
        "kz",
        "XX",
        "last",
        "fuzz-project",
        "fuzz-series",
        "null",
        "None",
        "[]",
        "'; DROP TABLE events_event; --",
        "%00",
        "../../etc/passwd",
        "<script>alert(1)</script>",
    ]
)
# Strings are percent-encoded as UTF-8 by urlencode; raw bytes may be any bytes at all.
text_value = st.one_of(any_text, control_text, long_text, numbers, plausible)
raw_bytes = st.binary(max_size=40)
# A filter value, or several (a repeated parameter, as a list to the test client).
one_or_many = st.one_of(text_value, st.lists(text_value, max_size=3))


def _encode(value) -> str:
    return quote(value, safe="") if isinstance(value, bytes) else quote(str(value), safe="")


@st.composite
def query_strings(draw, names: list[str]) -> str:
    """A query string over the page's own parameters plus a few unknown ones; a name may
    repeat (a list), a value may be text, a number or raw bytes."""
    name = st.one_of(st.sampled_from(names), any_text) if names else any_text
    pairs = draw(
        st.lists(st.tuples(name, st.one_of(text_value, raw_bytes)), min_size=0, max_size=6)
    )
    if names and draw(st.booleans()):  # the same known parameter, several times
        repeated = draw(st.sampled_from(names))
        pairs += [(repeated, v) for v in draw(st.lists(text_value, min_size=2, max_size=4))]
    return "&".join(f"{_encode(k)}={_encode(v)}" for k, v in pairs)


def path_segment():
    """A slug or year as a path segment: text, a number or raw bytes, percent-encoded."""
    return st.one_of(text_value, raw_bytes, st.integers().map(str)).map(_encode)


# --- the data the pages show -------------------------------------------------------------


@pytest.fixture(autouse=True)
def _open_data_rate(settings):
    """Hypothesis asks the open-data addresses far more often than a visitor may."""
    settings.OPEN_DATA_RATE = "1000000/min"


@pytest.fixture
def world():
    """Enough to fill every list, page past one, and give each filter real choices."""
    project = ProjectFactory(slug="fuzz-project", title="Fuzz project")
    organisation = OrganisationFactory(slug="fuzz-partner", name="Fuzz partner")
    ParticipationFactory(project=project, organisation=organisation)
    series = EventSeriesFactory(slug="fuzz-series", title="Fuzz series")
    events = [
        EventFactory(
            slug=f"fuzz-event-{n}",
            kind=["forum", "academy", "steering-committee"][n % 3],
            start_date=datetime.date(2020 + n % 6, 1 + n % 12, 10),
            country=["KZ", "KG", "UZ"][n % 3],
            project=project if n % 2 else None,
            series=series if n % 4 == 0 else None,
            edition=n // 4 + 1 if n % 4 == 0 else None,
        )
        for n in range(15)
    ]
    release = PressReleaseFactory(
        slug="fuzz-release", release_date=datetime.date(2024, 11, 21), project=project
    )
    PressReleaseFactory(slug="fuzz-release-event", event=events[1], project=project)
    return {"event": events[0], "release": release, "project": project}


def assert_acceptable(response, url):
    assert response.status_code in ACCEPTABLE, f"{response.status_code} for {url!r}"


# --- query parameters --------------------------------------------------------------------


@FUZZ
@given(page=st.sampled_from(sorted(QUERY_PAGES)), head=st.booleans(), data=st.data())
def test_query_parameters_never_give_a_500(world, page, head, data):
    query = data.draw(query_strings(QUERY_PAGES[page]), label="query")
    url = f"{page}?{query}"
    client = Client()
    assert_acceptable(client.head(url) if head else client.get(url), url)


@FUZZ
@given(
    page=st.sampled_from(
        [
            "/en/events/",
            "/en/events/forums/",
            "/en/events/academies/",
            "/en/events/steering-meetings/",
        ]
    ),
    values=st.fixed_dictionaries(
        {},
        optional=dict.fromkeys(EVENT_FILTERS, one_or_many),
    ),
)
def test_event_filters_with_any_values_never_give_a_500(world, page, values):
    """The same through the client's own encoding, lists becoming repeated parameters."""
    url = f"{page}?{urlencode(values, doseq=True)}"
    assert_acceptable(Client().get(page, values), url)


@FUZZ
@given(
    values=st.fixed_dictionaries(
        {},
        optional=dict.fromkeys(PRESS_FILTERS, one_or_many),
    )
)
def test_press_filters_with_any_values_never_give_a_500(world, values):
    assert_acceptable(Client().get("/en/press/", values), values)


@FUZZ
@given(q=st.one_of(text_value, st.lists(text_value, min_size=2, max_size=3)))
def test_search_never_gives_a_500(world, q):
    response = Client().get("/en/search/", {"q": q})
    assert_acceptable(response, q)
    assert response.status_code == 200


# --- path slugs and years ----------------------------------------------------------------

# Templates for every public address with a slug or a year; {year} and {slug} are filled
# with garbage, or one of them with the real value so the other is reached on its own.
PATH_TEMPLATES = [
    "/en/events/{year}/{slug}/",
    "/en/events/{year}/{slug}.ics",
    "/en/press/{year}/{slug}/",
    "/en/press/{year}/{slug}.pdf",
    "/en/projects/{slug}/",
    "/en/partners/{slug}/",
    "/en/press/preview/{year}/",
    "/en/press/preview/{year}.pdf",
    "/en/api/v1/events/{year}/{slug}/",
    "/en/api/v1/press-releases/{year}/{slug}/",
    "/en/api/v1/projects/{slug}/",
    "/en/api/v1/organisations/{slug}/",
    "/en/api/v1/coverage/{year}/",
    "/en/open-data/iati/activities/{slug}.xml",
]


@FUZZ
@given(
    template=st.sampled_from(PATH_TEMPLATES),
    year=st.one_of(path_segment(), st.sampled_from(["2020", "2024", "0000", "9999", "1000"])),
    slug=st.one_of(
        path_segment(),
        st.sampled_from(["fuzz-event-0", "fuzz-release", "fuzz-project", "fuzz-partner"]),
    ),
    suffix=st.one_of(st.just(""), query_strings([])),
)
def test_path_slugs_and_years_never_give_a_500(world, template, year, slug, suffix):
    url = template.format(year=year, slug=slug) + (f"?{suffix}" if suffix else "")
    assert_acceptable(Client().get(url), url)


@FUZZ
@given(path=st.one_of(path_segment(), st.lists(path_segment(), min_size=1, max_size=4)))
def test_any_path_never_gives_a_500(world, path):
    """Under each public prefix, any segments at all."""
    segments = path if isinstance(path, list) else [path]
    for prefix in (
        "/en/",
        "/en/events/",
        "/en/press/",
        "/en/projects/",
        "/en/partners/",
        "/en/api/v1/",
        "/en/open-data/",
    ):
        url = prefix + "/".join(segments)
        assert_acceptable(Client().get(url), url)


def test_real_addresses_answer_200(world):
    """The fixture's own pages work, so the fuzzing above reaches real objects too."""
    client = Client()
    for url in [
        world["event"].get_absolute_url(),
        world["release"].get_absolute_url(),
        world["release"].get_pdf_url(),
        world["project"].get_absolute_url(),
        "/en/partners/fuzz-partner/",
        "/en/events/?kind=forum&year=2020&country=KZ&project=fuzz-project&series=fuzz-series",
        "/en/press/?year=2024&project=fuzz-project&page=1",
    ]:
        assert client.get(url).status_code == 200, url


# --- cookies and headers -----------------------------------------------------------------

cookie_value = st.one_of(
    text_value,
    # Quoted with octal escapes, which Django's cookie parser turns into any character.
    st.lists(st.integers(0, 255), max_size=12).map(
        lambda codes: '"' + "".join(f"\\{code:03o}" for code in codes) + '"'
    ),
).map(lambda value: value.replace(";", "").replace("\r", "").replace("\n", ""))


@FUZZ
@given(
    url=st.sampled_from(
        ["/en/", "/en/events/", "/en/events/2020/fuzz-event-0/", "/en/press/", "/en/search/?q=x"]
    ),
    session=cookie_value,
    csrf=cookie_value,
    language=text_value.map(lambda value: value.replace("\r", "").replace("\n", "")),
    etag=text_value,
)
def test_cookies_and_headers_never_give_a_500(world, url, session, csrf, language, etag):
    headers = {
        "cookie": f"sessionid={session}; csrftoken={csrf}",
        "accept-language": language,
        "if-none-match": etag,
    }
    # Header bytes reach Django as latin-1 text (PEP 3333), as a WSGI server passes them.
    headers = {k: v.encode().decode("latin-1") for k, v in headers.items()}
    response = Client().get(url, headers=headers)
    assert response.status_code in ACCEPTABLE | {304}, url


# --- what the fuzzing found (each a 500 on PostgreSQL only, so pinned here by its cause) --


@pytest.mark.parametrize(
    "cookie",
    [
        'sessionid="\\000\\000\\000\\000\\000\\000\\000\\000\\000"',
        "sessionid=abc\x00defghijk",
        "sessionid=" + "x" * 5000,
        "sessionid=" + "é" * 32,
    ],
)
def test_a_session_cookie_django_never_issued_is_not_looked_up(world, cookie):
    """A NUL in a session key made PostgreSQL refuse the lookup: a 500 on any page that
    reads request.user. Such a key is now no session, and costs no query."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = Client().get("/en/events/2020/fuzz-event-0/", headers={"cookie": cookie})
    assert response.status_code == 200
    assert not [q for q in queries.captured_queries if "django_session" in q["sql"]]


def test_a_real_session_still_works(staff_client):
    response = staff_client.get("/admin/")
    assert response.status_code == 200
    assert staff_client.session.session_key


def test_an_overlong_login_name_is_refused_and_recorded_cut_to_its_column():
    """axes recorded a 300-character name in a varchar(255): a 500 on PostgreSQL."""
    from axes.models import AccessAttempt

    name = "a" * 300
    response = Client().post("/admin/login/", {"username": name, "password": "wrong-password"})
    assert response.status_code == 200
    assert "Please enter the correct username and password" in response.content.decode()
    attempt = AccessAttempt.objects.get()
    assert attempt.username == name[:255]


# --- the admin, for signed-in staff ------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/admin/events/event/?start_date__year=999999999999",
        "/admin/pressroom/pressrelease/?release_date__year=-99999999999",
        "/admin/events/event/?status__exact=%00",
        "/admin/partners/project/?start_date__gte=10000-99-99",
    ],
)
def test_admin_changelist_with_an_absurd_lookup_is_not_a_500(staff_client, url):
    response = staff_client.get(url, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [] or response.redirect_chain[-1][0].endswith("?e=1")
    # Either the admin's own notice or the list, never a traceback.
    assert "Server Error" not in response.content.decode()


# --- every admin add and change form, as editors and publishers (issue 15) -------------

ADMIN_ACCEPTABLE = {200, 302, 400, 403, 404}


def _big_png(size) -> bytes:
    """A one-bit PNG: over the pixel limit, a few kilobytes, cheap to make."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("1", size).save(buffer, "PNG")
    return buffer.getvalue()


@functools.cache
def _uploads() -> list[tuple[str, bytes]]:
    """Files staff (or someone with their session) might send: real ones, ones that lie
    about what they are, broken ones, and ones that cost too much to decode."""
    import zipfile

    from tests.factories import MINIMAL_PDF, gif_canvas, png_bytes

    fake_docx = io.BytesIO()
    with zipfile.ZipFile(fake_docx, "w") as package:
        package.writestr("hello.txt", "not an office document")
    real_docx = io.BytesIO()
    with zipfile.ZipFile(real_docx, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document/>")
    return [
        ("photo.png", png_bytes()),
        ("photo.jpg", png_bytes(image_format="JPEG")),
        ("photo.webp", png_bytes(image_format="WEBP")),
        ("anim.gif", gif_canvas(40, 30, 5)),
        ("bomb.gif", gif_canvas(6000, 6000, 40)),
        ("huge.png", _big_png((7000, 6000))),
        ("cut.png", png_bytes()[:60]),
        ("logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("photo.png", b"<html><script>alert(1)</script></html>"),
        ("empty.pdf", b""),
        ("agenda.pdf", MINIMAL_PDF),
        ("cut.pdf", MINIMAL_PDF[:40]),
        ("agenda.PDF", b"%PDF-1.4 but no end"),
        ("agenda.docx", real_docx.getvalue()),
        ("agenda.docx", fake_docx.getvalue()),
        ("macro.docm", real_docx.getvalue()),
        ("programme.exe", b"MZ\x90\x00"),
        ("фото отчёт.JPG", png_bytes(image_format="JPEG")),
        ("x" * 300 + ".png", png_bytes()),
        ("../../etc/passwd.png", png_bytes()),
        ("nul\x00name.png", png_bytes()),
    ]


UPLOAD_KINDS = 22  # len(_uploads()), made only when a test draws one
any_upload = st.one_of(
    st.integers(0, UPLOAD_KINDS - 1).map(lambda i: _uploads()[i]),
    st.tuples(any_text.map(lambda name: (name or "x") + ".png"), st.binary(max_size=200)),
)


@pytest.fixture
def admin_world(world, staff_client):
    """One object of every model with an admin, files stored where a model has them, and
    an editor's open proposal (the review pages are admin forms too)."""
    from django.core.files.base import ContentFile

    from tests.admin_forms import change_url, form_data
    from tests.factories import (
        MINIMAL_PDF,
        CoverageFactory,
        DocumentFactory,
        PersonFactory,
        PhotoFactory,
        png_bytes,
    )

    event = world["event"]
    PhotoFactory(event=event)
    DocumentFactory(event=event)
    person = PersonFactory()
    coverage = CoverageFactory(event=event)
    release = world["release"]
    release.official_pdf.save("official.pdf", ContentFile(MINIMAL_PDF), save=True)
    organisation = person.organisation
    organisation.logo.save("logo.png", ContentFile(png_bytes()), save=True)
    # An editor's change to a live organisation becomes a proposal.
    page = staff_client.get(change_url(organisation)).content.decode()
    data = form_data(page, type(organisation))
    data["name"] = ["Renamed by an editor"]
    staff_client.post(change_url(organisation), data)
    from core.models import Proposal

    objects = [event, release, world["project"], organisation, person, coverage, event.series]
    objects += list(Proposal.objects.all()[:1])
    return [obj for obj in objects if obj is not None]


def _admin_targets():
    """Every admin staff work in; accounts and sign-in records are administrators' (staff
    get a 403 there, which test_staff.py checks)."""
    from tests.admin_forms import admin_models

    return [
        model for model, _admin in admin_models() if model._meta.app_label not in {"auth", "axes"}
    ]


@settings(FUZZ, max_examples=150)
@given(
    role=st.sampled_from(["staff_client", "publisher_client"]),
    adding=st.booleans(),
    model_index=st.integers(0, 100),
    # Drawn without looking at the form (which changes as the examples save), so that
    # hypothesis can replay and shrink an example: positions taken modulo what is there.
    changes=st.lists(st.tuples(st.integers(0, 10**6), one_or_many), max_size=8),
    new_rows=st.lists(st.booleans(), min_size=4, max_size=4),
    uploads=st.lists(st.one_of(st.none(), any_upload), min_size=8, max_size=8),
)
def test_admin_forms_never_give_a_500(
    admin_world, request, role, adding, model_index, changes, new_rows, uploads
):
    """Every admin add and change form, posted as editor or publisher with random values
    in any of its fields, extra inline rows and random files in its file inputs: an answer
    staff can read (the form with messages, a redirect, a refusal), never a server error."""
    from tests.admin_forms import add_url, change_url, file_inputs, form_data, inline_templates

    client = request.getfixturevalue(role)
    models = _admin_targets()
    model = models[model_index % len(models)]
    existing = [obj for obj in admin_world if isinstance(obj, model)]
    url = add_url(model) if adding or not existing else change_url(existing[0])
    page = client.get(url)
    assert page.status_code in ADMIN_ACCEPTABLE, url
    if page.status_code != 200:
        return
    html = page.content.decode()
    fields = form_data(html, model)
    # An inline row more here and there, as the admin's "Add another" makes it.
    for add_row, (prefix, template) in zip(
        new_rows, sorted(inline_templates(html, model).items()), strict=False
    ):
        if add_row:
            total = fields.get(f"{prefix}-TOTAL_FORMS", ["0"])[0]
            row = int(total) if total.isdigit() else 0
            for name, value in template:
                fields[name.replace("__prefix__", str(row))] = [value]
            fields[f"{prefix}-TOTAL_FORMS"] = [str(row + 1)]
    names = sorted(name for name in fields if name != "_save")
    for position, value in changes:
        if names:
            fields[names[position % len(names)]] = value
    inputs = [name for name in file_inputs(html, model) if "__prefix__" not in name]
    inputs += [n for n in fields if n.endswith(("-image", "-file")) and n not in inputs]
    files = {
        name: SimpleUploadedFile(*upload)
        for name, upload in zip(inputs, uploads, strict=False)
        if upload is not None
    }
    answer = client.post(url, {**fields, **files})
    assert answer.status_code in ADMIN_ACCEPTABLE, f"{answer.status_code} for {url}"
    if answer.status_code == 200:
        assert "Server Error" not in answer.content.decode()


def test_the_admin_fuzzing_reaches_every_admin_form(admin_world, staff_client, publisher_client):
    """The forms the fuzzing above posts to exist and open (so a change that stops one
    from opening is noticed here, not hidden behind the 403 the fuzzing accepts): every
    content form for a publisher, the editor's own proposal for the editor."""
    from tests.admin_forms import add_url, change_url

    opened = set()
    for model in _admin_targets():
        existing = [obj for obj in admin_world if isinstance(obj, model)]
        urls = [change_url(existing[0])] if existing else []
        client = publisher_client
        if model._meta.label == "core.Proposal":
            client = staff_client  # a draft proposal is its author's until submitted
        else:
            urls.append(add_url(model))
        for url in urls:
            assert client.get(url).status_code == 200, url
            opened.add(model._meta.label)
    assert opened >= {
        "partners.Organisation",
        "partners.Person",
        "partners.Project",
        "events.EventSeries",
        "events.Event",
        "pressroom.PressRelease",
        "pressroom.Coverage",
        "core.Proposal",
    }


# --- the Host header (issue 15) ----------------------------------------------------------

HOST_PAGES = [
    "/",
    "/healthz/",
    "/en/events/",
    "/en/events/2020/fuzz-event-0/",
    "/en/events/2020/fuzz-event-0.ics",
    "/en/events/calendar.ics",
    "/en/press/",
    "/en/press/2024/fuzz-release/",
    "/en/press/2024/fuzz-release.pdf",
    "/en/press/feed/",
    "/en/press/feed/atom/",
    "/en/projects/fuzz-project/",
    "/en/partners/fuzz-partner/",
    "/sitemap.xml",
    "/sitemap-events.xml",
    "/robots.txt",
    "/en/search/?q=forum",
    "/admin/login/",
    "/no-such-page/",
]
MARKER = "fuzzhost"

host_value = st.one_of(
    # Accepted names (ALLOWED_HOSTS gets ".fuzzhost.example" below), with or without a port.
    st.tuples(
        st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True),
        st.sampled_from(["", ":80", ":8443", ":0", ":99999"]),
    ).map(lambda parts: f"{parts[0]}.{MARKER}.example{parts[1]}"),
    # Refused ones: anything at all, as it may arrive in the header.
    text_value.map(lambda value: value.replace("\r", "").replace("\n", "")),
    st.sampled_from(
        [
            f"{MARKER}.evil",
            f"[::1]:{MARKER}",
            f"{MARKER}:80@evil.example",
            f"testserver/{MARKER}",
            "localhost",
            "LOCALHOST.",
            "127.0.0.1:8000",
            "[::1]",
            "",
            " ",
            "a" * 300,
        ]
    ),
)


@FUZZ
@given(url=st.sampled_from(HOST_PAGES), host=host_value, method=st.sampled_from(["GET", "HEAD"]))
def test_the_host_header_never_gives_a_500_nor_reaches_a_page(world, settings, url, host, method):
    """Whatever the Host header says, the answer is the page (the host is one the site
    serves), a redirect or a plain 400, and no answer carries the name it was asked under:
    absolute addresses start at SITE_ORIGIN, so the page cache never hands one host's
    addresses to another's visitors."""
    settings.ALLOWED_HOSTS = ["testserver", f".{MARKER}.example", "localhost"]
    header = host.encode().decode("latin-1")
    visitor = Client(raise_request_exception=False)
    for _ in range(2):  # the second answer may come from the page cache
        answer = visitor.generic(method, url, headers={"Host": header})
        assert answer.status_code in ACCEPTABLE, f"{answer.status_code} for {host!r} {url}"
        body = b"".join(answer.streaming_content) if answer.streaming else answer.content
        assert MARKER.encode() not in body, (host, url)
        assert MARKER not in answer.get("Location", ""), (host, url)
    plain = Client().get(url)
    body = b"".join(plain.streaming_content) if plain.streaming else plain.content
    assert MARKER.encode() not in body
