"""The test suite's settings: config.settings as production runs it, plus the two things a
test run cannot have. Nothing else belongs here (CONVENTIONS.md: no second settings file
with different behaviour).

1. A secret. Tests run with DEBUG off, as production does, and config.settings then refuses
   to start without SECRET_KEY; the suite brings a throwaway one unless one is set.
2. The output of collectstatic. With DEBUG off, static files go through WhiteNoise's
   manifest storage, which needs collectstatic's manifest; tests render pages without
   running it, so they name static files with the plain storage (same URLs, no hashes).

HTTPS is not something a test client speaks, so SECURE_SSL_REDIRECT defaults to off too, as
it does behind a proxy that redirects itself; tests of the redirect pass ``secure=True``.

pytest uses this module (pyproject.toml). A test that starts manage.py or gunicorn in a
subprocess says which settings it wants: tests.settings where it needs plain static files,
config.settings where it runs collectstatic and serves as production does.
"""

import os

os.environ["DEBUG"] = "0"
os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")

from config.settings import *  # noqa: F403 - everything production has, then the two changes
from config.settings import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
