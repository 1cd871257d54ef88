from django.apps import AppConfig, apps
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _

# Saving or deleting anything in these apps can change what a public page shows.
CONTENT_APPS = ("partners", "events", "pressroom")


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from .cache import content_changed

        for label in CONTENT_APPS:
            for model in apps.get_app_config(label).get_models():
                uid = f"lprc-content-{model._meta.label_lower}"
                post_save.connect(content_changed, sender=model, dispatch_uid=uid + "-save")
                post_delete.connect(content_changed, sender=model, dispatch_uid=uid + "-delete")
        m2m_changed.connect(content_changed, dispatch_uid="lprc-content-m2m")
