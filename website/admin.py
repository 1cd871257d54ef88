"""The admin site as staff meet it: apps in the order they think of them."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import guard_changelist

# Events first, then the press room, then partners and projects; anything else after.
APP_ORDER = ["events", "pressroom", "partners"]
# Inside an app, what staff open most comes first; other models follow by name.
MODEL_ORDER = ["Event", "EventSeries", "PressRelease", "Coverage", "Project", "Organisation"]


class LPRCAdminSite(admin.AdminSite):
    site_header = _("LPRC site administration")
    site_title = _("LPRC admin")
    index_title = _("Content")

    def admin_view(self, view, cacheable=False):
        if getattr(view, "__name__", "") == "changelist_view":
            view = guard_changelist(view)
        return super().admin_view(view, cacheable)

    def get_app_list(self, request, app_label=None):
        app_list = super().get_app_list(request, app_label)
        app_position = {label: index for index, label in enumerate(APP_ORDER)}
        model_position = {name: index for index, name in enumerate(MODEL_ORDER)}
        for app in app_list:
            app["models"].sort(
                key=lambda model: (
                    model_position.get(model["object_name"], len(model_position)),
                    str(model["name"]),
                )
            )
        return sorted(
            app_list,
            key=lambda app: (
                app_position.get(app["app_label"], len(app_position)),
                str(app["name"]),
            ),
        )
