"""Hostile input and staff mistakes never break the site (issue 15).

Each test is named after what it protects; each failed on a60c948 (finding 2 was already
fixed on main by the |plain_text filter; its test here covers every page and field).
Where the tests of a finding live:

1. a second save of an object with stored files: here (section 1)
2. attribute injection through stored HTML: here (section 2)
3. an unknown Host answered 500: here (section 3), and under gunicorn in test_request_limits.py
4. one host's addresses cached for another: here (section 4), tests/core/test_cache.py
5. control characters in one-line fields and exports: here (section 5)
6. an animation that takes minutes to decode: here (section 6); text that takes Markdown
   minutes to render (a sibling) at the end
7. relative links in release PDFs (and, a sibling, feeds): here (section 7)
8. request bodies read before any limit: here (section 8), under gunicorn in
   test_request_limits.py
9. sign-in guesses from ever new addresses: tests/core/test_login_lockout.py (the end)
10. inexact restores, undocumented archive contents: tests/website/test_backup.py (the end)

What fuzzing every admin form found is here too (forged keys, forged row counts); the
fuzzing of every admin form and of the Host header is in tests/website/test_fuzz.py.
"""

import logging
import re
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.factories import (
    EventFactory,
    OrganisationFactory,
    PersonFactory,
    PressReleaseFactory,
    ProjectFactory,
    gif_canvas,
)

pytestmark = pytest.mark.django_db


# --- 3. a request naming a host the site does not serve is a plain 400 -----------------


@pytest.fixture
def public_pages():
    event = EventFactory(slug="forum")
    release = PressReleaseFactory(slug="release")
    project = ProjectFactory(slug="project")
    organisation = OrganisationFactory(slug="partner")
    return [
        "/en/",
        "/healthz/",
        "/admin/",
        "/admin/login/",
        event.get_absolute_url(),
        event.get_ics_url(),
        release.get_absolute_url(),
        release.get_pdf_url(),
        project.get_absolute_url(),
        organisation.get_absolute_url(),
        "/en/press/feed/",
        "/en/events/calendar.ics",
        "/sitemap.xml",
        "/robots.txt",
        "/no-such-page/",
    ]


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "[::2]", "a" * 300])
def test_an_unknown_host_gets_a_plain_400_and_no_traceback(public_pages, host, caplog):
    visitor = Client(raise_request_exception=False)
    with caplog.at_level(logging.INFO):
        for url in public_pages:
            for answer in (
                visitor.get(url, headers={"Host": host}),
                visitor.post(url, {"q": "x"}, headers={"Host": host}),
            ):
                assert answer.status_code == 400, url
                page = answer.content.decode()
                assert "We could not understand that request" in page
                assert host not in page
    # No server error logged. (The refusal itself goes nowhere in production, see the
    # next test; pytest's own capture handlers sit on every logger, so it shows here.)
    assert not [
        record
        for record in caplog.records
        if record.levelno >= logging.ERROR and record.name != "django.security.DisallowedHost"
    ]


def test_refused_host_names_are_not_logged_as_errors():
    """Bots send them all day; Django logs each with a traceback unless told otherwise."""
    config = settings.LOGGING["loggers"]["django.security.DisallowedHost"]
    assert config["propagate"] is False
    assert [settings.LOGGING["handlers"][name]["class"] for name in config["handlers"]] == [
        "logging.NullHandler"
    ]


def test_an_unknown_host_behind_the_https_redirect_is_a_400_too(public_pages, settings):
    settings.SECURE_SSL_REDIRECT = True
    visitor = Client(raise_request_exception=False)
    answer = visitor.get("/", headers={"Host": "evil.example"})
    assert answer.status_code == 400
    assert "We could not understand that request" in answer.content.decode()


def test_the_bad_request_page_needs_neither_the_host_nor_the_database(rf):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.views.defaults import bad_request

    request = rf.get("/", HTTP_HOST="evil.example")
    with CaptureQueriesContext(connection) as queries:
        answer = bad_request(request, exception=None)
    assert answer.status_code == 400
    assert queries.captured_queries == []


# --- 4. absolute addresses come from the configured origin, never from Host ------------


def absolute_addresses(text: str) -> set[str]:
    return set(re.findall(r"https?://[^\s\"'<>]+", text))


