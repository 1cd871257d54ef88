"""`manage.py restore ARCHIVE`: load an archive written by `manage.py backup`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from website.backups import BackupError, backup_restore


class Command(BaseCommand):
    help = (
        "Restore an archive written by `backup` into an empty, migrated installation: run "
        "`migrate` first. The result is exactly the archive. Refuses a database or a media "
        "folder holding anything the archive does not have, unless --force, which empties "
        "the database first and removes the media files the archive does not have."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="A .tar.gz written by `backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Empty the database and remove media files the archive does not have.",
        )

    def handle(self, *args, archive, force=False, **options):
        try:
            result = backup_restore(archive_path=archive, force=force)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        objects = sum(result["objects"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {objects} objects and {result['media_files']} media files "
                f"from {archive}"
                + (
                    f"; removed {result['media_removed']} media files it did not have."
                    if result["media_removed"]
                    else "."
                )
            )
        )
