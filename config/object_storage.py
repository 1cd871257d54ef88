"""Settings for media on S3-compatible object storage, read from the environment.

Kept apart from core/storage.py (the storage class) so that reading settings imports
neither Django nor boto3.
"""

from urllib.parse import urlsplit


def s3_settings(environ) -> dict | None:
    """The STORAGES["default"] entry for S3_* variables, or None when S3_BUCKET is unset.

    S3_ENDPOINT_URL: for anything but AWS (MinIO, Yandex...); path-style addresses then.
    S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: without keys, boto3 looks for its
    own (AWS_* variables, an instance role). S3_CUSTOM_DOMAIN: a CDN or host name that
    serves the bucket, used in media URLs.
    """
    bucket = environ.get("S3_BUCKET", "").strip()
    if not bucket:
        return None
    endpoint = environ.get("S3_ENDPOINT_URL", "").strip() or None
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": environ.get("S3_REGION", "").strip() or None,
        "access_key": environ.get("S3_ACCESS_KEY_ID", "").strip() or None,
        "secret_key": environ.get("S3_SECRET_ACCESS_KEY", "").strip() or None,
        "custom_domain": environ.get("S3_CUSTOM_DOMAIN", "").strip() or None,
        # Public media (photos, logos, documents of published events) at stable URLs
        # that cached pages can hold; signed URLs would expire inside a cached page.
        "querystring_auth": False,
        "file_overwrite": False,
        "addressing_style": "path" if endpoint else None,
    }
    return {"BACKEND": "core.storage.MediaStorage", "OPTIONS": options}


def s3_origins(options: dict) -> list[str]:
    """Where the browser fetches media from: the origins the CSP's img-src must allow."""
    if options.get("custom_domain"):
        return [f"https://{options['custom_domain']}"]
    if options.get("endpoint_url"):
        parts = urlsplit(options["endpoint_url"])
        return [f"{parts.scheme}://{parts.netloc}"]
    bucket = options["bucket_name"]
    origins = [f"https://{bucket}.s3.amazonaws.com"]
    if options.get("region_name"):
        origins.append(f"https://{bucket}.s3.{options['region_name']}.amazonaws.com")
    return origins
