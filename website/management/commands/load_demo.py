"""Build the demo content from shared/seeds, the staff groups and one demo account for each
(superuser, editor, publisher). Safe to run twice."""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from core.publishing import public_change
from core.registry import demo_builders
from website.staff import staff_groups_sync

DEMO_USERNAME = "staff"
DEMO_PASSWORD = "lprc-demo-2024"
# One account per staff group (website.staff): an editor writes, a publisher also publishes.
DEMO_EDITOR = ("editor", "lprc-editor-2024")
DEMO_PUBLISHER = ("publisher", "lprc-publisher-2024")


class Command(BaseCommand):
    help = "Load the demo organisations, projects, events and press releases (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-user", action="store_true", help="Do not create the demo staff account."
        )

    @transaction.atomic
    def handle(self, *args, no_user=False, **options):
        # Each app registers its builder (core.registry) in dependency order: events name
        # organisations and projects, releases name events. Through the publishing path:
        # what it saves is one revision, and every process's pages are renewed.
        with public_change(message="Demo content loaded (load_demo)"):
            for content in demo_builders():
                counts = content.build()
                summary = ", ".join(f"{count} {name}" for name, count in counts.items())
                self.stdout.write(f"{content.label}: {summary}")

        # A first version of every object, so that history and restore start from the demo.
        call_command("createinitialrevisions", verbosity=0)
        groups = staff_groups_sync()
        if not no_user:
            accounts = [
                (DEMO_USERNAME, DEMO_PASSWORD, None, "superuser"),
                (*DEMO_EDITOR, groups["editors"], "editor: writes, cannot publish or delete"),
                (*DEMO_PUBLISHER, groups["publishers"], "publisher: also publishes and deletes"),
            ]
            self.stdout.write("Demo staff logins at http://127.0.0.1:8000/admin/")
            for username, password, group, role in accounts:
                user, created = get_user_model().objects.get_or_create(
                    username=username,
                    defaults={"is_staff": True, "is_superuser": group is None},
                )
                if created:
                    user.set_password(password)
                    user.save()
                if group is not None:
                    user.groups.add(group)
                self.stdout.write(
                    self.style.SUCCESS(f"  user {username!r}, password {password!r} ({role})")
                )
