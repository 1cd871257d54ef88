import logging

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


def _renew_after_migrate(app_config, using="default", plan=None, **kwargs):
    """A deploy's migrations may change content or what pages show: renew every page, also
    in a shared cache that outlives the old workers."""
    from django.db import DatabaseError

    from .cache import content_changed

    if plan == []:
        return  # nothing was migrated
    try:
        content_changed(using=using)
    except DatabaseError:  # a partial migrate: the tables it reads are not there yet
        logger.warning("Content version not renewed after migrate", exc_info=True)


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
        post_migrate.connect(_renew_after_migrate, sender=self, dispatch_uid="lprc-renew-migrate")
