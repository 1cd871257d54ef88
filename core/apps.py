from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Plumbing every app uses: uploads, formatting, caching, publishing, admin mixins,
    security. It knows no app; apps register with it (core.registry, core.publishing,
    core.search)."""

    name = "core"
    # Staff meet this app in the admin only, through its proposed changes.
    verbose_name = _("Review")

    def ready(self):
        from django.urls import register_converter

        from .converters import YearConverter

        # Before any URLconf is loaded: apps write <year:year> in their paths.
        register_converter(YearConverter, "year")