def test_a_cached_page_never_carries_another_accepted_host(settings):
    """Asked first with an accepted but wrong host name (a mirror, localhost) and then
    without: every address in every answer starts at SITE_ORIGIN."""
    settings.ALLOWED_HOSTS = ["testserver", "localhost", "mirror.example"]
    settings.SITE_ORIGIN = "https://lprc.example"
    event = EventFactory(slug="forum")
    release = PressReleaseFactory(slug="release", event=event)
    urls = [
        "/en/",
        event.get_absolute_url(),
        event.get_ics_url(),
        release.get_absolute_url(),
        "/en/press/feed/",
        "/en/press/feed/?p=3",
        "/en/press/feed/atom/",
        "/en/events/calendar.ics",
        "/sitemap.xml",
        "/sitemap-events.xml",
        "/robots.txt",
        "/en/projects/",
    ]
    for host in ("localhost", "mirror.example:8443"):
        for url in urls:
            Client().get(url, headers={"Host": host})  # fills the page cache
    for url in urls:
        for answer in (
            Client().get(url),
            Client().get(url, headers={"Host": "localhost"}),
            Client().get(url, secure=True),
        ):
            assert answer.status_code == 200, url
            text = answer.content.decode()
            assert "localhost" not in text and "mirror.example" not in text, url
            ours = {a for a in absolute_addresses(text) if not _foreign(a)}
            assert ours, url
            assert all(a.startswith(settings.SITE_ORIGIN + "/") for a in ours), (url, ours)


def _foreign(address: str) -> bool:
    """Addresses that are not ours by design: XML namespaces, feed and calendar formats."""
    return address.startswith(
        ("http://www.w3.org/", "http://www.sitemaps.org/", "http://purl.org/", "http://www.")
    ) and not address.startswith(settings.SITE_ORIGIN)


def test_the_site_origin_is_a_setting_with_a_refusal_of_anything_but_an_origin():
    from django.core.exceptions import ImproperlyConfigured

    from core.origin import default_origin, parse_origin

    assert parse_origin("https://lprc.kz/") == "https://lprc.kz"
    assert parse_origin("http://127.0.0.1:8000") == "http://127.0.0.1:8000"
    for wrong in ("lprc.kz", "ftp://lprc.kz", "https://lprc.kz/ru/", "https://u:p@lprc.kz", ""):
        with pytest.raises(ImproperlyConfigured):
            parse_origin(wrong)
    assert default_origin(allowed_hosts=[".lprc.kz", "lprc.kz"], debug=False) == "https://lprc.kz"
    assert default_origin(allowed_hosts=[], debug=True) == "http://127.0.0.1:8000"


def test_absolute_urls_keep_media_on_another_host_and_encode_paths(settings):
    from core.origin import absolute_url

    settings.SITE_ORIGIN = "https://lprc.kz"
    assert absolute_url("/en/press/") == "https://lprc.kz/en/press/"
    assert absolute_url("/en/events/2024/ё/") == "https://lprc.kz/en/events/2024/%D1%91/"
    assert absolute_url("https://cdn.example/m/a.png") == "https://cdn.example/m/a.png"
    assert absolute_url("//cdn.example/m/a.png") == "https://cdn.example/m/a.png"


def test_the_canonical_link_follows_the_setting(client, settings):
    settings.SITE_ORIGIN = "https://lprc.kz"
    html = client.get(reverse("partners:project-list")).content.decode()
    assert '<link rel="canonical" href="https://lprc.kz/en/projects/">' in html
    assert '<meta property="og:url" content="https://lprc.kz/en/projects/">' in html


# --- 1. an object with stored files can be saved again --------------------------------


@pytest.fixture
def objects_with_files():
    """One of each kind of object that holds uploaded files, the files already stored."""
    from django.core.files.base import ContentFile

    from tests.factories import MINIMAL_PDF, DocumentFactory, PhotoFactory, png_bytes, upload

    event = EventFactory(status="draft", cover_image=upload(png_bytes(), "cover.png"))
    PhotoFactory(event=event)
    PhotoFactory(event=event, image=upload(png_bytes(image_format="GIF"), "anim.gif"))
    DocumentFactory(event=event)
    published = EventFactory(status="published")
    PhotoFactory(event=published)
    release = PressReleaseFactory(status="draft")
    release.official_pdf.save("official.pdf", ContentFile(MINIMAL_PDF), save=True)
    organisation = OrganisationFactory()
    organisation.logo.save("logo.png", ContentFile(png_bytes()), save=True)
    return [event, published, release, organisation]


