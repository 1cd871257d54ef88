import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.test import Client, RequestFactory
from django.utils import translation

from tests.factories import staff_user
from tests.servers import free_port

_factory_init = RequestFactory.__init__


def _english_browser(self, *args, **kwargs):
    """Every test client's browser asks for English unless the test says otherwise: the
    admin and the redirects of addresses without a language follow it, so tests read the
    English interface. The site's own default (Russian, when nothing asks) is tested in
    tests/core/test_interface_languages.py with clients that send no Accept-Language."""
    _factory_init(self, *args, **kwargs)
    self.defaults.setdefault("HTTP_ACCEPT_LANGUAGE", "en")


RequestFactory.__init__ = _english_browser


def _renditions_encoded_once_per_process():
    """Many tests load the demo content, which uploads the same generated pictures every
    time. The WebP renditions are a pure function of the original's bytes
    (core.images.webp_renditions): each is encoded once per test process and the same bytes
    are written to each test's storage, as production would write them."""
    import functools

    from core import images

    images.webp_renditions = functools.lru_cache(maxsize=128)(images.webp_renditions)


_renditions_encoded_once_per_process()
# Addresses that test modules reverse when they are imported are the English ones too.
translation.activate("en")


@pytest.fixture(autouse=True)
def _isolated_media_and_fast_hashing(settings, tmp_path):
    """Uploads land in a temporary folder; passwords hash fast; each test gets a clean cache."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    from django.core.cache import cache
    from django.utils import translation

    cache.clear()
    # Tests read the English interface (/en/... from reverse()); the site's default is
    # Russian, and tests of the other languages ask for them by their prefix.
    with translation.override("en"):
        yield
    cache.clear()
    # A request in another language (tests.pages.in_language) leaves it active in this
    # thread, where the next test would write its objects' texts in that language.
    translation.deactivate()


class StaffClient(Client):
    """A test client for the admin whose form data may name a translated text plainly
    (``title``, ``sessions-0-title``): posted as the column of the test's language, as
    the admin's forms name each language's box (tests.pages.translated_post)."""

    def post(self, path, data=None, *args, **kwargs):
        if isinstance(data, dict) and str(path).startswith("/admin/"):
            from tests.pages import translated_post

            data = translated_post(data)
        return super().post(path, data, *args, **kwargs)


def _signed_in_client(role: str) -> Client:
    """A client of its own (never pytest-django's ``client``, which stays anonymous for the
    public side of the same test), signed in as a member of one staff group."""
    user = staff_user(role)
    signed_in = StaffClient()
    signed_in.force_login(user)
    signed_in.user = user
    return signed_in


@pytest.fixture
def staff_client(db):
    """An editor (website.staff): writes and changes drafts, cannot publish or delete."""
    return _signed_in_client("editors")


@pytest.fixture
def publisher_client(db):
    """A publisher: an editor who may also publish, unpublish, delete and restore."""
    return _signed_in_client("publishers")


PG_BIN = Path(os.environ.get("LPRC_PG_BIN", "/usr/lib/postgresql/15/bin"))


@pytest.fixture
def throwaway_postgres():
    """A PostgreSQL cluster of its own (initdb, pg_ctl) in a temporary folder on a free
    port; the machine's shared cluster on 5432 is never touched."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL's initdb is not installed in {PG_BIN}")
    run_as = []
    owner = None
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no postgres user to run PostgreSQL as")
        run_as = ["runuser", "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="lprc-pg-"))
    if owner:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    data, port = folder / "data", free_port()

    def pg(*args, check=True):
        return subprocess.run(
            [*run_as, *map(str, args)],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=60,
            check=check,
        )

    def start():
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        pg(PG_BIN / "pg_ctl", "-D", data, "-l", folder / "log", "-o", options, "-w", "start")

    def stop():
        pg(PG_BIN / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop")

    pg(PG_BIN / "initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
    start()
    try:
        pg(PG_BIN / "createdb", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "lprc")
        yield SimpleNamespace(
            url=f"postgres://postgres@127.0.0.1:{port}/lprc", start=start, stop=stop
        )
    finally:
        pg(PG_BIN / "pg_ctl", "-D", data, "-m", "immediate", "stop", check=False)
        shutil.rmtree(folder, ignore_errors=True)
