"""Make the WebP renditions (core.images) of every stored picture that has none yet."""

from django.apps import apps
from django.core.management.base import BaseCommand

from core.images import make_renditions, rendition_name, rendition_widths
from core.uploads import WebImageField


class Command(BaseCommand):
    help = "Make the WebP renditions of uploaded pictures that lack them (or all: --force)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Make them all anew.")

    def handle(self, *args, force=False, **options):
        made = 0
        for model in apps.get_models():
            for field in model._meta.get_fields():
                if not isinstance(field, WebImageField):
                    continue
                for obj in model._default_manager.exclude(**{field.name: ""}).iterator():
                    file = getattr(obj, field.name)
                    if not file or not file.storage.exists(file.name):
                        continue
                    width = getattr(obj, field.width_field, None) if field.width_field else None
                    expected = [rendition_name(file.name, w) for w in rendition_widths(width)]
                    if force or not expected or not all(map(file.storage.exists, expected)):
                        make_renditions(file.name, file.storage)
                        made += 1
        self.stdout.write(f"Renditions made for {made} pictures.")