@pytest.mark.parametrize("role", ["staff_client", "publisher_client"])
def test_an_object_with_stored_files_saves_again_unchanged(objects_with_files, role, request):
    from tests.admin_forms import resave

    client = request.getfixturevalue(role)
    for obj in objects_with_files:
        files_before = _file_names(obj)
        answer = resave(client, obj)
        assert answer.status_code == 302, (obj, _errors(answer))
        obj.refresh_from_db()
        assert _file_names(obj) == files_before


def test_a_publisher_can_unpublish_an_event_with_photos_through_its_form(
    objects_with_files, publisher_client
):
    from events.models import Event
    from tests.admin_forms import change_url, form_data

    event = objects_with_files[1]
    page = publisher_client.get(change_url(event)).content.decode()
    data = form_data(page, Event)
    data["status"] = ["draft"]
    assert publisher_client.post(change_url(event), data).status_code == 302
    event.refresh_from_db()
    assert event.status == "draft"
    assert event.photos.get().image


def test_upload_validators_leave_stored_files_alone(objects_with_files):
    """What is stored was checked when it came in; it is never read again to be checked
    (no download from object storage at every save either)."""
    from unittest import mock

    from django.db.models import FileField

    event, _published, release, organisation = objects_with_files
    stored = [event, release, organisation, *event.photos.all(), *event.documents.all()]
    checked = 0
    with mock.patch("django.core.files.storage.FileSystemStorage.open") as opened:
        for obj in stored:
            for field in obj._meta.fields:
                if isinstance(field, FileField) and getattr(obj, field.name):
                    for validator in field.validators:
                        validator(getattr(obj, field.name))
                        checked += 1
    opened.assert_not_called()
    assert checked >= 10


def _file_names(obj) -> list[str]:
    from django.db.models import FileField

    names = [getattr(obj, f.name).name for f in obj._meta.fields if isinstance(f, FileField)]
    for related in ("photos", "documents"):
        if hasattr(obj, related):
            for item in getattr(obj, related).all():
                names += [
                    getattr(item, f.name).name
                    for f in item._meta.fields
                    if isinstance(f, FileField)
                ]
    return sorted(names)


def _errors(answer) -> str:
    if answer.status_code != 200:
        return ""
    found = re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', answer.content.decode(), re.S)
    return " | ".join(found)


# --- 6. an image that would take minutes to process is refused at once ------------------


def test_an_animation_too_costly_to_decode_is_refused_with_a_message():
    import time

    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from core.uploads import WebImageValidator, reencode_image

    bomb = gif_canvas(6000, 6000, 40)  # each frame within the 40 MP limit
    assert len(bomb) < 1000
    for check in (WebImageValidator(), reencode_image):
        started = time.monotonic()
        with pytest.raises(ValidationError) as refused:
            check(SimpleUploadedFile("anim.gif", bomb, content_type="image/gif"))
        assert time.monotonic() - started < 2
        assert "all frames together may have at most 50 megapixels" in " ".join(
            refused.value.messages
        )
    many = gif_canvas(10, 10, 101)
    with pytest.raises(ValidationError, match="101 frames; the limit is 100"):
        WebImageValidator()(SimpleUploadedFile("many.gif", many, content_type="image/gif"))


def test_an_editor_uploading_such_an_animation_gets_the_message_not_a_dead_worker(staff_client):
    import time

    from django.core.files.uploadedfile import SimpleUploadedFile

    from events.models import Event
    from tests.admin_forms import add_url, form_data

    page = staff_client.get(add_url(Event)).content.decode()
    data = form_data(page, Event)
    data.update(
        title=["Forum"],
        slug=["forum"],
        kind=["forum"],
        summary=["A forum."],
        start_date=["2024-11-20"],
        end_date=["2024-11-21"],
        country=["KZ"],
    )
    data["cover_image"] = SimpleUploadedFile("cover.gif", gif_canvas(6000, 6000, 40), "image/gif")
    started = time.monotonic()
    answer = staff_client.post(add_url(Event), data)
    assert time.monotonic() - started < 5
    assert answer.status_code == 200
    assert "too many to process" in answer.content.decode()
    assert not Event.objects.exists()


def test_a_small_animation_is_still_accepted_and_keeps_its_frames():
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from core.uploads import WebImageValidator, reencode_image

    small = gif_canvas(200, 150, 12)
    WebImageValidator()(SimpleUploadedFile("a.gif", small, content_type="image/gif"))
    clean = reencode_image(SimpleUploadedFile("a.gif", small, content_type="image/gif"))
    with Image.open(clean) as image:
        assert image.format == "GIF" and image.size == (200, 150)
        assert image.n_frames >= 1


