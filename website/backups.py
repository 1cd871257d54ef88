"""Backups: the database as portable JSON plus every media file, in one tar.gz archive.

What an archive holds is a documented choice (README, "Backups"; the manifest says it
too): the content and every media file always; the content's history (with copies of
deleted items) unless left out; the sign-in records (user names, addresses, browsers)
only when asked for. A restore gives back exactly the archive.

The database goes through Django's own serialisation (`dumpdata` with natural keys), so
an archive made on SQLite restores on PostgreSQL and the other way round. Media files are
read and written through the default storage, so the same code works for a folder on
disk and for object storage.
"""

import io
import json
import posixpath
import tarfile
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import django
from django.apps import apps
from django.core import serializers
from django.core.files import File
from django.core.files.storage import Storage, default_storage
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from core.publishing import public_change

FORMAT = "lprc-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "database.json"
MEDIA_PREFIX = "media/"

# Rebuilt by `migrate` (content types), worthless elsewhere (sessions), left out on
# purpose (the admin's change log refers to objects by database id), or the running site's
# own (the content version: a restored one could bring back pages cached under it).
EXCLUDED = ["contenttypes", "sessions", "admin.logentry", "core.contentstate"]
# Sign-in records: every attempt and sign-in with its user name, address and browser
# (django-axes), and the per-account pauses (core.signin). Personal data with no use on
# another installation: left out unless asked for (`backup --include-access-logs`).
ACCESS_LOGS = ["axes", "core.accountlock"]
# The content's history (django-reversion): every saved version of every item, deleted
# ones included, so an archive with it holds what was deleted, people's names, phone
# numbers and addresses too. In by default (history and restore of deleted items work
# after a restore); `backup --without-history` leaves it out.
HISTORY = ["reversion"]
# Made by `migrate` too, but kept in the archive by natural key: a permission that a data
# migration or signal made (such as a publish permission a group holds) is restored even
# where a flush lost it. Never a reason to refuse a restore: a newer installation has more.
MADE_BY_MIGRATE = ["auth.permission"]


def left_out(*, access_logs: bool = False, history: bool = True) -> list[str]:
    """The app and model labels an archive leaves out."""
    return [*EXCLUDED, *([] if access_logs else ACCESS_LOGS), *([] if history else HISTORY)]


def dumpdata_arguments(*, access_logs: bool = False, history: bool = True) -> list[str]:
    """What `backup` passes to dumpdata (tests compare databases with the same view)."""
    excluded = left_out(access_logs=access_logs, history=history)
    excludes = [arg for label in excluded for arg in ("--exclude", label)]
    return ["--natural-foreign", "--natural-primary", *excludes]


class BackupError(Exception):
    """Something a person can fix: a wrong file, a database that is not empty or migrated."""


def _is_in(model, labels) -> bool:
    meta = model._meta
    return meta.app_label in labels or meta.label_lower in labels


def _backed_up_models():
    """Models whose rows a restore replaces: content and history, not sign-in records."""
    return [
        model
        for model in apps.get_models()
        if model._meta.managed
        and not model._meta.proxy
        and not _is_in(model, [*EXCLUDED, *ACCESS_LOGS])
    ]


def _media_names(storage, folder: str = ""):
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield posixpath.join(folder, name) if folder else name
    for name in sorted(folders):
        yield from _media_names(storage, posixpath.join(folder, name) if folder else name)


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes, mtime: float):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = mtime
    info.mode = 0o644
    archive.addfile(info, io.BytesIO(data))


def _dump_consistently(data_path: Path, arguments: list[str]):
    """dumpdata in one read-only snapshot, so a change made meanwhile cannot leave a row
    pointing at another that the dump read before (PostgreSQL's default isolation gives
    each query its own snapshot; SQLite's transaction is one already)."""
    connection = connections[DEFAULT_DB_ALIAS]
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        call_command("dumpdata", *arguments, output=str(data_path), verbosity=0)


def backup_write(
    *,
    destination: Path,
    storage: Storage = default_storage,
    access_logs: bool = False,
    history: bool = True,
) -> dict[str, Any]:
    """Write the database and media into `destination` (a .tar.gz); return the manifest.

    Content and media always; the content's history unless ``history`` is false; the
    sign-in records only if ``access_logs`` (see ACCESS_LOGS and HISTORY). The manifest
    says which.
    """
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    now = timezone.now()
    with tempfile.TemporaryDirectory() as tmp:
        data_path = Path(tmp) / DATABASE
        _dump_consistently(data_path, dumpdata_arguments(access_logs=access_logs, history=history))
        with data_path.open(encoding="utf-8") as data:
            counts = Counter(item["model"] for item in json.load(data))
        media = list(_media_names(storage))
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created": now.isoformat(),
            "django": django.get_version(),
            "database_vendor": connections[DEFAULT_DB_ALIAS].vendor,
            "objects": dict(sorted(counts.items())),
            "media_files": len(media),
            "contents": {
                "content": True,
                "media": True,
                "history": history,
                "access_logs": access_logs,
            },
            "left_out": left_out(access_logs=access_logs, history=history),
        }
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(
                archive,
                MANIFEST,
                json.dumps(manifest, indent=2).encode(),
                now.timestamp(),
            )
            archive.add(data_path, arcname=DATABASE)
            for name in media:
                with storage.open(name, "rb") as source:
                    info = tarfile.TarInfo(MEDIA_PREFIX + name)
                    info.size = storage.size(name)
                    info.mode = 0o644
                    info.mtime = now.timestamp()
                    archive.addfile(info, source)
    partial.replace(destination)
    return manifest


