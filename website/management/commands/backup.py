"""`manage.py backup`: the database (portable JSON) and all media files in one .tar.gz."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.template.defaultfilters import filesizeformat

from website.backups import backup_write, default_backup_path


class Command(BaseCommand):
    help = (
        "Write one .tar.gz archive with the database (Django JSON with natural keys, so it "
        "restores on SQLite or PostgreSQL) and every media file. It holds the content and "
        "its history (copies of deleted items included) but not the sign-in records "
        "(user names, addresses, browsers) unless asked. Restore it with `restore`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "-o",
            "--output",
            type=Path,
            help="Archive to write (default: var/backups/lprc-backup-<date>-<time>.tar.gz).",
        )
        parser.add_argument(
            "--include-access-logs",
            action="store_true",
            help="Also the sign-in records: every attempt and sign-in with its user name, "
            "address and browser (personal data; left out by default).",
        )
        parser.add_argument(
            "--without-history",
            action="store_true",
            help="Leave out the content's history, and with it the copies of deleted items "
            "(people's names and contacts among them); history and restore of deleted "
            "items then start afresh after a restore.",
        )

    def handle(self, *args, output=None, include_access_logs=False, without_history=False, **o):
        destination = output or default_backup_path(settings.VAR_DIR)
        manifest = backup_write(
            destination=destination, access_logs=include_access_logs, history=not without_history
        )
        objects = sum(manifest["objects"].values())
        contents = manifest["contents"]
        held = ["content", f"{manifest['media_files']} media files"]
        held.append("history" if contents["history"] else "no history")
        held.append("sign-in records" if contents["access_logs"] else "no sign-in records")
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {destination} ({filesizeformat(destination.stat().st_size)}): "
                f"{objects} objects; {', '.join(held)}."
            )
        )
