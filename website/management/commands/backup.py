"""`manage.py backup`: the database (portable JSON) and all media files in one .tar.gz."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.template.defaultfilters import filesizeformat

from website.backups import backup_write, default_backup_path


class Command(BaseCommand):
    help = (
        "Write one .tar.gz archive with the database (Django JSON with natural keys, so it "
        "restores on SQLite or PostgreSQL) and every media file. Restore it with `restore`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "-o",
            "--output",
            type=Path,
            help="Archive to write (default: var/backups/lprc-backup-<date>-<time>.tar.gz).",
        )

    def handle(self, *args, output=None, **options):
        destination = output or default_backup_path(settings.VAR_DIR)
        manifest = backup_write(destination=destination)
        objects = sum(manifest["objects"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {destination} ({filesizeformat(destination.stat().st_size)}): "
                f"{objects} objects, {manifest['media_files']} media files."
            )
        )