# --- 5. control characters: refused in what staff type, survived in what is stored -----

CONTROL = "\n\r\t\x00\x01\x0b\x0c\x1b\x7f\x85\u2028"


def _text_models():
    """Every model of the content apps with a field staff type text into."""
    from django.apps import apps
    from django.db import models

    for label in ("partners", "events", "pressroom"):
        for model in apps.get_app_config(label).get_models():
            fields = [
                f
                for f in model._meta.concrete_fields
                if isinstance(f, models.CharField | models.TextField)
                and f.editable
                and not f.choices
            ]
            if fields:
                yield model, fields


def test_every_model_staff_type_into_checks_its_text():
    """A model added later without the check fails here (core.text.CleanTextMixin)."""
    from core.text import CleanTextMixin

    missing = [model for model, _ in _text_models() if not issubclass(model, CleanTextMixin)]
    assert missing == []


@pytest.mark.parametrize("char", list(CONTROL))
def test_one_line_fields_refuse_control_characters_with_a_message(char):
    from django.core.exceptions import ValidationError
    from django.db import models

    checked = 0
    for model, fields in _text_models():
        for field in fields:
            if not isinstance(field, models.CharField) or isinstance(
                field, models.SlugField | models.URLField | models.EmailField
            ):
                continue
            obj = model(**{field.attname: f"Ninth{char}Forum"})
            with pytest.raises(ValidationError) as refused:
                obj.clean_fields()
            messages = " ".join(refused.value.message_dict.get(field.name, []))
            assert "one line of text" in messages or char == "\x00", (model, field.name)
            checked += 1
    assert checked >= 20


def test_long_texts_keep_line_breaks_and_tabs_but_refuse_other_controls():
    from django.core.exceptions import ValidationError

    from pressroom.models import PressRelease

    fine = PressRelease(lead="First line\nsecond\r\nthird\twith a tab")
    with pytest.raises(ValidationError) as refused:
        fine.clean_fields()
    assert "lead" not in refused.value.message_dict
    bad = PressRelease(lead="Vertical\x0btab from a Word paste")
    with pytest.raises(ValidationError) as refused:
        bad.clean_fields()
    assert "invisible control character" in refused.value.message_dict["lead"][0]


@pytest.mark.parametrize("role", ["staff_client", "publisher_client"])
def test_a_forged_title_with_a_line_break_is_refused_in_the_admin(role, request):
    from events.models import Event
    from tests.admin_forms import add_url, change_url, form_data

    client = request.getfixturevalue(role)
    event = EventFactory(status="draft", title="Ninth Forum")
    page = client.get(change_url(event)).content.decode()
    data = form_data(page, Event)
    data["title"] = ["Ninth\nForum"]
    answer = client.post(change_url(event), data)
    assert answer.status_code == 200
    assert "This field is one line of text: remove a line break" in answer.content.decode()
    event.refresh_from_db()
    assert event.title == "Ninth Forum"
    # In an inline row too (a session's title).
    data = form_data(page, Event)
    data.update(
        {
            "sessions-TOTAL_FORMS": ["1"],
            "sessions-0-kind": ["panel"],
            "sessions-0-order": ["0"],
            "sessions-0-title": ["Panel\x1b[31m"],
        }
    )
    answer = client.post(change_url(event), data)
    assert answer.status_code == 200
    assert "remove U+001B (an invisible character, at character 6)" in answer.content.decode()
    assert not event.sessions.exists()
    assert client.get(add_url(Event)).status_code == 200


def test_exports_never_fail_on_control_characters_already_stored(client):
    """Rows written before the check (or by code that skips it) still export: feeds,
    calendars, the PDF, the sitemap, pages and search."""
    from xml.etree import ElementTree

    from events.models import Event
    from pressroom.models import PressRelease

    event = EventFactory(slug="forum")
    release = PressReleaseFactory(slug="release", event=event, project=event.project)
    dirty = "Ninth\n\x0b\x01Forum\x1b\x7f\x85\u2028"
    Event.objects.filter(pk=event.pk).update(
        title=dirty, summary_html=f"<p>{dirty}</p>", city=dirty, venue=dirty
    )
    PressRelease.objects.filter(pk=release.pk).update(
        title=dirty, lead_html=f"<p>{dirty}</p>", body_html=f"<p>{dirty}</p>", dateline_city=dirty
    )
    for url in (
        "/en/press/feed/",
        "/en/press/feed/atom/",
        "/en/events/calendar.ics",
        event.get_ics_url(),
        event.get_absolute_url(),
        release.get_absolute_url(),
        release.get_pdf_url(),
        "/sitemap-events.xml",
        "/en/search/?q=Ninth",
        "/en/",
    ):
        answer = client.get(url)
        assert answer.status_code == 200, url
        if "feed" in url:
            ElementTree.fromstring(answer.content)  # well-formed XML


