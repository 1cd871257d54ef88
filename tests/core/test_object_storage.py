"""Media on S3-compatible object storage, against a real S3 server on this machine (moto).

What several app servers behind a load balancer need: uploads land in the bucket, pages
link to them there (and the CSP lets the browser fetch them), the official PDF of a
release streams from the bucket, and a backup carries the bucket's files.
"""

import logging
import tarfile
from urllib.parse import urlsplit

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from moto.server import ThreadedMotoServer

from config.object_storage import s3_origins, s3_settings
from tests.factories import (
    MINIMAL_PDF,
    DocumentFactory,
    EventFactory,
    PhotoFactory,
    PressReleaseFactory,
)
from tests.servers import free_port
from website.backups import backup_restore, backup_write

BUCKET = "lprc-media-test"


@pytest.fixture(scope="module")
def s3_endpoint():
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's request log
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    """A fresh bucket, and the settings the environment variables would give."""
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    environ = {
        "S3_BUCKET": BUCKET,
        "S3_ENDPOINT_URL": s3_endpoint,
        "S3_REGION": "us-east-1",
        "S3_ACCESS_KEY_ID": "testing",
        "S3_SECRET_ACCESS_KEY": "testing",
    }
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(Bucket=BUCKET)
    storage = s3_settings(environ)
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def keys(client) -> set[str]:
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def test_without_a_bucket_media_stay_on_disk():
    assert s3_settings({}) is None
    assert s3_settings({"S3_BUCKET": "  "}) is None


def test_the_csp_allows_the_origin_media_come_from():
    assert s3_origins({"bucket_name": "b", "custom_domain": "media.lprc.kz"}) == [
        "https://media.lprc.kz"
    ]
    assert s3_origins({"bucket_name": "b", "endpoint_url": "https://storage.example:9000"}) == [
        "https://storage.example:9000"
    ]
    assert "https://b.s3.eu-central-1.amazonaws.com" in s3_origins(
        {"bucket_name": "b", "region_name": "eu-central-1"}
    )


@pytest.mark.django_db
def test_uploads_land_in_the_bucket_with_the_headers_a_media_server_must_send(bucket):
    photo = PhotoFactory()
    document = DocumentFactory(event=photo.event)
    stored = keys(bucket)
    assert photo.image.name in stored
    assert document.file.name in stored
    assert not default_storage.__class__.__name__.startswith("FileSystem")

    image = bucket.head_object(Bucket=BUCKET, Key=photo.image.name)
    assert image["ContentType"] == "image/png"
    assert "ContentDisposition" not in image
    assert image["CacheControl"] == "public, max-age=31536000, immutable"
    agenda = bucket.head_object(Bucket=BUCKET, Key=document.file.name)
    assert agenda["ContentType"] == "application/pdf"
    assert agenda["ContentDisposition"] == "attachment"


@pytest.mark.django_db
def test_an_event_page_links_its_photos_in_the_bucket(bucket, client, s3_endpoint):
    event = EventFactory()
    photo = PhotoFactory(event=event)
    response = client.get(event.get_absolute_url())
    html = response.content.decode()
    thumbnail = photo.thumbnail_url
    assert thumbnail.startswith(f"{s3_endpoint}/{BUCKET}/")
    assert f'src="{thumbnail}"' in html
    # The renditions the page shows are objects in the bucket too, readable by a browser.
    key = urlsplit(thumbnail).path.removeprefix(f"/{BUCKET}/")
    thumbnail_object = bucket.get_object(Bucket=BUCKET, Key=key)
    assert thumbnail_object["ContentType"] == "image/jpeg"
    assert thumbnail_object["Body"].read()[:3] == b"\xff\xd8\xff"  # a JPEG rendition


@pytest.mark.django_db
def test_the_official_pdf_streams_from_the_bucket(bucket, client):
    release = PressReleaseFactory()
    release.official_pdf.save("official.pdf", ContentFile(MINIMAL_PDF))
    assert release.official_pdf.name in keys(bucket)
    response = client.get(release.get_pdf_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == MINIMAL_PDF


@pytest.mark.django_db
def test_a_backup_carries_the_bucket_and_a_restore_puts_it_back(bucket, tmp_path):
    photo = PhotoFactory()
    original = bucket.get_object(Bucket=BUCKET, Key=photo.image.name)["Body"].read()
    archive_path = tmp_path / "backup.tar.gz"
    backup_write(destination=archive_path)
    with tarfile.open(archive_path, "r:gz") as archive:
        names = archive.getnames()
    assert any(name.endswith(photo.image.name) for name in names), names

    bucket.delete_object(Bucket=BUCKET, Key=photo.image.name)  # the file is lost
    result = backup_restore(archive_path=archive_path, force=True)
    # The upload, its two JPEG renditions and its WebP one (core.images, issue 18).
    assert result["media_files"] == 4
    restored = bucket.get_object(Bucket=BUCKET, Key=photo.image.name)["Body"].read()
    assert restored == original


def test_the_environment_alone_switches_media_to_the_bucket_and_opens_the_csp():
    """What settings.py makes of the variables, in a fresh process as on a server."""
    import json
    import os
    import subprocess
    import sys

    from django.conf import settings

    code = (
        "import json, django; from django.conf import settings; django.setup();"
        "print(json.dumps([settings.STORAGES['default'],"
        " settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']]))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "S3_BUCKET": "lprc-media",
        "S3_CUSTOM_DOMAIN": "media.lprc.kz",
    }
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    storage, img_src = json.loads(out.strip().splitlines()[-1])
    assert storage["BACKEND"] == "core.storage.MediaStorage"
    assert storage["OPTIONS"]["bucket_name"] == "lprc-media"
    assert "https://media.lprc.kz" in img_src
