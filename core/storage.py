"""Media on S3-compatible object storage (AWS S3, MinIO, Yandex Object Storage, Ceph...).

Used when the environment names a bucket (S3_BUCKET; config/object_storage.py reads the
variables, and the README lists them).
Several app servers then share one set of uploads, and the storage serves them: the app
never does. Every object gets the headers the README asks any media server to send:

- a Content-Type from the extension (uploads only ever get .jpg .png .webp .gif .pdf
  .docx .pptx .xlsx, see core.uploads), never guessed by the browser (nosniff cannot be
  set per object on S3, so the Content-Type must be right);
- `Content-Disposition: attachment` for everything that is not an image, so that a
  document opens as a download, never as a page of the site's storage origin;
- a year-long, immutable Cache-Control: upload names are random (HashedUploadTo), so
  a changed file is a new name and a cached one is never stale.
"""

from storages.backends.s3 import S3Storage

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".gif")
CACHE_CONTROL = "public, max-age=31536000, immutable"


class MediaStorage(S3Storage):
    def get_object_parameters(self, name: str) -> dict:
        parameters = {**super().get_object_parameters(name), "CacheControl": CACHE_CONTROL}
        if not name.lower().endswith(IMAGE_EXTENSIONS):
            parameters["ContentDisposition"] = "attachment"
        return parameters