def test_markdown_never_stores_control_characters():
    from core.formatting import render_markdown

    assert render_markdown("a\x0bb\x01c\x7fd **e**") == "<p>abcd <strong>e</strong></p>"


# --- 7. links in a release PDF point at the public site, never at the server's files ---


def pdf_links(content: bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    links = []
    for page in PdfReader(io.BytesIO(content)).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action and "/URI" in action:
                links.append(str(action["/URI"]))
    return links


def test_relative_links_in_a_release_pdf_resolve_against_the_public_site(client, settings):
    settings.SITE_ORIGIN = "https://lprc.example"
    release = PressReleaseFactory(
        slug="academy",
        body="See [the programme](programme.pdf), [the forum](/en/events/2024/forum/) "
        "and [UNODC](https://www.unodc.org/).",
    )
    answer = client.get(release.get_pdf_url())
    assert answer.status_code == 200
    content = b"".join(answer.streaming_content) if answer.streaming else answer.content
    page = f"https://lprc.example{release.get_absolute_url()}"
    assert pdf_links(content) == [
        f"{page}programme.pdf",
        "https://lprc.example/en/events/2024/forum/",
        "https://www.unodc.org/",
    ]
    assert b"file:" not in content
    assert str(settings.BASE_DIR).encode() not in content


def test_the_pdf_still_draws_its_stylesheet_and_logo_from_the_static_folder(monkeypatch):
    from pressroom.services import LocalOnlyURLFetcher, release_render_pdf

    fetched = []
    original = LocalOnlyURLFetcher.fetch

    def spy(self, url, headers=None):
        fetched.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(LocalOnlyURLFetcher, "fetch", spy)
    release_render_pdf(release=PressReleaseFactory())
    assert any(url.endswith("/static/css/release_pdf.css") for url in fetched)
    assert any(url.endswith("/static/img/logo.svg") for url in fetched)
    assert all(url.startswith("file:") for url in fetched)


def test_links_in_feed_entries_point_at_the_public_site(client, settings):
    """The sibling of the PDF's links: a feed reader resolves "programme.pdf" against
    nothing it knows."""
    settings.SITE_ORIGIN = "https://lprc.example"
    release = PressReleaseFactory(
        slug="academy", lead='The [programme](programme.pdf "a \\"quoted\\" title") is out.'
    )
    page = f"https://lprc.example{release.get_absolute_url()}"
    for url in ("/en/press/feed/", "/en/press/feed/atom/"):
        text = client.get(url).content.decode()
        assert f'href="{page}programme.pdf"' in text, text


def test_absolute_links_rewrites_only_link_targets():
    from core.origin import absolute_links

    html = (
        '<p><a href="a.pdf" title="x">a</a> <a href="https://u.org/?a=1&amp;b=2">u</a> href="b"</p>'
    )
    assert absolute_links(html, "https://lprc.kz/en/press/2024/x/") == (
        '<p><a href="https://lprc.kz/en/press/2024/x/a.pdf" title="x">a</a> '
        '<a href="https://u.org/?a=1&amp;b=2">u</a> href="b"</p>'
    )


# --- 8. a body over its limit is refused before it is read ------------------------------

MB = 1024 * 1024


def post_declaring(client, url, size: int, **extra):
    """A multipart POST that declares ``size`` bytes; only a little is really sent (the
    refusal must come before the body is read, whatever it holds)."""
    from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

    body = encode_multipart(BOUNDARY, {"username": "x", "password": "y"})
    return client.generic(
        "POST", url, body, content_type=MULTIPART_CONTENT, CONTENT_LENGTH=str(size), **extra
    )


@pytest.fixture
def body_never_read(monkeypatch):
    """Fails the test if anything parses a request body (the multipart parser is what
    writes file parts to the temporary folder)."""
    from django.http import multipartparser

    def refuse(*args, **kwargs):
        raise AssertionError("the body was read")

    monkeypatch.setattr(multipartparser.MultiPartParser, "parse", refuse)


def test_an_anonymous_upload_is_refused_before_it_is_read(body_never_read):
    visitor = Client(enforce_csrf_checks=True)
    visitor.get("/admin/login/")  # the CSRF cookie, as in the finding
    for url in ("/admin/login/", "/", "/en/search/", "/en/press/feed/", "/no-such-page/"):
        answer = post_declaring(visitor, url, 300 * MB)
        assert answer.status_code == 413, url
        assert "Too much sent at once" in answer.content.decode()
        assert "The request is 300.0\xa0MB; at most 64.0\xa0KB" in answer.content.decode()


def test_a_chunked_body_without_a_length_is_refused(body_never_read):
    answer = Client().post(
        "/admin/login/", {"username": "x"}, headers={"Transfer-Encoding": "chunked"}
    )
    assert answer.status_code == 411


def test_staff_have_a_larger_documented_limit(staff_client, body_never_read, settings):
    assert settings.STAFF_REQUEST_MAX_BYTES == 100 * MB
    url = reverse("admin:events_event_add")
    answer = post_declaring(staff_client, url, 101 * MB)
    assert answer.status_code == 413
    assert "at most 100.0\xa0MB can be sent at once" in answer.content.decode()


def test_within_their_limits_visitors_sign_in_and_staff_upload(staff_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from events.models import Event
    from tests.admin_forms import change_url, form_data
    from tests.factories import png_bytes

    answer = Client().post("/admin/login/", {"username": "nobody", "password": "wrong"})
    assert answer.status_code == 200
    # A photo of 200 KB: over the anonymous limit, well within the staff one.
    event = EventFactory(status="draft")
    page = staff_client.get(change_url(event)).content.decode()
    data = form_data(page, Event)
    big = png_bytes(size=(600, 400)) + b"\0" * 200_000  # trailing bytes: still a PNG
    data["cover_image"] = SimpleUploadedFile("cover.png", big, "image/png")
    assert staff_client.post(change_url(event), data).status_code == 302
    event.refresh_from_db()
    assert event.cover_image


# --- 2. nothing staff type can add an attribute or an element to a page ----------------

INJECTIONS = [
    "0;url=http://example.org/ &quot; http-equiv=&quot;refresh",
    '`0;url=http://example.org/" http-equiv="refresh`',
    '" onmouseover="alert(1)" data-injected="1',
    "' onfocus='alert(1)' data-injected='1",
    "</title><script>alert(1)</script><meta http-equiv=refresh content=0>",
    '[x](http://e.org/ "t\\" onclick=\\"alert(1)") **"** <a href="#" onclick="x">a</a>',
]


class Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def hostile_attributes(page: str) -> list:
    parser = Elements()
    parser.feed(page)
    bad = []
    for tag, attrs in parser.found:
        for name in attrs:
            if name == "http-equiv" or name.startswith("on") or name == "data-injected":
                bad.append((tag, attrs))
        if tag == "script" and "src" not in attrs:
            bad.append((tag, attrs))
    return bad


@pytest.mark.parametrize("payload", INJECTIONS)
def test_text_staff_type_never_becomes_an_attribute_or_an_element(payload, publisher_client):
    from django.core.files.base import ContentFile

    from tests.factories import (
        CoverageFactory,
        EventSeriesFactory,
        PersonFactory,
        PhotoFactory,
        png_bytes,
    )

    organisation = OrganisationFactory(
        name=f"Org {payload}", short_name="ORG", description=payload, funder_statement=payload
    )
    organisation.logo.save("logo.png", ContentFile(png_bytes()), save=True)
    project = ProjectFactory(title=f"Project {payload}", summary=payload, description=payload)
    series = EventSeriesFactory(title=f"Series {payload}", description=payload)
    event = EventFactory(
        title=f"Event {payload}",
        slug="event",
        summary=payload,
        body=payload,
        venue=payload,
        city=payload,
        participant_note=payload,
        project=project,
        series=series,
        edition=1,
        cover_alt=payload,
    )
    PhotoFactory(event=event, caption=payload, alt_text=payload, credit=payload)
    person = PersonFactory(name=f"Person {payload}", position=payload, organisation=organisation)
    release = PressReleaseFactory(
        title=f"Release {payload}",
        slug="release",
        lead=payload,
        body=payload,
        dateline_city=payload,
        event=event,
        project=project,
        contacts=[person],
    )
    CoverageFactory(title=payload, excerpt=payload, event=event, project=project)
    draft = PressReleaseFactory(lead=payload, status="draft")
    pages = [
        "/en/",
        event.get_absolute_url(),
        release.get_absolute_url(),
        project.get_absolute_url(),
        organisation.get_absolute_url(),
        "/en/events/",
        f"/en/events/?series={series.slug}",
        "/en/press/",
        "/en/projects/",
        "/en/partners/",
        "/en/funders/",
        "/en/search/?" + urlencode({"q": payload}),
    ]
    visitor = Client()
    for url in pages:
        answer = visitor.get(url)
        assert answer.status_code == 200, url
        assert hostile_attributes(answer.content.decode()) == [], url
    for url in (draft.get_preview_url(), event.get_preview_url()):
        answer = publisher_client.get(url)
        assert answer.status_code == 200, url
        assert hostile_attributes(answer.content.decode()) == [], url
    # What was typed is kept, as text inside the attribute's value.
    page = visitor.get(release.get_absolute_url()).content.decode()
    (description,) = [a for _t, a in _elements(page) if a.get("name") == "description"]
    if payload.startswith(("0;url", "`")):  # text, not tags: kept as text
        assert "http-equiv" in description["content"]


def _elements(page: str):
    parser = Elements()
    parser.feed(page)
    return parser.found


def test_plain_text_for_attributes_is_never_marked_safe():
    """html_to_text must give a plain str whatever it is given: a SafeString would skip
    the autoescaping of the attribute it lands in (the cause of finding 2)."""
    from django.utils.safestring import SafeData, mark_safe

    from core.formatting import html_to_text, render_markdown
    from core.templatetags.core_tags import plain_text

    for value in (mark_safe("no tags, no entities"), render_markdown('a "quote"'), "x"):
        assert not isinstance(html_to_text(value), SafeData)
        assert not isinstance(plain_text(value), SafeData)


# --- found by fuzzing every admin form: a forged key in an autocomplete field ----------


@pytest.mark.parametrize("key", [":", "99999999999999999999999", "1\x00", "-1e9"])
def test_a_forged_key_in_an_autocomplete_field_gets_the_forms_message(key, publisher_client):
    """Django's autocomplete widget looked every posted key up to draw the form again:
    ValueError or OverflowError, a 500 instead of "Select a valid choice"."""
    from events.models import Event
    from partners.models import Person
    from pressroom.models import PressRelease
    from tests.admin_forms import add_url, change_url, form_data

    person = PersonFactory()
    event = EventFactory(status="draft")
    release = PressReleaseFactory(status="draft")
    forged = [
        (change_url(person), Person, {"organisation": [key]}),
        (change_url(release), PressRelease, {"contacts": [key, "1"], "event": [key]}),
        (
            change_url(event),
            Event,
            {
                "roles-TOTAL_FORMS": ["1"],
                "roles-0-organisation": [key],
                "roles-0-role": ["organiser"],
                "roles-0-order": ["0"],
                "project": [key],
            },
        ),
        (add_url(Person), Person, {"name": ["New"], "organisation": [key]}),
    ]
    for url, model, values in forged:
        data = form_data(publisher_client.get(url).content.decode(), model)
        data.update(values)
        answer = publisher_client.post(url, data)
        assert answer.status_code == 200, url
        page = answer.content.decode()
        assert (
            "Select a valid choice" in page
            or "is not a valid value" in page
            or "Null characters are not allowed" in page
        ), url


def test_every_autocomplete_field_in_the_admin_uses_the_safe_widget(rf, publisher_client):
    from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple

    from core.admin import SafeAutocompleteSelect, SafeAutocompleteSelectMultiple
    from tests.admin_forms import admin_models

    request = rf.get("/admin/")
    request.user = publisher_client.user
    seen = 0
    for model, model_admin in admin_models():
        forms = [model_admin.get_form(request)]
        forms += [
            inline.get_formset(request).form for inline in model_admin.get_inline_instances(request)
        ]
        for form in forms:
            for name, field in form.base_fields.items():
                widget = getattr(field.widget, "widget", field.widget)
                if isinstance(widget, AutocompleteSelect | AutocompleteSelectMultiple):
                    assert isinstance(
                        widget, SafeAutocompleteSelect | SafeAutocompleteSelectMultiple
                    ), (model, name)
                    seen += 1
    assert seen >= 10


# --- found by fuzzing every admin form: a forged row count ------------------------------


def test_a_forged_row_count_costs_only_the_rows_an_inline_may_take(publisher_client):
    """Django took up to 2,000 rows an inline whatever TOTAL_FORMS said and drew each again
    with its errors: 86 s and 27 MB for an event's four inlines, a killed worker."""
    import time

    from core.admin import MAX_NEW_INLINE_ROWS
    from events.models import Event
    from tests.admin_forms import change_url, form_data

    event = EventFactory(status="draft", title="Forum")
    url = change_url(event)
    data = form_data(publisher_client.get(url).content.decode(), Event)
    for prefix in ("roles", "sessions", "photos", "documents"):
        data[f"{prefix}-TOTAL_FORMS"] = ["99999"]
    data["title"] = ["Renamed"]
    started = time.monotonic()
    answer = publisher_client.post(url, data)
    assert time.monotonic() - started < 10
    assert answer.status_code == 200
    assert len(answer.content) < 2_000_000
    assert f"Please submit at most {MAX_NEW_INLINE_ROWS} forms" in answer.content.decode()
    event.refresh_from_db()
    assert event.title == "Forum"


def test_an_object_with_more_rows_than_that_still_saves(publisher_client):
    from core.admin import MAX_NEW_INLINE_ROWS
    from tests.admin_forms import resave
    from tests.factories import EventOrganisationFactory

    event = EventFactory(status="draft")
    for order in range(MAX_NEW_INLINE_ROWS + 5):
        EventOrganisationFactory(event=event, order=order)
    assert resave(publisher_client, event).status_code == 302
    assert event.roles.count() == MAX_NEW_INLINE_ROWS + 5


# --- a sibling of 6: text that would take Markdown minutes to render --------------------

SLOW_MARKDOWN = {
    "nested brackets": "[" * 10_000 + "]" * 10_000,
    "open links": "[a](b " * 4_000,
    "open brackets and angles": "<[" * 4_000,
    "long table": "|a|b|\n|-|-|\n" + "|x|y|\n" * 20_000,
    "underscores": "_a_ " * 20_000,
}


@pytest.mark.parametrize("name", sorted(SLOW_MARKDOWN))
def test_a_text_too_costly_to_format_is_refused_with_a_message(name):
    import time

    from django.core.exceptions import ValidationError

    from pressroom.models import PressRelease

    release = PressRelease(body=SLOW_MARKDOWN[name])
    started = time.monotonic()
    with pytest.raises(ValidationError) as refused:
        release.clean_fields()
    assert time.monotonic() - started < 1
    message = " ".join(refused.value.message_dict["body_en"])  # its English column
    assert "simplify it or split it up" in message or "fit in one field" in message


def test_the_costliest_text_within_the_bounds_formats_in_good_time():
    import time

    from core.formatting import MARKDOWN_MAX_CHARS, render_markdown, validate_markdown

    worst = "<[" * 500 + "a" * (MARKDOWN_MAX_CHARS - 1000)
    validate_markdown(worst)
    started = time.monotonic()
    render_markdown(worst)
    assert time.monotonic() - started < 15  # about 4 s on a busy 2-core machine


def test_real_texts_are_far_within_the_bounds():
    from core.formatting import validate_markdown

    paragraph = "The forum examined [the report](https://lprc.kz/r/1), *see* <https://x.org/>. "
    validate_markdown((paragraph * 400)[:30_000])


def test_a_text_stored_before_the_bounds_does_not_block_other_changes(publisher_client):
    from pressroom.models import PressRelease
    from tests.admin_forms import change_url, form_data

    release = PressReleaseFactory(status="draft", title="Old")
    long_list = "\n".join(f"- [{n}](https://e.org/{n})" for n in range(600))
    PressRelease.objects.filter(pk=release.pk).update(body=long_list)
    url = change_url(release)
    data = form_data(publisher_client.get(url).content.decode(), PressRelease)
    data["title"] = ["New"]
    assert publisher_client.post(url, data).status_code == 302
    release.refresh_from_db()
    assert release.title == "New"
    data["body"] = [long_list + "\n- [more](https://e.org/more)"]
    answer = publisher_client.post(url, data)
    assert answer.status_code == 200
    assert "simplify it or split it up" in answer.content.decode()
