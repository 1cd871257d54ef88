import io
import time

import pytest
from django.core.files.base import ContentFile
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader
from weasyprint.urls import URLFetcher

from pressroom import services
from pressroom.models import PressRelease, downloads_flush_key
from pressroom.services import LocalOnlyURLFetcher, release_pdf, release_render_pdf
from tests.factories import PressReleaseFactory

pytestmark = pytest.mark.django_db

LONG_BODY = "\n\n".join(
    f"Paragraph {n}. The forum examined criminal justice reforms in Central Asia, the "
    "independence of the judiciary, access to justice and the digitalisation of justice "
    "systems, including ethical questions raised by artificial intelligence. " * 3
    for n in range(7)
)


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def release(eu_project, contact):
    return PressReleaseFactory(
        title="Ninth Expert Forum on Criminal Justice for Central Asia Concludes in Astana",
        slug="ninth-expert-forum",
        dateline_city="Astana",
        project=eu_project,
        contacts=[contact],
    )


def test_the_rendered_pdf_holds_title_date_dateline_contact_implementers_and_funders(release):
    content = release_render_pdf(release=release)
    assert content.startswith(b"%PDF-")
    text = one_line(pdf_text(content))
    assert "PRESS RELEASE" in text
    assert "Ninth Expert Forum on Criminal Justice for Central Asia Concludes in Astana" in text
    # One date style (issue 18): the language's long date, wherever a date is printed.
    assert text.count("21 November 2024") == 2  # under the title, and in the page footer
    assert "November 21" not in text and "2024-11-21" not in text
    assert "ASTANA" in text
    assert "over 220 participants" in text
    assert "Olga Miroshnichenko" in text
    assert "+77017444429" in text
    assert (
        "This project is implemented by Legal Policy Research Centre (LPRC) and "
        "International Partnership for Human Rights (IPHR)" in text
    )
    assert "This project is funded by the European Union" in text
    assert "Delegation of the European Union to the Republic of Kazakhstan" in text


def test_a_release_without_project_has_no_funders_block(db):
    release = PressReleaseFactory(project=None, title="A release on its own")
    text = one_line(pdf_text(release_render_pdf(release=release)))
    assert "A release on its own" in text
    assert "funded by" not in text


def test_a_long_release_renders_on_two_pages(release):
    # Its render time is measured by `make bench` (first render in a fresh process), not here.
    release.body = LONG_BODY
    release.save()
    started = time.perf_counter()
    content = release_render_pdf(release=release)
    elapsed = time.perf_counter() - started
    pages = len(PdfReader(io.BytesIO(content)).pages)
    print(f"\nFirst render of a {pages}-page release PDF: {elapsed:.3f} s")
    assert pages == 2


