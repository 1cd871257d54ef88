from django.apps import AppConfig, apps
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _

# Saving or deleting anything in these apps can change what a public page shows.
CONTENT_APPS = ("partners", "events", "pressroom")


class CoreConfig(AppConfig):
    default = True
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from .cache import content_changed
        from .history import register_history
        from .staff import publish_permissions_ensure

        register_history()
        # No sender: Django sends post_migrate only for apps with models, which core lacks.
        post_migrate.connect(publish_permissions_ensure, dispatch_uid="lprc-publish-permissions")

        for label in CONTENT_APPS:
            for model in apps.get_app_config(label).get_models():
                uid = f"lprc-content-{model._meta.label_lower}"
                post_save.connect(content_changed, sender=model, dispatch_uid=uid + "-save")
                post_delete.connect(content_changed, sender=model, dispatch_uid=uid + "-delete")
        m2m_changed.connect(content_changed, dispatch_uid="lprc-content-m2m")


class LPRCAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with our AdminSite (apps ordered as staff think of them)."""

    default = False  # "core" itself is CoreConfig
    default_site = "core.admin.LPRCAdminSite"
