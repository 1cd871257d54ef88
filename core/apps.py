from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Plumbing every app uses: uploads, formatting, caching, publishing, admin mixins,
    security. It knows no app; apps register with it (core.registry, core.publishing,
    core.search)."""

    name = "core"
    # Staff meet this app in the admin only, through its proposed changes.
    verbose_name = _("Review")