def test_the_pdf_fetcher_never_touches_the_network_or_files_outside_static(settings):
    fetcher = LocalOnlyURLFetcher(root=settings.BASE_DIR / "static")
    assert isinstance(fetcher, URLFetcher)
    for url in (
        "http://example.org/logo.png",
        "https://example.org/x.css",
        "ftp://example.org/x",
        "file:///etc/passwd",
        f"file://{settings.BASE_DIR}/static/../config/settings.py",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    response = fetcher.fetch((settings.BASE_DIR / "static" / "img" / "logo.svg").as_uri())
    assert b"<svg" in response.read()
    response.close()


def test_a_remote_image_in_the_body_is_not_fetched(release, monkeypatch):
    fetched = []
    original = LocalOnlyURLFetcher.fetch

    def spy(self, url, headers=None):
        fetched.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(LocalOnlyURLFetcher, "fetch", spy)
    release.body = '<img src="http://169.254.169.254/latest/meta-data/"> Text after.'
    release.save()
    text = pdf_text(release_render_pdf(release=release))
    assert "Text after." in text
    assert all(url.startswith("file:") for url in fetched)


class TestCache:
    def test_a_second_request_is_served_from_the_cache(self, release, monkeypatch):
        first = release_pdf(release=release)
        calls = []
        monkeypatch.setattr(services, "release_render_pdf", lambda **kw: calls.append(kw))
        second = release_pdf(release=PressRelease.objects.get(pk=release.pk))
        assert calls == []
        assert second.content == first.content
        assert second.etag == first.etag

    def test_editing_the_release_renews_the_pdf(self, release):
        first = release_pdf(release=release)
        release.title = "A corrected title for the forum release"
        release.save()
        second = release_pdf(release=PressRelease.objects.get(pk=release.pk))
        assert second.etag != first.etag
        assert "A corrected title for the forum release" in one_line(pdf_text(second.content))

    def test_editing_the_funders_statement_renews_the_pdf(self, release, eu_project):
        first = release_pdf(release=release)
        eu_project.eu.funder_statement = "This project is funded by the European Union\nNew address"
        eu_project.eu.save()
        second = release_pdf(release=PressRelease.objects.get(pk=release.pk))
        assert second.etag != first.etag
        assert "New address" in pdf_text(second.content)

    def test_changing_a_contact_renews_the_pdf(self, release, contact):
        first = release_pdf(release=release)
        contact.phone = "+77000000001"
        contact.save()
        second = release_pdf(release=PressRelease.objects.get(pk=release.pk))
        assert second.etag != first.etag
        assert "+77000000001" in pdf_text(second.content)

    def test_removing_a_contact_renews_the_pdf(self, release):
        first = release_pdf(release=release)
        release.contacts.clear()
        second = release_pdf(release=PressRelease.objects.get(pk=release.pk))
        assert second.etag != first.etag
        assert "Olga Miroshnichenko" not in pdf_text(second.content)

    def test_a_new_funder_renews_the_pdf(self, release, eu_project):
        from partners.models import Participation
        from tests.factories import OrganisationFactory, ParticipationFactory

        first = release_pdf(release=release)
        ParticipationFactory(
            project=eu_project,
            organisation=OrganisationFactory(funder_statement="Co-funded by the Foundation X"),
            role=Participation.Role.CO_FUNDER,
        )
        second = release_pdf(release=PressRelease.objects.get(pk=release.pk))
        assert second.etag != first.etag
        assert "Co-funded by the Foundation X" in pdf_text(second.content)

    def test_a_download_does_not_renew_the_pdf(self, client, release):
        first = release_pdf(release=release)
        client.get(release.get_pdf_url())
        second = release_pdf(release=PressRelease.objects.get(pk=release.pk))
        assert second.etag == first.etag


class TestDownload:
    def test_download_headers_and_count(self, client, release):
        response = client.get(release.get_pdf_url())
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert (
            response["Content-Disposition"]
            == 'inline; filename="2024-11-21-ninth-expert-forum.pdf"'
        )
        assert response["ETag"]
        assert response.content.startswith(b"%PDF-")
        assert "Ninth Expert Forum" in pdf_text(response.content)
        release.refresh_from_db()
        assert release.downloads == 1
        client.get(release.get_pdf_url())
        release.refresh_from_db()
        assert release.downloads == 2

    def test_head_is_not_a_download_and_post_is_refused(self, client, release):
        assert client.head(release.get_pdf_url()).status_code == 200
        assert client.post(release.get_pdf_url()).status_code == 405
        release.refresh_from_db()
        assert release.downloads == 0

    def test_the_url_sits_beside_the_release(self, release):
        assert release.get_absolute_url() == "/en/press/2024/ninth-expert-forum/"
        assert release.get_pdf_url() == "/en/press/2024/ninth-expert-forum.pdf"

    def test_an_unchanged_pdf_answers_304_and_is_not_counted(self, client, release):
        etag = client.get(release.get_pdf_url())["ETag"]
        response = client.get(release.get_pdf_url(), headers={"if-none-match": etag})
        assert response.status_code == 304
        release.refresh_from_db()
        assert release.downloads == 1

    def test_the_uploaded_official_pdf_wins(self, client, release):
        official = b"%PDF-1.4\n% the official one\n%%EOF\n"
        release.official_pdf.save("official.pdf", ContentFile(official))
        response = client.get(release.get_pdf_url())
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == official
        assert response["Content-Type"] == "application/pdf"
        assert 'filename="2024-11-21-ninth-expert-forum.pdf"' in response["Content-Disposition"]
        release.refresh_from_db()
        assert release.downloads == 1

    def test_a_wrong_year_or_slug_is_404(self, client, release):
        assert client.get("/en/press/2023/ninth-expert-forum.pdf").status_code == 404
        assert client.get("/en/press/2024/no-such-release.pdf").status_code == 404
        assert client.get("/en/press/99999999/ninth-expert-forum.pdf").status_code == 404
        assert client.get("/en/press/0000/ninth-expert-forum.pdf").status_code == 404

    def test_staff_see_the_count_in_the_admin(self, staff_client, release):
        PressRelease.objects.filter(pk=release.pk).update(download_count=42)
        response = staff_client.get(reverse("admin:pressroom_pressrelease_changelist"))
        assert "42" in response.content.decode()


def test_a_cache_that_is_down_costs_a_render_not_a_download(client, release, monkeypatch):
    from django.core.cache import cache

    def broken(*args, **kwargs):
        raise ConnectionError("cache host unreachable")

    monkeypatch.setattr(cache, "get", broken)
    monkeypatch.setattr(cache, "set", broken)
    response = client.get(release.get_pdf_url())
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")


def only_the_version_read(queries) -> bool:
    """No query through Django: the content version is read through the driver's own
    cursor (core.cache.content_version), which Django's query log does not see."""
    return len(queries) == 0


class TestFromThePageCache:
    """A repeat download is a cached public page (core.cache): answered before sessions,
    authentication and the view, with one read of the content version, and still counted."""

    def test_a_second_download_costs_one_read_and_still_counts(self, client):
        release = PressReleaseFactory()
        first = client.get(release.get_pdf_url())
        assert first.status_code == 200
        with CaptureQueriesContext(connection) as queries:
            second = client.get(release.get_pdf_url())
        assert second.status_code == 200
        assert second.content == first.content
        assert only_the_version_read(queries), queries.captured_queries
        release.refresh_from_db()
        assert release.downloads == 2

    def test_it_answers_exactly_as_the_view_does(self, client):
        release = PressReleaseFactory()
        from_view = client.get(release.get_pdf_url())
        from_cache = client.get(release.get_pdf_url())
        assert from_cache.content == from_view.content
        assert dict(from_cache.headers) == dict(from_view.headers)
        assert from_view["Content-Length"] == str(len(from_view.content))
        assert from_view["Cache-Control"] == "public, max-age=60"
        assert "Accept-Language" not in from_view.get("Vary", "")  # the address names it
        assert from_view["X-Frame-Options"] == "DENY"
        assert "default-src 'self'" in from_cache["Content-Security-Policy"]

    def test_a_first_download_computes_the_fingerprint_once(self, client, monkeypatch):
        from pressroom import views

        calls = []
        real = views.release_pdf_fingerprint

        def spy(**kwargs):
            calls.append(kwargs)
            return real(**kwargs)

        monkeypatch.setattr(views, "release_pdf_fingerprint", spy)
        monkeypatch.setattr(services, "release_pdf_fingerprint", spy)
        release = PressReleaseFactory()
        assert client.get(release.get_pdf_url()).status_code == 200
        assert len(calls) == 1

    def test_unpublishing_closes_the_cached_answer(self, client):
        release = PressReleaseFactory()
        assert client.get(release.get_pdf_url()).status_code == 200
        assert client.get(release.get_pdf_url()).status_code == 200
        release.status = PressRelease.Status.DRAFT
        release.save()
        assert client.get(release.get_pdf_url()).status_code == 404

    def test_an_unchanged_pdf_answers_304_from_the_cache_too(self, client):
        release = PressReleaseFactory()
        etag = client.get(release.get_pdf_url())["ETag"]
        client.get(release.get_pdf_url())
        response = client.get(release.get_pdf_url(), headers={"If-None-Match": etag})
        assert response.status_code == 304
        assert response["ETag"] == etag
        release.refresh_from_db()
        assert release.downloads == 2

    def test_the_etag_survives_an_unrelated_change(self, client):
        """The ETag is the PDF's fingerprint, not the page key: an edit elsewhere on the site
        renews the cached answer, yet a browser's copy still revalidates with a 304."""
        release = PressReleaseFactory()
        etag = client.get(release.get_pdf_url())["ETag"]
        PressReleaseFactory(title="Another release")
        response = client.get(release.get_pdf_url(), headers={"If-None-Match": etag})
        assert response.status_code == 304

    def test_each_language_is_its_own_answer(self, client):
        release = PressReleaseFactory()
        client.get(release.get_pdf_url())
        russian_url = release.get_pdf_url().replace("/en/", "/ru/", 1)
        with CaptureQueriesContext(connection) as queries:
            russian = client.get(russian_url)
        assert russian.status_code == 200
        assert russian["Content-Language"] == "ru"
        assert not only_the_version_read(queries)  # the first Russian download: the view
        with CaptureQueriesContext(connection) as queries:
            again = client.get(russian_url)
        assert only_the_version_read(queries)
        assert again["Content-Language"] == "ru"

    def test_head_is_not_counted(self, client):
        release = PressReleaseFactory()
        client.get(release.get_pdf_url())
        assert client.head(release.get_pdf_url()).status_code == 200
        release.refresh_from_db()
        assert release.downloads == 1

    def test_an_official_upload_replaces_the_rendered_pdf_at_once(self, client):
        release = PressReleaseFactory()
        client.get(release.get_pdf_url())
        client.get(release.get_pdf_url())
        official = b"%PDF-1.4\n% the official one\n%%EOF\n"
        release.refresh_from_db()  # a save writes every field, the count too
        release.official_pdf.save("official.pdf", ContentFile(official))
        response = client.get(release.get_pdf_url())
        assert b"".join(response.streaming_content) == official
        release.refresh_from_db()
        assert release.downloads == 3

    def test_a_forgotten_render_is_made_again(self, client):
        from django.core.cache import cache

        release = PressReleaseFactory()
        first = client.get(release.get_pdf_url())
        cache.clear()
        second = client.get(release.get_pdf_url())
        assert second.status_code == 200
        assert second.content == first.content

    def test_an_edit_renews_the_answer(self, client):
        release = PressReleaseFactory(title="Before the edit")
        client.get(release.get_pdf_url())
        client.get(release.get_pdf_url())
        release.title = "After the edit"
        release.save()
        assert "After the edit" in pdf_text(client.get(release.get_pdf_url()).content)

    def test_an_overlong_slug_is_a_404_and_stores_nothing(self, client, monkeypatch):
        from django.core.cache import cache

        stored = []
        real_set = cache.set

        def spy(key, *args, **kwargs):
            stored.append(key)
            return real_set(key, *args, **kwargs)

        monkeypatch.setattr(cache, "set", spy)
        assert client.get("/en/press/2024/" + "h" * 500 + ".pdf").status_code == 404
        assert stored == []

    def test_signed_in_staff_downloads_are_counted_too(self, client, django_user_model):
        client.force_login(django_user_model.objects.create_user("staffer", is_staff=True))
        release = PressReleaseFactory()
        assert client.get(release.get_pdf_url()).status_code == 200
        assert client.get(release.get_pdf_url()).status_code == 200
        release.refresh_from_db()
        assert release.downloads == 2


class TestDownloadCount:
    """Downloads gather in the cache and reach the database once per window per release."""

    def test_a_download_alone_in_its_window_is_written_at_once(self, client):
        release = PressReleaseFactory()
        client.get(release.get_pdf_url())
        release.refresh_from_db()
        assert release.download_count == 1

    def test_downloads_within_a_window_wait_then_arrive_together(self, client):
        from django.core.cache import cache

        release = PressReleaseFactory()
        for _ in range(5):
            assert client.get(release.get_pdf_url()).status_code == 200
        release.refresh_from_db()
        assert release.download_count == 1
        assert release.downloads == 5
        cache.delete(downloads_flush_key(release.pk))  # the window has passed
        client.get(release.get_pdf_url())
        release.refresh_from_db()
        assert release.download_count == 6
        assert release.downloads == 6

    def test_the_window_is_a_real_cache_timeout(self, client, monkeypatch):
        monkeypatch.setattr(services, "DOWNLOAD_FLUSH_SECONDS", 1)
        release = PressReleaseFactory()
        client.get(release.get_pdf_url())
        client.get(release.get_pdf_url())
        time.sleep(1.1)
        client.get(release.get_pdf_url())
        release.refresh_from_db()
        assert release.download_count == 3

    def test_a_failed_write_keeps_the_downloads_for_the_next_window(self, client, monkeypatch):
        from django.core.cache import cache

        release = PressReleaseFactory()
        real_add = services._add_downloads

        def database_away(release_id, count):
            raise OperationalError("database went away")

        monkeypatch.setattr(services, "_add_downloads", database_away)
        assert client.get(release.get_pdf_url()).status_code == 200
        assert client.get(release.get_pdf_url()).status_code == 200  # from the page cache
        release.refresh_from_db()
        assert release.download_count == 0
        assert release.downloads == 2
        monkeypatch.setattr(services, "_add_downloads", real_add)
        cache.delete(downloads_flush_key(release.pk))
        client.get(release.get_pdf_url())
        release.refresh_from_db()
        assert release.download_count == 3


def test_without_a_cache_every_download_is_written_at_once(client, monkeypatch):
    from django.core.cache import cache

    release = PressReleaseFactory()

    def broken(*args, **kwargs):
        raise ConnectionError("cache host unreachable")

    monkeypatch.setattr(cache, "incr", broken)
    for _ in range(3):
        assert client.get(release.get_pdf_url()).status_code == 200
    release.refresh_from_db()
    assert release.download_count == 3
