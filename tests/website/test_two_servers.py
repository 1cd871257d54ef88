"""Several app servers behind a load balancer: two gunicorn servers on two ports sharing
one PostgreSQL, one Redis (the shared cache) and one S3-compatible bucket (media, a local
moto server). A change a publisher makes through server A is what server B serves on the
very next request: a new title, an unpublished release, an official PDF uploaded to A."""

import io
import logging

import pytest
from pypdf import PdfReader

from tests.factories import MINIMAL_PDF
from tests.live_site import Gunicorn, Staff, django_json, manage, request, site_env
from tests.servers import free_port

REDIS_URL = "redis://127.0.0.1:6379/13"
BUCKET = "lprc-two-servers"
PASSWORD = "a-long-publisher-password"

BUILD = f"""
import io, json
from django.contrib.auth import get_user_model
from django.core.management import call_command
from pressroom.models import PressRelease
from website.staff import staff_groups_sync

call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo", no_user=True, stdout=io.StringIO())
publisher = get_user_model().objects.create_user("publisher", password={PASSWORD!r}, is_staff=True)
publisher.groups.add(staff_groups_sync()["publishers"])
release = PressRelease.objects.published().filter(official_pdf="").order_by("-release_date")[0]
print(json.dumps({{
    "pk": release.pk, "path": release.get_absolute_url(), "pdf": release.get_pdf_url(),
    "title": release.title,
}}))
"""


def pdf_text(content: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split()
    )


@pytest.fixture
def shared_redis():
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {REDIS_URL}")
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture
def shared_bucket():
    boto3 = pytest.importorskip("boto3")
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(Bucket=BUCKET)
    yield endpoint, client
    server.stop()


@pytest.fixture
def two_servers(throwaway_postgres, shared_redis, shared_bucket, tmp_path):
    endpoint, bucket = shared_bucket
    env = site_env(
        tmp_path,
        database_url=throwaway_postgres.url,
        REDIS_URL=REDIS_URL,
        STATIC_ROOT=str(tmp_path / "static"),
        S3_BUCKET=BUCKET,
        S3_ENDPOINT_URL=endpoint,
        S3_REGION="us-east-1",
        S3_ACCESS_KEY_ID="testing",
        S3_SECRET_ACCESS_KEY="testing",
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
    )
    env.pop("LPRC_PLAIN_STATIC", None)  # the real, manifest static storage
    manage(env, "collectstatic", "--noinput", "-v0")
    release = django_json(env, BUILD)
    with (
        Gunicorn(env, tmp_path, workers=2, name="a") as a,
        Gunicorn(env, tmp_path, workers=2, name="b") as b,
    ):
        yield a, b, release, bucket
        for server in (a, b):
            log = server.error_path.read_text()
            assert "Traceback" not in log, log[-3000:]


@pytest.mark.slow
def test_a_change_through_server_a_is_what_server_b_serves_next(two_servers):
    a, b, release, bucket = two_servers
    change = f"/admin/pressroom/pressrelease/{release['pk']}/change/"
    publisher = Staff(a.base).sign_in("publisher", PASSWORD)

    def on_b(path):
        return request(b.base, path)

    # Both servers have served (and cached) the release, its PDF and the list.
    for server in (a, b):
        for path in (release["path"], release["pdf"], "/en/press/"):
            assert request(server.base, path).status == 200
    assert release["title"] in pdf_text(on_b(release["pdf"]).body)

    # A new title in Russian (the release's address is the default language's) and in
    # English (the list below), saved through A.
    new_title = "A title changed on server A"
    publisher.save_form(change, "pressrelease_form", title_ru=new_title, title_en=new_title)
    assert "A title changed on server A" in on_b(release["path"]).text
    assert "A title changed on server A" in on_b("/en/press/").text
    assert "A title changed on server A" in pdf_text(on_b(release["pdf"]).body)

    # Unpublished through A (the bulk action): gone from B at once.
    publisher.action("/admin/pressroom/pressrelease/", "unpublish", [release["pk"]])
    assert on_b(release["path"]).status == 404
    assert on_b(release["pdf"]).status == 404
    assert release["path"].removeprefix("/ru") not in on_b("/en/press/").text

    # Published again through A.
    publisher.action("/admin/pressroom/pressrelease/", "publish", [release["pk"]])
    assert on_b(release["path"]).status == 200
    assert release["path"].removeprefix("/ru") in on_b("/en/press/").text

    # An official PDF uploaded through A lands in the bucket, and B serves it from there.
    official = MINIMAL_PDF.replace(b"%%EOF", b"% uploaded through server A\n%%EOF")
    publisher.save_form(
        change,
        "pressrelease_form",
        files={"official_pdf": ("official.pdf", official, "application/pdf")},
    )
    keys = [item["Key"] for item in bucket.list_objects_v2(Bucket=BUCKET).get("Contents", [])]
    assert any(key.endswith(".pdf") for key in keys), keys
    answer = on_b(release["pdf"])
    assert answer.status == 200
    assert answer.body == official
