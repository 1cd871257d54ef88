"""`manage.py backup` and `restore`: the demo content and its files survive a round trip."""

import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection

from partners.models import Organisation, Project
from tests.factories import png_bytes
from website.backups import dumpdata_arguments

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_content_types():
    """A flush inside a test makes content types anew, with new ids, and the process keeps
    them cached after the test's rollback has brought the old ones back: the next restore
    would resolve natural keys to ids that no longer exist."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()


# Django's JSON keeps moments to the millisecond and writes "12:00:00Z" when the
# milliseconds are zero, "12:00:00.000Z" when only microseconds were there: the same moment.
WHOLE_SECOND = re.compile(r'(T\d{2}:\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})"')


def portable(dumped: str) -> list[str]:
    items = (
        json.dumps(_language_columns_only(item), sort_keys=True) for item in json.loads(dumped)
    )
    return sorted(WHOLE_SECOND.sub(r'\1.000\2"', item) for item in items)


def _language_columns_only(item: dict) -> dict:
    """A translated text's original field is written as the dumping process's language
    reads it (django-modeltranslation's descriptor: English here, Russian, the default, in
    a `manage.py` of its own); what is kept is each language's column, compared whole.
    Many-to-many lists come in the order of their model's (translated) name: compared as
    sets."""
    from django.apps import apps

    from core.languages import translated_fields

    derived = set(translated_fields(apps.get_model(item["model"])))
    fields = {
        name: sorted(value)
        if isinstance(value, list) and all(isinstance(v, int) for v in value)
        else value
        for name, value in item["fields"].items()
        if name not in derived
    }
    return {**item, "fields": fields}


def everything() -> list[str]:
    """Every backed-up object, as portable JSON: what a restore must give back."""
    output = io.StringIO()
    call_command("dumpdata", *dumpdata_arguments(), stdout=output)
    return portable(output.getvalue())


def media_files() -> dict[str, bytes]:
    root = Path(settings.MEDIA_ROOT)
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file()
    }


def lprc_logo_present(files) -> bool:
    return Organisation.objects.get(slug="lprc").logo.name in files


@pytest.fixture
def demo(django_user_model):
    call_command("load_demo", "--no-user", verbosity=0)
    django_user_model.objects.create_user(
        username="editor", password="a-long-test-password", is_staff=True
    )
    lprc = Organisation.objects.get(slug="lprc")
    lprc.logo.save("lprc.png", ContentFile(png_bytes()), save=True)
    return lprc


@pytest.fixture
def archive(tmp_path, demo):
    path = tmp_path / "backups" / "site.tar.gz"
    out = io.StringIO()
    call_command("backup", "--output", str(path), stdout=out)
    assert f"Wrote {path}" in out.getvalue()
    return path


def empty_installation():
    # The test's own transaction has pending foreign-key checks, which PostgreSQL runs
    # before it lets flush TRUNCATE; SQLite checks them at once.
    connection.check_constraints()
    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT)


def test_round_trip_gives_back_every_object_and_file(tmp_path, demo):
    before, files_before = everything(), media_files()
    assert Organisation.objects.count() > 10 and Project.objects.count() >= 2
    # The LPRC logo and the demo's pictures with their renditions (issue 18).
    assert lprc_logo_present(files_before) and len(files_before) > 1
    path = tmp_path / "site.tar.gz"
    call_command("backup", "--output", str(path), verbosity=0)

    empty_installation()
    assert not Organisation.objects.exists() and media_files() == {}

    out = io.StringIO()
    call_command("restore", str(path), stdout=out)
    assert "Restored" in out.getvalue()
    assert f"{len(files_before)} media files" in out.getvalue()
    assert everything() == before
    assert media_files() == files_before
    lprc = Organisation.objects.get(slug="lprc")
    assert Path(lprc.logo.path).read_bytes() == files_before[lprc.logo.name]
    assert lprc.participations.exists()


def test_archive_is_a_tar_gz_with_a_manifest_the_database_and_the_media(archive, demo):
    with tarfile.open(archive, "r:gz") as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    assert names[:2] == ["manifest.json", "database.json"]
    assert f"media/{demo.logo.name}" in names
    assert manifest["format"] == "lprc-backup"
    assert manifest["objects"]["partners.organisation"] == Organisation.objects.count()
    assert manifest["media_files"] == len(media_files())
    assert "contenttypes.contenttype" not in manifest["objects"]
    assert manifest["objects"]["auth.permission"] > 0
    assert "sessions.session" not in manifest["objects"]


def test_restore_refuses_a_file_that_is_not_an_archive(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a backup")
    with pytest.raises(CommandError, match="is not a backup archive"):
        call_command("restore", str(path))


def test_restore_refuses_a_tar_gz_that_is_not_an_lprc_backup(tmp_path):
    path = tmp_path / "other.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("hello.txt")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"hi"))
    with pytest.raises(CommandError, match="is not an LPRC backup: it has no readable"):
        call_command("restore", str(path))


def test_restore_refuses_an_entry_outside_the_media_folder(tmp_path, archive):
    crafted = tmp_path / "crafted.tar.gz"
    with tarfile.open(archive, "r:gz") as source, tarfile.open(crafted, "w:gz") as tar:
        for member in source.getmembers():
            tar.addfile(member, source.extractfile(member))
        info = tarfile.TarInfo("media/../../escape.txt")
        info.size = 4
        tar.addfile(info, io.BytesIO(b"evil"))
    empty_installation()
    with pytest.raises(CommandError, match="holds an unexpected entry"):
        call_command("restore", str(crafted))
    assert not Organisation.objects.exists()
    assert not (tmp_path / "escape.txt").exists()


def test_restore_refuses_a_database_with_other_content_unless_forced(archive):
    Organisation.objects.create(name="Newcomer", slug="newcomer", kind="media")
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(archive))
    assert "already holds content that is not in the archive (1 organisation)" in str(refused.value)
    assert "--force" in str(refused.value)
    assert Organisation.objects.filter(slug="newcomer").exists()

    call_command("restore", str(archive), "--force", verbosity=0)
    assert not Organisation.objects.filter(slug="newcomer").exists()
    assert Organisation.objects.get(slug="lprc").logo


def test_restore_into_a_freshly_migrated_installation_is_not_refused(archive):
    """`migrate` creates the 17 SDGs; the archive has them too, so they are no reason
    to refuse the restore."""
    import importlib

    from django.apps import apps

    from partners.models import SustainableDevelopmentGoal

    empty_installation()
    sdg_migration = importlib.import_module("partners.migrations.0002_sdg_goals")
    sdg_migration.create_goals(apps, None)
    assert SustainableDevelopmentGoal.objects.count() == 17

    call_command("restore", str(archive), verbosity=0)
    assert SustainableDevelopmentGoal.objects.count() == 17
    assert Organisation.objects.get(slug="lprc").logo


@pytest.mark.slow
def test_archive_made_on_sqlite_restores_on_postgresql(archive, throwaway_postgres, tmp_path):
    """The JSON is portable: what SQLite wrote, a fresh PostgreSQL installation loads."""
    before = everything()
    env = {
        **os.environ,
        "DATABASE_URL": throwaway_postgres.url,
        "SECRET_KEY": "backup-test-only-not-secret",
        "DEBUG": "0",
        "DJANGO_SETTINGS_MODULE": "tests.settings",  # no collectstatic here
        "MEDIA_ROOT": str(tmp_path / "pg-media"),
        "LOG_LEVEL": "WARNING",
    }

    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        ).stdout

    manage("migrate", "--noinput", "-v0")
    assert "Restored" in manage("restore", str(archive))
    dumped = manage("dumpdata", *dumpdata_arguments())
    assert portable(dumped) == before
    restored = tmp_path / "pg-media" / Organisation.objects.get(slug="lprc").logo.name
    assert restored.read_bytes() == png_bytes()


# --- what an archive holds, and an exact restore (issue 15, finding 10) ----------------


def archive_objects(path) -> list[dict]:
    with tarfile.open(path, "r:gz") as tar:
        return json.load(tar.extractfile("database.json"))


def archive_manifest(path) -> dict:
    with tarfile.open(path, "r:gz") as tar:
        return json.load(tar.extractfile("manifest.json"))


def test_restore_removes_media_files_the_archive_did_not_have(archive, demo):
    # The demo's pictures and their WebP renditions (core.images), and the logo above.
    archived = set(media_files())
    assert demo.logo.name in archived
    stray = Path(settings.MEDIA_ROOT) / "events" / "photos" / "ab" / "stray.png"
    stray.parent.mkdir(parents=True)
    stray.write_bytes(png_bytes())
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(archive))
    assert "(1 media files)" in str(refused.value) and "--force" in str(refused.value)
    assert stray.exists()

    out = io.StringIO()
    call_command("restore", str(archive), "--force", stdout=out)
    assert "removed 1 media files it did not have" in out.getvalue()
    assert not stray.exists()
    assert set(media_files()) == archived


def sign_in_records():
    from axes.models import AccessAttempt, AccessLog

    from core.models import AccountLock

    AccessLog.objects.create(
        username="editor", ip_address="203.0.113.7", user_agent="Firefox", http_accept="*/*"
    )
    AccessAttempt.objects.create(
        username="editor",
        ip_address="198.51.100.66",
        user_agent="curl",
        http_accept="*/*",
        failures_since_start=3,
    )
    AccountLock.objects.create(
        username="editor",
        started_at="2024-11-20T10:00:00Z",
        last_failure_at="2024-11-20T10:05:00Z",
        failures=20,
        addresses=5,
    )


def test_sign_in_records_stay_out_of_an_archive_unless_asked_for(tmp_path, demo):
    from axes.models import AccessLog

    sign_in_records()
    plain, with_logs = tmp_path / "plain.tar.gz", tmp_path / "logs.tar.gz"
    out = io.StringIO()
    call_command("backup", "--output", str(plain), stdout=out)
    assert "no sign-in records" in out.getvalue()
    kinds = {item["model"] for item in archive_objects(plain)}
    assert not {k for k in kinds if k.startswith("axes.") or k == "core.accountlock"}
    assert "203.0.113.7" not in plain.read_bytes().decode("latin-1")  # not even compressed
    manifest = archive_manifest(plain)
    assert manifest["contents"] == {
        "content": True,
        "media": True,
        "history": True,
        "access_logs": False,
    }
    assert "axes" in manifest["left_out"]

    call_command("backup", "--output", str(with_logs), "--include-access-logs", verbosity=0)
    kinds = {item["model"] for item in archive_objects(with_logs)}
    assert {"axes.accesslog", "axes.accessattempt", "core.accountlock"} <= kinds
    assert archive_manifest(with_logs)["contents"]["access_logs"] is True

    # Sign-in records are no reason to refuse a restore, and --force empties them too.
    call_command("restore", str(plain), verbosity=0)
    assert AccessLog.objects.exists()
    call_command("restore", str(plain), "--force", verbosity=0)
    empty_installation()
    call_command("restore", str(with_logs), verbosity=0)
    assert AccessLog.objects.get().ip_address == "203.0.113.7"


def test_the_history_of_deleted_people_goes_with_the_history_or_not_at_all(tmp_path, demo):
    import reversion
    from reversion.models import Version

    from partners.models import Person

    # A phone nothing else gives (the demo's texts give its contacts' phones too).
    person = Person.objects.filter(phone__gt="").first()
    # A number of the test's own: the demo's press contact shares LPRC's switchboard number,
    # which the organisation's own description (kept in any backup) also gives.
    person.phone = "+7 700 000 00 01"
    with reversion.create_revision():
        person.save()
    phone = person.phone
    person.delete()
    assert Version.objects.get_deleted(Person).filter(serialized_data__contains=phone).exists()

    with_history, without = tmp_path / "history.tar.gz", tmp_path / "without.tar.gz"
    call_command("backup", "--output", str(with_history), verbosity=0)
    assert phone in json.dumps(archive_objects(with_history))
    assert archive_manifest(with_history)["contents"]["history"] is True

    out = io.StringIO()
    call_command("backup", "--output", str(without), "--without-history", stdout=out)
    assert "no history" in out.getvalue()
    assert phone not in json.dumps(archive_objects(without))
    kinds = {item["model"] for item in archive_objects(without)}
    assert not {k for k in kinds if k.startswith("reversion.")}
    assert archive_manifest(without)["contents"]["history"] is False

    # Restored where history exists, an archive without it is exact: none is left over.
    call_command("restore", str(without), "--force", verbosity=0)
    assert not Version.objects.exists()


def test_the_readme_says_what_a_backup_holds():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text(encoding="utf-8")
    backups = readme.split("**Backups.**", 1)[1].split("\n**", 1)[0]
    for said in ("--include-access-logs", "--without-history", "--force", "sign-in records"):
        assert said in backups, said
