"""Build the demo content from shared/seeds and a demo staff account. Safe to run twice."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

DEMO_USERNAME = "staff"
DEMO_PASSWORD = "lprc-demo-2024"


class Command(BaseCommand):
    help = "Load the demo organisations, projects, events and press releases (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-user", action="store_true", help="Do not create the demo staff account."
        )

    @transaction.atomic
    def handle(self, *args, no_user=False, **options):
        from partners import demo as partners_demo

        builders = [("partners", partners_demo.build)]
        try:
            from events import demo as events_demo

            builders.append(("events", events_demo.build))
        except ImportError:
            pass
        try:
            from pressroom import demo as pressroom_demo

            builders.append(("pressroom", pressroom_demo.build))
        except ImportError:
            pass
        for label, build in builders:
            counts = build()
            summary = ", ".join(f"{count} {name}" for name, count in counts.items())
            self.stdout.write(f"{label}: {summary}")

        if not no_user:
            user, created = get_user_model().objects.get_or_create(
                username=DEMO_USERNAME, defaults={"is_staff": True, "is_superuser": True}
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo staff login: http://127.0.0.1:8000/admin/  "
                    f"user {DEMO_USERNAME!r}, password {DEMO_PASSWORD!r}"
                )
            )
