from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    """The site layer: what combines the apps (home, search, sitemap index, admin site,
    staff groups, backups, demo and benchmark commands). Only config/urls.py imports it."""

    default = True
    name = "website"
    verbose_name = _("Site")

    def ready(self):
        from .staff import staff_groups_after_migrate

        post_migrate.connect(staff_groups_after_migrate, dispatch_uid="lprc-staff-groups")


class LPRCAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with our AdminSite (apps ordered as staff think of them)."""

    default = False  # "website" itself is WebsiteConfig
    default_site = "website.admin.LPRCAdminSite"
