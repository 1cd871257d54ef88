"""Build the demo content from shared/seeds, the staff groups, and one demo account for each
kind of staff (superuser, editor, publisher). Running it again changes nothing.

The demo accounts have passwords anyone can read in this file and the README, so they are
made only for development (DEBUG on) unless ``--allow-demo-accounts`` says otherwise. An
account that exists already is left as it is: its password is never reset or printed.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.publishing import public_change
from core.registry import demo_builders
from website.staff import staff_groups_sync

# username, password, group (None: a superuser), what the account may do
DEMO_ACCOUNTS = [
    ("staff", "lprc-demo-2024", None, "superuser"),
    ("editor", "lprc-editor-2024", "editors", "editor: writes, cannot publish or delete"),
    ("publisher", "lprc-publisher-2024", "publishers", "publisher: also publishes and deletes"),
]


class Command(BaseCommand):
    help = (
        "Load the demo organisations, projects, events and press releases from shared/seeds "
        "and make the demo staff accounts (with DEBUG on). Running it again changes nothing."
    )

    def add_arguments(self, parser):
        accounts = parser.add_mutually_exclusive_group()
        accounts.add_argument("--no-user", action="store_true", help="Make no demo staff accounts.")
        accounts.add_argument(
            "--allow-demo-accounts",
            action="store_true",
            help="Make the demo staff accounts even with DEBUG off. Their passwords are "
            "public: never on a server anyone else can reach.",
        )

    def handle(self, *args, no_user=False, allow_demo_accounts=False, **options):
        if not no_user and not settings.DEBUG and not allow_demo_accounts:
            raise CommandError(
                "DEBUG is off, so this looks like a server: the demo accounts, whose passwords "
                "are public, were not made and nothing was loaded. Run with --no-user for the "
                "content alone, or with --allow-demo-accounts if you really want the accounts."
            )
        with transaction.atomic():
            self.load_content()
            if not no_user:
                self.make_accounts()

    def load_content(self):
        # One revision for whatever the builders save (none on a second run), and the page
        # cache renewed once the content commits: the one path for public changes.
        with public_change(message="Demo content loaded (manage.py load_demo)."):
            # Each app registers its builder (core.registry) in dependency order: events
            # name organisations and projects, releases name events.
            for content in demo_builders():
                counts = content.build()
                summary = ", ".join(f"{count} {name}" for name, count in counts.items())
                self.stdout.write(f"{content.label}: {summary}")
        # History starts from the demo for objects saved before there was history.
        call_command("createinitialrevisions", verbosity=0)

    def make_accounts(self):
        groups = staff_groups_sync()
        User = get_user_model()
        self.stdout.write("Demo staff accounts (sign in at /admin/):")
        for username, password, group, role in DEMO_ACCOUNTS:
            if User.objects.filter(username=username).exists():
                self.stdout.write(f"  user {username!r} exists, password unchanged")
                continue
            user = User.objects.create_user(
                username=username, password=password, is_staff=True, is_superuser=group is None
            )
            if group is not None:
                user.groups.add(groups[group])
            self.stdout.write(
                self.style.SUCCESS(f"  user {username!r}, password {password!r} ({role})")
            )