def default_backup_path(var_dir: Path) -> Path:
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    return Path(var_dir) / "backups" / f"lprc-backup-{stamp}.tar.gz"


def _open_archive(path: Path) -> tarfile.TarFile:
    try:
        return tarfile.open(path, "r:gz")
    except FileNotFoundError as exc:
        raise BackupError(f"{path} does not exist.") from exc
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise BackupError(
            f"{path} is not a backup archive: `manage.py backup` writes a .tar.gz file."
        ) from exc


def _read_manifest(archive: tarfile.TarFile, path: Path) -> dict:
    try:
        member = archive.getmember(MANIFEST)
        manifest = json.load(archive.extractfile(member))
    except (KeyError, ValueError, AttributeError, tarfile.TarError) as exc:
        raise BackupError(f"{path} is not an LPRC backup: it has no readable {MANIFEST}.") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not an LPRC backup: its manifest names no LPRC format.")
    if manifest.get("version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} is a backup in format version {manifest.get('version')}; this site "
            f"reads version {FORMAT_VERSION}."
        )
    return manifest


def _media_members(archive: tarfile.TarFile, path: Path) -> list[tuple[str, tarfile.TarInfo]]:
    members = []
    for member in archive.getmembers():
        if member.name in (MANIFEST, DATABASE):
            continue
        name = member.name[len(MEDIA_PREFIX) :] if member.name.startswith(MEDIA_PREFIX) else ""
        normal = posixpath.normpath(name) if name else ""
        if member.isdir():
            continue
        if not member.isreg() or not name or normal != name or normal.startswith(("/", "..")):
            raise BackupError(
                f"{path} holds an unexpected entry {member.name!r}; nothing restored."
            )
        members.append((name, member))
    return members


def _unmigrated(connection) -> bool:
    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def database_conflicts(data_path: Path) -> dict[str, int]:
    """Rows the database holds that the archive does not: {model label: count}.

    Rows that the archive has too (the goals a data migration creates, the same user name)
    are no conflict; anything else would be mixed with the restored content.
    """
    in_archive: dict[type, set] = {}
    with data_path.open(encoding="utf-8") as data:
        for item in serializers.deserialize("json", data, handle_forward_references=True):
            in_archive.setdefault(type(item.object), set()).add(item.object.pk)
    conflicts = {}
    for model in _backed_up_models():
        if model._meta.label_lower in MADE_BY_MIGRATE:
            continue
        existing = set(model._base_manager.values_list("pk", flat=True))
        extra = existing - in_archive.get(model, set())
        if extra:
            meta = model._meta
            name = meta.verbose_name if len(extra) == 1 else meta.verbose_name_plural
            conflicts[str(name)] = len(extra)
    return conflicts


def _extra_media(storage: Storage, archived: list[tuple[str, tarfile.TarInfo]]) -> list[str]:
    """Media files in storage that the archive does not have."""
    names = {name for name, _member in archived}
    return [name for name in _media_names(storage) if name not in names]


def backup_restore(
    *, archive_path: Path, force: bool = False, storage: Storage = default_storage
) -> dict[str, Any]:
    """Load an archive written by `backup_write` into this (migrated) installation.

    The result is exactly the archive: content, history and media. A database or a media
    folder holding anything the archive does not have is refused, unless ``force``, which
    empties the database first and removes the media files the archive does not have.
    Sign-in records an archive left out are not content: they never cause a refusal, and
    ``force`` empties them with the rest.
    """
    archive_path = Path(archive_path)
    connection = connections[DEFAULT_DB_ALIAS]
    if _unmigrated(connection):
        raise BackupError("The database is not fully migrated: run `manage.py migrate` first.")
    with _open_archive(archive_path) as archive, tempfile.TemporaryDirectory() as tmp:
        manifest = _read_manifest(archive, archive_path)
        media = _media_members(archive, archive_path)
        try:
            source = archive.extractfile(archive.getmember(DATABASE))
        except KeyError as exc:
            raise BackupError(f"{archive_path} has no {DATABASE}; nothing restored.") from exc
        data_path = Path(tmp) / DATABASE
        data_path.write_bytes(source.read())
        extra_media = _extra_media(storage, media)

        # Through the publishing path: one transaction, and the pages of every running
        # server renewed with its commit. No revision of its own: the archive's history
        # comes back exactly as it was.
        with public_change(message=f"Restored from {archive_path.name}", history=False):
            conflicts = database_conflicts(data_path)
            if (conflicts or extra_media) and not force:
                held = [f"{count} {name}" for name, count in sorted(conflicts.items())]
                if extra_media:
                    held.append(f"{len(extra_media)} media files")
                raise BackupError(
                    "The installation already holds content that is not in the archive "
                    f"({', '.join(held)}). Restore into an empty, migrated installation, or "
                    "pass --force to replace the database's content and the media files "
                    "with the archive's."
                )
            if conflicts:
                # PostgreSQL refuses to TRUNCATE tables with deferred foreign-key checks
                # still pending in this transaction (when a caller wrote before): run them.
                connection.check_constraints()
                call_command("flush", interactive=False, verbosity=0)
            call_command("loaddata", str(data_path), verbosity=0)

        # Exact: what the archive did not have goes (only reached with --force).
        for name in extra_media:
            storage.delete(name)
        for name, member in media:
            if storage.exists(name):
                storage.delete(name)
            saved = storage.save(name, File(archive.extractfile(member), name=name))
            if saved != name:
                raise BackupError(f"Media file {name!r} was stored as {saved!r}.")
    return {
        "objects": manifest.get("objects", {}),
        "media_files": len(media),
        "media_removed": len(extra_media),
        "contents": manifest.get("contents", {}),
    }
